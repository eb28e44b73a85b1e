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

    private static final String ARTICLES_PAGE = CypherFile.load("read/articles-page");
    /** Without a filter the count comes from Neo4j's count store, without touching the articles. */
    private static final String ARTICLES_COUNT = CypherFile.load("read/articles-count");

    private static final String ARTICLES_COUNT_FILTERED = CypherFile.load("read/articles-count-filtered");
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

    private final GraphReader reader;

    public ArticleReader(GraphReader reader) {
        this.reader = reader;
    }

    /** A page of articles; with {@code withTotal} the count of the filtered articles comes in the same query. */
    public NodeRows articles(
            ArticleFilter filter, Ordering ordering, PageRequest page, NodeSelection selection, boolean withTotal) {
        return RootPages.page(
                reader,
                ARTICLES_PAGE,
                withTotal ? count(filter) : null,
                ordering,
                NodeType.ARTICLE,
                "a",
                parameters(filter),
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
        return RootPages.count(reader, count(filter), parameters(filter));
    }

    private static String count(ArticleFilter filter) {
        return filter.equals(ArticleFilter.NONE) ? ARTICLES_COUNT : ARTICLES_COUNT_FILTERED;
    }

    private static Map<String, Object> parameters(ArticleFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("publisherIds", filter.publisherIds());
        parameters.put("publishedFrom", filter.publishedFrom());
        parameters.put("publishedTo", filter.publishedTo());
        parameters.put("mentionIds", filter.mentionIds());
        return parameters;
    }
}
