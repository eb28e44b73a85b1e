package io.whosaid.graph;

import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The articles connection: the most recently ingested first. */
@ApplicationScoped
public class ArticleReader {

    private static final String ARTICLES_PAGE = CypherFile.load("read/articles-page");
    private static final String ARTICLES_COUNT = CypherFile.load("read/articles-count");

    /** Newest first; ties (one transaction's articles) by id. */
    public static final Ordering NEWEST_FIRST = Ordering.parse("articles:ingested", "a.ingestedAt DESC, a.id");

    private final GraphReader reader;

    public ArticleReader(GraphReader reader) {
        this.reader = reader;
    }

    /** A page of articles; with {@code withTotal} the count of all articles comes in the same query. */
    public NodeRows articles(PageRequest page, NodeSelection selection, boolean withTotal) {
        return RootPages.page(reader, ARTICLES_PAGE, withTotal ? ARTICLES_COUNT : null, NEWEST_FIRST, NodeType.ARTICLE, "a", Map.of(),
                page, selection);
    }

    public int countArticles() {
        return RootPages.count(reader, ARTICLES_COUNT, Map.of());
    }
}
