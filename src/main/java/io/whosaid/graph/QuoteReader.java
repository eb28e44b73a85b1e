package io.whosaid.graph;

import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** The quotes connection, by speaker, subject, article and words of the text. */
@ApplicationScoped
public class QuoteReader {

    private static final String QUOTES_PAGE_TAIL = CypherFile.load("read/quotes/page-tail");
    private static final String QUOTES_COUNT_TAIL = CypherFile.load("read/quotes/count-tail");
    private static final Map<String, String> QUOTE_ANCHORS = Map.of(
            "text", CypherFile.load("read/quotes/anchor-text"),
            "speaker", CypherFile.load("read/quotes/anchor-speaker"),
            "about", CypherFile.load("read/quotes/anchor-about"),
            "article", CypherFile.load("read/quotes/anchor-article"),
            "all", CypherFile.load("read/quotes/anchor-all"));

    /** Without words to match: by id, a fixed order that needs no sort of the matches' properties. */
    public static final Ordering BY_ID = Ordering.parse("quotes:id", "q.id");
    /**
     * With words: the most relevant first. A cursor keeps the score, so paging stays free of duplicates as long as
     * the scores do; an ingest between two pages can change Lucene's scores and so the order.
     */
    public static final Ordering BY_RELEVANCE = Ordering.parse("quotes:relevance", "score DESC, q.id");

    private final GraphReader reader;

    public QuoteReader(GraphReader reader) {
        this.reader = reader;
    }

    public NodeRows quotes(QuoteFilter filter, PageRequest page, NodeSelection selection, boolean withTotal) {
        return RootPages.page(reader, quoteAnchor(filter) + QUOTES_PAGE_TAIL,
                withTotal ? quoteAnchor(filter) + QUOTES_COUNT_TAIL : null, ordering(filter), NodeType.QUOTE, "q", quoteParameters(filter),
                page, selection);
    }

    /** The order a page of quotes with this filter is in. */
    public static Ordering ordering(QuoteFilter filter) {
        return filter.lucene() != null ? BY_RELEVANCE : BY_ID;
    }

    public int countQuotes(QuoteFilter filter) {
        return RootPages.count(reader, quoteAnchor(filter) + QUOTES_COUNT_TAIL, quoteParameters(filter));
    }

    /** Starts from the most selective filter given, so no query scans every quote when one is set. */
    private static String quoteAnchor(QuoteFilter filter) {
        if (filter.lucene() != null) {
            return QUOTE_ANCHORS.get("text");
        }
        if (filter.speakerId() != null) {
            return QUOTE_ANCHORS.get("speaker");
        }
        if (filter.aboutId() != null) {
            return QUOTE_ANCHORS.get("about");
        }
        if (filter.articleId() != null) {
            return QUOTE_ANCHORS.get("article");
        }
        return QUOTE_ANCHORS.get("all");
    }

    private static Map<String, Object> quoteParameters(QuoteFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("speakerId", filter.speakerId());
        parameters.put("aboutId", filter.aboutId());
        parameters.put("articleId", filter.articleId());
        parameters.put("lucene", filter.lucene());
        return parameters;
    }
}
