package io.whosaid.graph;

import io.whosaid.ingest.resolve.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The provenance a derived relationship (mentions, affiliations, a publisher, a quote's speaker and subjects) keeps
 * as its properties, named here once: who made it ({@code madeBy}: the extractor, or an editor whose {@code :Edit}
 * {@code edit} names), and where the text supports it, as parallel lists of offsets ({@code starts}, {@code ends},
 * {@code sentenceStarts}, {@code sentenceEnds}; see {@link Span}). An affiliation, read from many articles, also
 * lists the article of each span ({@code articles}); a support with no span found in its article has offsets -1.
 */
public final class EdgeProvenance {

    public static final String MADE_BY = "madeBy";
    public static final String EDIT = "edit";
    public static final String EXTRACTOR = "EXTRACTOR";
    public static final String EDITOR = "EDITOR";
    public static final String ARTICLES = "articles";
    public static final String STARTS = "starts";
    public static final String ENDS = "ends";
    public static final String SENTENCE_STARTS = "sentenceStarts";
    public static final String SENTENCE_ENDS = "sentenceEnds";
    /** The evidence lists of an edge, in the order their entries correspond. */
    public static final List<String> EVIDENCE = List.of(ARTICLES, STARTS, ENDS, SENTENCE_STARTS, SENTENCE_ENDS);
    /** The most articles an affiliation keeps as its supports (the most recent ones). */
    public static final int MAX_SUPPORTS = 50;
    /** The offset of a support that names an article but no span of its text. */
    public static final int NO_SPAN = -1;

    private EdgeProvenance() {}

    /** The properties of an edge the extractor made, with the spans that support it. */
    public static Map<String, Object> extracted(List<Span> spans) {
        Map<String, Object> edge = new HashMap<>();
        edge.put(MADE_BY, EXTRACTOR);
        if (!spans.isEmpty()) {
            edge.put(STARTS, spans.stream().map(Span::start).toList());
            edge.put(ENDS, spans.stream().map(Span::end).toList());
            edge.put(SENTENCE_STARTS, spans.stream().map(Span::sentenceStart).toList());
            edge.put(SENTENCE_ENDS, spans.stream().map(Span::sentenceEnd).toList());
        }
        return edge;
    }

    /**
     * The properties an affiliation gets from one article: that article once per span (once with no span when none
     * was found), every list present even when empty of others, as write/article.cypher appends them.
     */
    public static Map<String, Object> supported(String articleId, List<Span> spans) {
        List<Span> supports = spans.isEmpty() ? List.of(new Span(NO_SPAN, NO_SPAN, NO_SPAN, NO_SPAN)) : spans;
        Map<String, Object> edge = new HashMap<>();
        edge.put(MADE_BY, EXTRACTOR);
        List<String> articles = new ArrayList<>();
        supports.forEach(span -> articles.add(articleId));
        edge.put(ARTICLES, articles);
        edge.put(STARTS, supports.stream().map(Span::start).toList());
        edge.put(ENDS, supports.stream().map(Span::end).toList());
        edge.put(SENTENCE_STARTS, supports.stream().map(Span::sentenceStart).toList());
        edge.put(SENTENCE_ENDS, supports.stream().map(Span::sentenceEnd).toList());
        return edge;
    }

    /** The properties of an edge an editor made with the edit {@code editId}, on top of those it had. */
    public static Map<String, Object> byEditor(Map<String, Object> properties, String editId) {
        Map<String, Object> edge = new HashMap<>(properties);
        edge.put(MADE_BY, EDITOR);
        edge.put(EDIT, editId);
        return edge;
    }
}
