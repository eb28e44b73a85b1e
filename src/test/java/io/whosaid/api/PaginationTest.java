package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.Neo4jTestResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walking a connection page by page visits every item once, in a stable order. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class PaginationTest {

    @Test
    void articlesPageByPageVisitEachArticleOnce() {
        for (int i = 0; i < 23; i++) {
            data("mutation($t: String!) { ingestArticle(input: {text: $t}) { created } }",
                    vars("t", "Paging Article Number " + i + "\n\nA short body for the pagination test, number " + i + "."));
        }
        int total = data("{ articles(first: 0) { totalCount edges { cursor } } }").getInt("data.articles.totalCount");
        assertTrue(total >= 23);
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            JsonPath page = data("query($after: String) { articles(first: 7, after: $after) {"
                    + " edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }", vars("after", after));
            List<String> ids = page.getList("data.articles.edges.node.id");
            assertTrue(ids.size() <= 7);
            seen.addAll(ids);
            pages++;
            if (!page.getBoolean("data.articles.pageInfo.hasNextPage")) {
                break;
            }
            assertEquals(7, ids.size(), "only the last page is short");
            after = page.getString("data.articles.pageInfo.endCursor");
        }
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size(), "no article is seen twice");
        assertEquals((total + 6) / 7, pages);
    }
}
