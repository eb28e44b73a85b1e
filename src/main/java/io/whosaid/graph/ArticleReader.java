package io.whosaid.graph;

import io.whosaid.graph.edit.IdRules;
import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import io.whosaid.ingest.resolve.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The articles connection: the most recently ingested first, or by publication date; filtered. */
@ApplicationScoped
public class ArticleReader {

    private static final Map<String, String> ANCHORS = Map.of(
            "all", CypherFile.load("read/articles/anchor-all"),
            "ingested-in-order", CypherFile.load("read/articles/anchor-ingested-in-order"),
            "published", CypherFile.load("read/articles/anchor-published"),
            "published-in-order", CypherFile.load("read/articles/anchor-published-in-order"),
            "publisher", CypherFile.load("read/articles/anchor-publisher"),
            "mention", CypherFile.load("read/articles/anchor-mention"));
    private static final String FILTERS = CypherFile.load("read/articles/filters");
    private static final String PAGE_TAIL = CypherFile.load("read/articles/page-tail");
    private static final String COUNT_TAIL = CypherFile.load("read/articles/count-tail");
    /** Without a filter the count comes from Neo4j's count store, without touching the articles. */
    private static final String COUNT_ALL = CypherFile.load("read/articles/count-all");
    /** With publishers only, from their degrees. */
    private static final String COUNT_PUBLISHER = CypherFile.load("read/articles/count-publisher");
    /** The articles that hold a url, as an ingest of that url finds them (and as setArticle checks a new url). */
    private static final String ARTICLES_WITH_URL = CypherFile.load("edit/articles-with-url");

    /** Newest first; ties (one transaction's articles) by id. */
    public static final Ordering NEWEST_FIRST = Ordering.parse("articles:ingested-desc", "a.ingestedAt DESC, a.id");

    public static final Ordering OLDEST_FIRST = Ordering.parse("articles:ingested-asc", "a.ingestedAt, a.id");
    /** By publication date; an undated article sorts as the oldest. */
    public static final Ordering NEWEST_PUBLISHED =
            Ordering.parse("articles:published-desc", "coalesce(a.publishedAt, datetime({epochMillis: 0})) DESC, a.id");

    public static final Ordering OLDEST_PUBLISHED =
            Ordering.parse("articles:published-asc", "coalesce(a.publishedAt, datetime({epochMillis: 0})), a.id");

    /**
     * The same orders (and cursors) within a date range, where every article is dated: an order by the date itself
     * can follow the index of publication dates.
     */
    private static final Ordering NEWEST_IN_RANGE = Ordering.parse(NEWEST_PUBLISHED.name(), "a.publishedAt DESC, a.id");

    private static final Ordering OLDEST_IN_RANGE = Ordering.parse(OLDEST_PUBLISHED.name(), "a.publishedAt, a.id");

    private final GraphReader reader;

    public ArticleReader(GraphReader reader) {
        this.reader = reader;
    }

    /** A page of articles; with {@code withTotal} the count of the filtered articles comes in the same query. */
    public NodeRows articles(
            ArticleFilter filter, Ordering ordering, PageRequest page, NodeSelection selection, boolean withTotal) {
        String anchor = anchorName(filter);
        boolean byIngestTime = ordering.equals(NEWEST_FIRST) || ordering.equals(OLDEST_FIRST);
        String pageAnchor = anchor;
        Ordering pageOrdering = ordering;
        if (anchor.equals("published") && ordering.equals(NEWEST_PUBLISHED)) {
            pageAnchor = "published-in-order";
            pageOrdering = NEWEST_IN_RANGE;
        } else if (anchor.equals("published") && ordering.equals(OLDEST_PUBLISHED)) {
            pageAnchor = "published-in-order";
            pageOrdering = OLDEST_IN_RANGE;
        } else if ((anchor.equals("published") || anchor.equals("all")) && byIngestTime) {
            // Read in ingest order, a range checked per article.
            pageAnchor = "ingested-in-order";
        } else if (anchor.equals("published")) {
            pageAnchor = "all";
        }
        return RootPages.page(
                reader,
                ANCHORS.get(pageAnchor) + FILTERS + PAGE_TAIL,
                withTotal ? count(filter, anchor) : null,
                pageOrdering,
                NodeType.ARTICLE,
                "a",
                parameters(filter, anchor),
                page,
                selection);
    }

    /**
     * The id of the article that holds {@code url} (a checked url): the one an ingest of it wrote or would update,
     * found by the id the url gives, the url an editor set, or an id rule left by a url correction.
     */
    public Optional<String> idOfUrl(String url) {
        String id = Ids.article(url, null);
        return reader.read(ARTICLES_WITH_URL, Map.of("id", id, "url", url, "ruleId", IdRules.ruleId(id))).stream()
                .map(record -> record.get("id").asString())
                .findFirst();
    }

    public int countArticles(ArticleFilter filter) {
        String anchor = anchorName(filter);
        return RootPages.count(reader, count(filter, anchor), parameters(filter, anchor));
    }

    private static String count(ArticleFilter filter, String anchor) {
        if (anchor.equals("all")) {
            return COUNT_ALL;
        }
        if (anchor.equals("publisher")
                && filter.mentionIds() == null
                && filter.publishedFrom() == null
                && filter.publishedTo() == null) {
            return COUNT_PUBLISHER;
        }
        return ANCHORS.get(anchor) + FILTERS + COUNT_TAIL;
    }

    /**
     * The anchor (a key of ANCHORS) of the articles matched: the narrowest filter given, walked from its node or read
     * from its index, so no page or count reads every article when a publisher, an entity or a range narrows them.
     */
    private static String anchorName(ArticleFilter filter) {
        if (filter.publisherIds() != null) {
            return "publisher";
        }
        if (filter.mentionIds() != null) {
            return "mention";
        }
        if (filter.publishedFrom() != null || filter.publishedTo() != null) {
            return "published";
        }
        return "all";
    }

    /** The parameters of the queries from {@code anchor}: an anchor's own ids are not checked again. */
    private static Map<String, Object> parameters(ArticleFilter filter, String anchor) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("publisherIds", filter.publisherIds());
        parameters.put("publisherFilterIds", anchor.equals("publisher") ? null : filter.publisherIds());
        parameters.put("publishedFrom", filter.publishedFrom());
        parameters.put("publishedTo", filter.publishedTo());
        parameters.put("mentionIds", filter.mentionIds());
        parameters.put("mentionFilterIds", anchor.equals("mention") ? null : filter.mentionIds());
        return parameters;
    }
}
