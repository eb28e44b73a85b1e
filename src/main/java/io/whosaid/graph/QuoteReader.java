package io.whosaid.graph;

import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import io.whosaid.model.QuoteStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** The quotes connection, by speakers, subjects, articles, publishers, kind, status, source, date and words. */
@ApplicationScoped
public class QuoteReader {

    private static final String QUOTES_FILTERS = CypherFile.load("read/quotes/filters");
    private static final String QUOTES_PAGE_TAIL = CypherFile.load("read/quotes/page-tail");
    private static final String QUOTES_COUNT_TAIL = CypherFile.load("read/quotes/count-tail");
    private static final String QUOTES_PAGE_TOTAL_TAIL = CypherFile.load("read/quotes/page-total-tail");
    private static final Map<String, String> QUOTE_ANCHORS = Map.of(
            "text", CypherFile.load("read/quotes/anchor-text"),
            "speaker", CypherFile.load("read/quotes/anchor-speaker"),
            "about", CypherFile.load("read/quotes/anchor-about"),
            "article", CypherFile.load("read/quotes/anchor-article"),
            "publisher", CypherFile.load("read/quotes/anchor-publisher"),
            "published", CypherFile.load("read/quotes/anchor-published"),
            "unnamed", CypherFile.load("read/quotes/anchor-unnamed"),
            "kind", CypherFile.load("read/quotes/anchor-kind"),
            "all", CypherFile.load("read/quotes/anchor-all"));

    /** The publication date of a quote's article; an undated article sorts as the oldest. */
    private static final String PUBLISHED =
            "[(q)-[:QUOTED_IN]->(qa:Article) | coalesce(qa.publishedAt, datetime({epochMillis: 0}))][0]";

    /** Without words to match and no order asked: by id, a fixed order that needs no sort of the matches' properties. */
    public static final Ordering BY_ID = Ordering.parse("quotes:id", "q.id");
    /**
     * With words: the most relevant first. A cursor keeps the score, so paging stays free of duplicates as long as
     * the scores do; an ingest between two pages can change Lucene's scores and so the order.
     */
    public static final Ordering BY_RELEVANCE = Ordering.parse("quotes:relevance", "score DESC, q.id");

    public static final Ordering NEWEST_PUBLISHED = Ordering.parse("quotes:published-desc", PUBLISHED + " DESC, q.id");
    public static final Ordering OLDEST_PUBLISHED = Ordering.parse("quotes:published-asc", PUBLISHED + ", q.id");

    private final GraphReader reader;

    public QuoteReader(GraphReader reader) {
        this.reader = reader;
    }

    public NodeRows quotes(
            QuoteFilter filter, Ordering ordering, PageRequest page, NodeSelection selection, boolean withTotal) {
        String matched = quoteAnchor(filter) + QUOTES_FILTERS;
        boolean onePass = withTotal && onePass(filter);
        return RootPages.page(
                reader,
                matched + (onePass ? QUOTES_PAGE_TOTAL_TAIL : QUOTES_PAGE_TAIL),
                withTotal && !onePass ? matched + QUOTES_COUNT_TAIL : null,
                ordering,
                NodeType.QUOTE,
                "q",
                quoteParameters(filter),
                page,
                selection);
    }

    /**
     * Whether the page and the total come from one pass over the matches, which holds them all in the transaction:
     * only when the anchor is a node's own quotes (a speaker's, a subject's, an article's), so their number is a
     * node's degree. Otherwise (every quote, a date range, a kind, a publisher, words) the page is a top-k sort and
     * the total a streamed count, each in bounded memory, at the cost of filtering twice.
     */
    private static boolean onePass(QuoteFilter filter) {
        return filter.lucene() == null
                && (filter.speakerIds() != null || filter.aboutIds() != null || filter.articleIds() != null);
    }

    /** The order of a page of quotes when none is asked for: the most relevant first with words, else by id. */
    public static Ordering ordering(QuoteFilter filter) {
        return filter.lucene() != null ? BY_RELEVANCE : BY_ID;
    }

    public int countQuotes(QuoteFilter filter) {
        return RootPages.count(
                reader, quoteAnchor(filter) + QUOTES_FILTERS + QUOTES_COUNT_TAIL, quoteParameters(filter));
    }

    /**
     * Starts from the most selective filter given, each through an index, so no query scans every quote when one is
     * set (StandardQueryPlansTest); only the unfiltered list (and a status or {@code unnamedSource: false} alone) reads them all.
     */
    private static String quoteAnchor(QuoteFilter filter) {
        if (filter.lucene() != null) {
            return QUOTE_ANCHORS.get("text");
        }
        if (filter.speakerIds() != null) {
            return QUOTE_ANCHORS.get("speaker");
        }
        if (filter.aboutIds() != null) {
            return QUOTE_ANCHORS.get("about");
        }
        if (filter.articleIds() != null) {
            return QUOTE_ANCHORS.get("article");
        }
        if (filter.publisherIds() != null) {
            return QUOTE_ANCHORS.get("publisher");
        }
        if (filter.publishedFrom() != null || filter.publishedTo() != null) {
            return QUOTE_ANCHORS.get("published");
        }
        if (Boolean.TRUE.equals(filter.unnamedSource())) {
            return QUOTE_ANCHORS.get("unnamed");
        }
        if (filter.kinds() != null) {
            return QUOTE_ANCHORS.get("kind");
        }
        return QUOTE_ANCHORS.get("all");
    }

    private static Map<String, Object> quoteParameters(QuoteFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("speakerIds", filter.speakerIds());
        parameters.put("aboutIds", filter.aboutIds());
        parameters.put("articleIds", filter.articleIds());
        parameters.put("publisherIds", filter.publisherIds());
        parameters.put("kinds", filter.kinds());
        parameters.put("statuses", filter.statuses());
        parameters.put("defaultStatus", QuoteStatus.EXTRACTED.name());
        parameters.put("unnamedSource", filter.unnamedSource());
        parameters.put("publishedFrom", filter.publishedFrom());
        parameters.put("publishedTo", filter.publishedTo());
        parameters.put("lucene", filter.lucene());
        return parameters;
    }
}
