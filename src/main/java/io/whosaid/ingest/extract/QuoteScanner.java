package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks within each paragraph. “ opens; ” or ’’ closes; a straight " opens after a space
 * and closes otherwise. An opening mark with no closing one runs to the paragraph's end, as a quotation
 * that continues into the next paragraph does.
 */
final class QuoteScanner {

    private QuoteScanner() {}

    static List<QuoteSpan> scan(String text, List<Token> tokens, List<Paragraph> paragraphs) {
        List<QuoteSpan> spans = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            int open = -1;
            for (int k = p.firstToken(); k < p.endToken(); k++) {
                Token t = tokens.get(k);
                switch (t.kind()) {
                    case OPEN_QUOTE -> {
                        if (open >= 0) {
                            spans.add(span(spans.size(), text, tokens, open, -1, k, p));
                        }
                        open = k;
                    }
                    case CLOSE_QUOTE -> {
                        if (open >= 0) {
                            spans.add(span(spans.size(), text, tokens, open, k, k, p));
                            open = -1;
                        }
                    }
                    case STRAIGHT_QUOTE -> {
                        if (open >= 0) {
                            spans.add(span(spans.size(), text, tokens, open, k, k, p));
                            open = -1;
                        } else if (opensHere(text, t.start())) {
                            open = k;
                        }
                    }
                    default -> {}
                }
            }
            if (open >= 0) {
                spans.add(span(spans.size(), text, tokens, open, -1, p.endToken(), p));
            }
        }
        spans.removeIf(QuoteSpan::isEmpty);
        List<QuoteSpan> numbered = new ArrayList<>(spans.size());
        for (QuoteSpan s : spans) {
            numbered.add(new QuoteSpan(
                    numbered.size(),
                    s.openToken(),
                    s.closeToken(),
                    s.firstToken(),
                    s.endToken(),
                    s.textStart(),
                    s.textEnd(),
                    s.paragraph()));
        }
        return numbered;
    }

    private static boolean opensHere(String text, int offset) {
        if (offset == 0) {
            return true;
        }
        char before = text.charAt(offset - 1);
        return Character.isWhitespace(before)
                || before == '('
                || before == '['
                || before == '—'
                || before == '–'
                || before == '-'
                || before == ':';
    }

    private static QuoteSpan span(
            int index, String text, List<Token> tokens, int open, int close, int end, Paragraph p) {
        int from = tokens.get(open).end();
        int to = close >= 0 ? tokens.get(close).start() : p.end();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        // The comma before a closing mark belongs to the sentence, not to the speaker's words.
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == ',')) {
            to--;
        }
        return new QuoteSpan(index, open, close, open + 1, end, from, to, p.index());
    }
}
