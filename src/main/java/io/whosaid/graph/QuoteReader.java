package io.whosaid.graph;

import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import io.whosaid.model.QuoteStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The quotes connection, by speakers, subjects, articles, publishers, kind, status, source, date and words. */
@ApplicationScoped
public class QuoteReader {

    private static final String QUOTES_FILTERS = CypherFile.load("read/quotes/filters");
    private static final String QUOTES_FILTER_PUBLISHED = CypherFile.load("read/quotes/filter-published");
    private static final String QUOTES_PAGE_TAIL = CypherFile.load("read/quotes/page-tail");
    private static final String QUOTES_COUNT_TAIL = CypherFile.load("read/quotes/count-tail");
    private static final String QUOTES_PAGE_TOTAL_TAIL = CypherFile.load("read/quotes/page-total-tail");
    private static final Map<String, String> QUOTE_ANCHORS = Map.ofEntries(
            Map.entry("text", CypherFile.load("read/quotes/anchor-text")),
            Map.entry("speaker", CypherFile.load("read/quotes/anchor-speaker")),
            Map.entry("about", CypherFile.load("read/quotes/anchor-about")),
            Map.entry("article", CypherFile.load("read/quotes/anchor-article")),
            Map.entry("publisher", CypherFile.load("read/quotes/anchor-publisher")),
            Map.entry("published", CypherFile.load("read/quotes/anchor-published")),
            Map.entry("published-in-order", CypherFile.load("read/quotes/anchor-published-in-order")),
            Map.entry("by-id", CypherFile.load("read/quotes/anchor-by-id")),
            Map.entry("unnamed", CypherFile.load("read/quotes/anchor-unnamed")),
            Map.entry("kind", CypherFile.load("read/quotes/anchor-kind")),
            Map.entry("all", CypherFile.load("read/quotes/anchor-all")));

    /**
     * The heads of the counts that read no quote but those an editor gave a status, by anchor: a publisher's or a date
     * range's articles' QUOTED_IN degrees summed, the entries of the kind or unnamed-source index. Each gives
     * {@code matched}, every quote of its anchor whatever its status; {@code count-less-excluded} takes away those the
     * status filter leaves out. A streamed count read every match (8M db hits for a range covering all 2M quotes at
     * 100k articles; cypher/queries/exploring/PLANS-100k.md).
     */
    private static final Map<String, String> COUNT_HEADS = Map.of(
            "publisher", CypherFile.load("read/quotes/count-publisher"),
            "published", CypherFile.load("read/quotes/count-published"),
            "kind", CypherFile.load("read/quotes/count-kind"),
            "unnamed", CypherFile.load("read/quotes/count-unnamed"));

    private static final String QUOTES_COUNT_LESS_EXCLUDED = CypherFile.load("read/quotes/count-less-excluded");

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

    /**
     * The same orders (and cursors) over the article a date range's page starts from: in a range every article is
     * dated, so its date is the quote's, and an order by it can follow the index of publication dates.
     */
    private static final Ordering NEWEST_IN_RANGE =
            Ordering.parse(NEWEST_PUBLISHED.name(), "anchor.publishedAt DESC, q.id");

    private static final Ordering OLDEST_IN_RANGE = Ordering.parse(OLDEST_PUBLISHED.name(), "anchor.publishedAt, q.id");

    /** Where a page is read from and in which order, when that is not its anchor in the order asked. */
    private record PageRead(String anchor, Ordering ordering) {}

    /**
     * The pages read in an index's order rather than from their anchor, by anchor and order asked. By id, broad ranges
     * (a date range, unnamed sources, a kind, or every quote) are read from the quote_id index: from the anchor the
     * planner sorts every match before the LIMIT (millions at 100k articles, more than a transaction's memory), in id
     * order a page ends after about (page size / share of matching quotes) reads. By date, a range is read along the
     * index of publication dates. A publisher's quotes stay anchored on it, kept by a top-k sort: most publishers have
     * few, where an id-order read would pass most quotes to fill a page.
     */
    private static final Map<String, PageRead> IN_INDEX_ORDER = Map.of(
            key("published", BY_ID), new PageRead("by-id", BY_ID),
            key("unnamed", BY_ID), new PageRead("by-id", BY_ID),
            key("kind", BY_ID), new PageRead("by-id", BY_ID),
            key("all", BY_ID), new PageRead("by-id", BY_ID),
            key("published", NEWEST_PUBLISHED), new PageRead("published-in-order", NEWEST_IN_RANGE),
            key("published", OLDEST_PUBLISHED), new PageRead("published-in-order", OLDEST_IN_RANGE));

    private static String key(String anchor, Ordering ordering) {
        return anchor + " " + ordering.name();
    }

    private final GraphReader reader;

    public QuoteReader(GraphReader reader) {
        this.reader = reader;
    }

    public NodeRows quotes(
            QuoteFilter filter, Ordering ordering, PageRequest page, NodeSelection selection, boolean withTotal) {
        String anchor = anchorName(filter);
        String matched = QUOTE_ANCHORS.get(anchor) + filters(anchor);
        Map<String, Object> parameters = quoteParameters(filter);
        if (withTotal && onePass(filter)) {
            return RootPages.page(
                    reader,
                    matched + QUOTES_PAGE_TOTAL_TAIL,
                    null,
                    ordering,
                    NodeType.QUOTE,
                    "q",
                    parameters,
                    page,
                    selection);
        }
        PageRead read = IN_INDEX_ORDER.getOrDefault(key(anchor, ordering), new PageRead(anchor, ordering));
        return RootPages.page(
                reader,
                QUOTE_ANCHORS.get(read.anchor()) + filters(read.anchor()) + QUOTES_PAGE_TAIL,
                withTotal ? count(filter, anchor) : null,
                read.ordering(),
                NodeType.QUOTE,
                "q",
                parameters,
                page,
                selection);
    }

    /**
     * Whether the page and the total come from one pass over the matches, which holds them all in the transaction:
     * only when the anchor is a node's own quotes (a speaker's, a subject's, an article's), so their number is a
     * node's degree. Otherwise (every quote, a date range, a kind, a publisher, words) the page is read in an index's
     * order or by a top-k sort and the total is a streamed count, each in bounded memory, at the cost of filtering
     * twice.
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
        String anchor = anchorName(filter);
        return RootPages.count(reader, count(filter, anchor), quoteParameters(filter));
    }

    /** The query that counts the quotes of {@code filter} from {@code anchor}: a count head's when one fits, else every match streamed. */
    private static String count(QuoteFilter filter, String anchor) {
        String head = countHead(filter, anchor);
        return head != null
                ? head + QUOTES_COUNT_LESS_EXCLUDED
                : QUOTE_ANCHORS.get(anchor) + filters(anchor) + QUOTES_COUNT_TAIL;
    }

    /**
     * The count head of the anchor when nothing else looks at the quotes but their status, and the statuses asked for
     * hold EXTRACTED (the status of a quote without one, so only quotes with a status can be left out); else null. A
     * publisher's count may also have a date range, which its head checks on the articles.
     */
    private static String countHead(QuoteFilter filter, String anchor) {
        boolean onlyStatus = filter.lucene() == null
                && filter.speakerIds() == null
                && filter.aboutIds() == null
                && filter.articleIds() == null
                && filter.statuses().contains(QuoteStatus.EXTRACTED.name());
        boolean noKinds = filter.kinds() == null;
        boolean noSource = filter.unnamedSource() == null;
        return switch (anchor) {
            case "publisher", "published" -> onlyStatus && noKinds && noSource ? COUNT_HEADS.get(anchor) : null;
            case "kind" -> onlyStatus && noSource ? COUNT_HEADS.get(anchor) : null;
            case "unnamed" -> onlyStatus && noKinds ? COUNT_HEADS.get(anchor) : null;
            default -> null;
        };
    }

    /** The filters after an anchor: all of them but the one the anchor's own match applies. */
    private static String filters(String anchor) {
        String filters = QUOTES_FILTERS.replace("{ANCHOR}", "'" + anchor + "'");
        return anchor.equals("published") || anchor.equals("published-in-order")
                ? filters
                : filters + QUOTES_FILTER_PUBLISHED;
    }

    /**
     * The anchor (a key of QUOTE_ANCHORS) of the quotes matched: the most selective filter given, each through an index, so no query scans every quote when one is
     * set (StandardQueryPlansTest); only the unfiltered list (and a status or {@code unnamedSource: false} alone) reads them all.
     */
    private static String anchorName(QuoteFilter filter) {
        if (filter.lucene() != null) {
            return "text";
        }
        if (filter.speakerIds() != null) {
            return "speaker";
        }
        if (filter.aboutIds() != null) {
            return "about";
        }
        if (filter.articleIds() != null) {
            return "article";
        }
        if (filter.publisherIds() != null) {
            return "publisher";
        }
        if (filter.publishedFrom() != null || filter.publishedTo() != null) {
            return "published";
        }
        if (Boolean.TRUE.equals(filter.unnamedSource())) {
            return "unnamed";
        }
        if (filter.kinds() != null) {
            return "kind";
        }
        return "all";
    }

    private static Map<String, Object> quoteParameters(QuoteFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("speakerIds", filter.speakerIds());
        parameters.put("aboutIds", filter.aboutIds());
        parameters.put("articleIds", filter.articleIds());
        parameters.put("publisherIds", filter.publisherIds());
        // Each kind once: the kind index's count would count a quote once per time its kind is listed.
        parameters.put("kinds", filter.kinds() == null ? null : List.copyOf(new LinkedHashSet<>(filter.kinds())));
        parameters.put("statuses", filter.statuses());
        parameters.put("defaultStatus", QuoteStatus.EXTRACTED.name());
        parameters.put("unnamedSource", filter.unnamedSource());
        parameters.put("publishedFrom", filter.publishedFrom());
        parameters.put("publishedTo", filter.publishedTo());
        parameters.put("lucene", filter.lucene());
        return parameters;
    }
}
