package io.whosaid.graph;

import io.whosaid.model.Highlight;
import io.whosaid.model.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The fragment of a hit's text that matched a {@link SearchQuery}: the text is cut into tokens by the index's own
 * analyzer, so a word is marked exactly where the index matched it ("Volt*" marks "Voltaire", "putin" marks "Putin's").
 */
final class SearchHighlighter {

    /** A longer text is cut to about this many characters around its first match. */
    static final int FRAGMENT = 160;

    private final Set<String> terms;
    private final List<String> prefixes;

    SearchHighlighter(SearchQuery query) {
        this.terms = new HashSet<>(query.terms());
        this.prefixes = query.prefixes();
    }

    /** The first of the texts (property name to text, in the order to try) in which a query word occurs; null if none. */
    Highlight highlight(Map<String, List<String>> texts) {
        for (Map.Entry<String, List<String>> property : texts.entrySet()) {
            for (String text : property.getValue()) {
                if (text == null || text.isEmpty()) {
                    continue;
                }
                List<TextSpan> spans = matches(text);
                if (!spans.isEmpty()) {
                    return fragment(property.getKey(), text, spans);
                }
            }
        }
        return null;
    }

    private List<TextSpan> matches(String text) {
        List<TextSpan> spans = new ArrayList<>();
        try (TokenStream stream = SearchQuery.ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                if (terms.contains(token) || prefixes.stream().anyMatch(token::startsWith)) {
                    spans.add(new TextSpan(offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    /** The text around its first match, cut at spaces, with the match offsets moved into the fragment. */
    private static Highlight fragment(String property, String text, List<TextSpan> spans) {
        if (text.length() <= FRAGMENT) {
            return new Highlight(property, text, spans);
        }
        int first = spans.get(0).start();
        int start = Math.max(0, first - FRAGMENT / 4);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }
        int end =
                Math.min(text.length(), Math.max(start + FRAGMENT, spans.get(0).end()));
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > spans.get(0).end() ? space : end;
        }
        List<TextSpan> inside = new ArrayList<>();
        for (TextSpan span : spans) {
            if (span.start() >= start && span.end() <= end) {
                inside.add(new TextSpan(span.start() - start, span.end() - start));
            }
        }
        return new Highlight(property, text.substring(start, end), inside);
    }
}
