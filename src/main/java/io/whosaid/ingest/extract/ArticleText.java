package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The article body laid out once for every later step: tokens, paragraphs, quotation spans, sentences,
 * and for each token the sentence and the quotation it belongs to. All offsets point into {@link #text}.
 */
final class ArticleText {

    final String text;
    final List<Token> tokens;
    final List<Paragraph> paragraphs;
    final List<QuoteSpan> quotes;
    final List<Sentence> sentences;
    /** For each token, the index of the quotation whose words contain it, or -1 (marks themselves are -1). */
    final int[] quoteOfToken;

    final int[] sentenceOfToken;
    /** Words the article writes in lower case somewhere: a capitalised "Moments" at a sentence start is one of them. */
    private final Set<String> lowerCaseWords = new HashSet<>();

    /** Where the body starts in {@link #text}: the title and subtitle come first, each a paragraph of its own. */
    final int bodyOffset;
    /** Index of the first body paragraph. */
    final int firstBodyParagraph;
    /** Header paragraphs written in Title Case, where a capital says nothing about a name. */
    private final boolean[] titleCase;
    /** Body paragraphs that are section headings ("Closing Loopholes"): Title Case, short, no closing punctuation. */
    private final java.util.Set<Integer> headings = new java.util.HashSet<>();

    ArticleText(String body, SentenceSplitter splitter) {
        this(null, null, body, splitter);
    }

    /**
     * The title and subtitle are read too, because an article can name someone only there ("Even the Russian
     * Foreign Ministry doesn't know …"); quotes are only taken from the body, and offsets into the body are
     * {@code offset - bodyOffset}.
     */
    ArticleText(String title, String subtitle, String body, SentenceSplitter splitter) {
        StringBuilder header = new StringBuilder();
        List<Boolean> headerTitleCase = new ArrayList<>(2);
        for (String line : new String[] {title, subtitle}) {
            if (line != null && !line.isBlank()) {
                String flat = line.replace('\n', ' ').strip();
                header.append(flat).append("\n\n");
                headerTitleCase.add(line == title || isTitleCase(flat));
            }
        }
        this.bodyOffset = header.length();
        this.firstBodyParagraph = headerTitleCase.size();
        this.titleCase = new boolean[headerTitleCase.size()];
        for (int i = 0; i < titleCase.length; i++) {
            titleCase[i] = headerTitleCase.get(i);
        }
        this.text = header + (body == null ? "" : body);
        this.tokens = new ArrayList<>(Math.max(16, this.text.length() / 5));
        this.paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= this.text.length()) {
            int end = this.text.indexOf("\n\n", start);
            if (end < 0) {
                end = this.text.length();
            }
            int firstToken = tokens.size();
            Tokenizer.tokenize(this.text, start, end, tokens);
            if (tokens.size() > firstToken) {
                if (paragraphs.size() >= firstBodyParagraph
                        && isHeading(this.text.substring(start, end).strip())) {
                    headings.add(paragraphs.size());
                }
                paragraphs.add(new Paragraph(paragraphs.size(), start, end, firstToken, tokens.size()));
            }
            start = end + 2;
        }
        this.quotes = QuoteScanner.scan(this.text, tokens, paragraphs);
        this.quoteOfToken = new int[tokens.size()];
        Arrays.fill(quoteOfToken, -1);
        for (QuoteSpan q : quotes) {
            for (int k = q.firstToken(); k < q.endToken(); k++) {
                quoteOfToken[k] = q.index();
            }
        }
        this.sentences = splitter.split(this.text, tokens, paragraphs, quoteOfToken, quotes);
        this.sentenceOfToken = new int[tokens.size()];
        for (Sentence s : sentences) {
            Arrays.fill(sentenceOfToken, s.firstToken(), s.endToken(), s.index());
        }
        for (Token t : tokens) {
            if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) {
                lowerCaseWords.add(t.text());
            }
        }
    }

    /** A section heading inside the body: at most eight words, Title Case, not ending like a sentence. */
    private static boolean isHeading(String line) {
        if (line.isEmpty()
                || line.split("\\s+").length > 8
                || ".!?\"”’':;,".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        return isTitleCase(line) && line.split("\\s+").length >= 2;
    }

    /** Most words capitalised: "Dockworkers Walk Out at Varnholm as Contract Talks Collapse". */
    private static boolean isTitleCase(String line) {
        int words = 0;
        int capitalised = 0;
        for (String w : line.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words > 0 && capitalised * 10 >= words * 6;
    }

    /** True for tokens of a Title Case header line: names there are only recognised, never discovered. */
    boolean inTitleCaseHeader(int token) {
        int p = sentenceOf(token).paragraph();
        return p < firstBodyParagraph ? titleCase[p] : headings.contains(p);
    }

    Token token(int k) {
        return tokens.get(k);
    }

    int size() {
        return tokens.size();
    }

    Sentence sentenceOf(int token) {
        return sentences.get(sentenceOfToken[token]);
    }

    boolean inQuote(int token) {
        return quoteOfToken[token] >= 0;
    }

    boolean isLowerCaseSomewhere(String lowerCaseWord) {
        return lowerCaseWords.contains(lowerCaseWord);
    }

    String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** The text of tokens {@code [from, to)} as written, spaces included. */
    String tokenText(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    String sentenceText(Sentence s) {
        return text.substring(s.start(), s.end());
    }

    /**
     * True when token k opens a sentence or a quotation, or follows a colon: the places where an ordinary
     * word is capitalised, so a capital there says nothing about a name.
     */
    boolean atSentenceStart(int k) {
        Sentence s = sentenceOf(k);
        for (int i = k - 1; i >= s.firstToken(); i--) {
            Token t = tokens.get(i);
            if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
                return false;
            }
            if (t.kind() == Token.Kind.OPEN_QUOTE
                    || t.kind() == Token.Kind.STRAIGHT_QUOTE
                    || t.is(":")
                    || t.is("—")
                    || t.is("(")) {
                return true;
            }
        }
        return true;
    }

    /** The quotations whose opening mark lies in sentence s, in order. */
    List<QuoteSpan> quotesIn(Sentence s) {
        List<QuoteSpan> list = new ArrayList<>(2);
        for (QuoteSpan q : quotes) {
            if (q.openToken() >= s.endToken()) {
                break;
            }
            if (q.openToken() >= s.firstToken()) {
                list.add(q);
            }
        }
        return list;
    }
}
