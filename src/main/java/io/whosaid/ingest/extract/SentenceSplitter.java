package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts paragraphs into sentences. A sentence never ends inside a quotation, and a quotation that ends a
 * sentence of its own (“Who knows?”) stays in one sentence with the attribution that follows it
 * (“Who knows?” Anna Berg, a chemist, said.) so the quote and its speaker are read together.
 */
final class SentenceSplitter {

    private static final Set<String> TERMINATORS = Set.of(".", "?", "!", "...", "…");
    /** Words that open a new sentence rather than an attribution after a quotation. */
    private static final Set<String> NEW_SENTENCE_OPENERS = Set.of(
            "but", "and", "yet", "so", "however", "still", "then", "now", "the", "this", "that", "it", "there", "in",
            "on", "at", "for", "as");

    private static final int MAX_ATTRIBUTION_TOKENS = 45;

    private final Lexicon lexicon;

    SentenceSplitter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Sentence> split(
            String text, List<Token> tokens, List<Paragraph> paragraphs, int[] quoteOfToken, List<QuoteSpan> quotes) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            int first = p.firstToken();
            for (int k = p.firstToken(); k < p.endToken(); k++) {
                int next = boundaryAfter(tokens, k, p, quoteOfToken, quotes, first);
                if (next > 0) {
                    sentences.add(sentence(sentences.size(), tokens, first, next, p));
                    first = next;
                    k = next - 1;
                }
            }
            if (first < p.endToken()) {
                sentences.add(sentence(sentences.size(), tokens, first, p.endToken(), p));
            }
        }
        return sentences;
    }

    private static Sentence sentence(int index, List<Token> tokens, int first, int end, Paragraph p) {
        return new Sentence(
                index, tokens.get(first).start(), tokens.get(end - 1).end(), first, end, p.index());
    }

    /** The token that starts the next sentence if one ends at token k, else -1. */
    private int boundaryAfter(
            List<Token> tokens, int k, Paragraph p, int[] quoteOfToken, List<QuoteSpan> quotes, int sentenceStart) {
        Token t = tokens.get(k);
        boolean terminator;
        QuoteSpan closedQuote = null;
        if (t.kind() == Token.Kind.PUNCT && TERMINATORS.contains(t.text())) {
            terminator = quoteOfToken[k] < 0;
        } else if (t.isWord() && t.abbreviation() && !Tokenizer.isNameAbbreviation(t)) {
            // "U.S." or "Inc." ends a sentence only when an obvious sentence start follows.
            int j = k + 1;
            return quoteOfToken[k] < 0
                            && j < p.endToken()
                            && (tokens.get(j).kind() == Token.Kind.OPEN_QUOTE
                                    || (tokens.get(j).isCapitalized()
                                            && lexicon.isCommonWord(
                                                    tokens.get(j).lower())))
                    ? j
                    : -1;
        } else if (t.kind() == Token.Kind.CLOSE_QUOTE
                || (t.kind() == Token.Kind.STRAIGHT_QUOTE && quoteOfToken[k] < 0)) {
            closedQuote = quoteClosedBy(k, quotes);
            terminator = closedQuote != null && k > 0 && isTerminatorBefore(tokens.get(k - 1));
        } else {
            terminator = false;
        }
        if (!terminator) {
            return -1;
        }
        int j = k + 1;
        while (j < p.endToken() && (tokens.get(j).is(")") || tokens.get(j).kind() == Token.Kind.CLOSE_QUOTE)) {
            j++;
        }
        if (j >= p.endToken()) {
            return -1;
        }
        Token next = tokens.get(j);
        boolean opens = next.isCapitalized()
                || next.kind() == Token.Kind.NUMBER
                || next.kind() == Token.Kind.OPEN_QUOTE
                || next.kind() == Token.Kind.STRAIGHT_QUOTE
                || next.is("(")
                || next.is("[");
        if (!opens) {
            return -1;
        }
        if (closedQuote != null
                && startsSentence(tokens, closedQuote, sentenceStart)
                && attributionFollows(tokens, j, p, quoteOfToken)) {
            return -1;
        }
        return j;
    }

    private static boolean isTerminatorBefore(Token t) {
        return t.kind() == Token.Kind.PUNCT && TERMINATORS.contains(t.text());
    }

    private static QuoteSpan quoteClosedBy(int k, List<QuoteSpan> quotes) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) { // quotations are in text order, and so are their closing marks
            int mid = (lo + hi) >>> 1;
            QuoteSpan q = quotes.get(mid);
            if (q.openToken() > k) {
                hi = mid - 1;
            } else if (q.endToken() < k) {
                lo = mid + 1;
            } else {
                return q.closeToken() == k ? q : null;
            }
        }
        return null;
    }

    private static boolean startsSentence(List<Token> tokens, QuoteSpan q, int sentenceStart) {
        for (int i = sentenceStart; i < q.openToken(); i++) {
            if (tokens.get(i).isWord() || tokens.get(i).kind() == Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** True when the words after a closing quotation, up to the next full stop, are its attribution. */
    private boolean attributionFollows(List<Token> tokens, int j, Paragraph p, int[] quoteOfToken) {
        Token first = tokens.get(j);
        if (!first.isWord() || NEW_SENTENCE_OPENERS.contains(first.lower())) {
            return false;
        }
        boolean cue = false;
        for (int i = j; i < p.endToken() && i < j + MAX_ATTRIBUTION_TOKENS; i++) {
            Token t = tokens.get(i);
            if (t.isQuoteMark()) {
                return false;
            }
            if (t.kind() == Token.Kind.PUNCT && TERMINATORS.contains(t.text())) {
                return cue;
            }
            if (t.isWord() && !t.isCapitalized() && lexicon.cue(t.text()) != null) {
                cue = true;
            }
        }
        return cue;
    }
}
