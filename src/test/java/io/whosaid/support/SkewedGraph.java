package io.whosaid.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A graph with the skew that breaks naive cost estimates: one commenter who wrote thousands of comments (on
 * {@link #ARTICLES} articles of one site) and, on demand, a few articles of about a megabyte. Ingested over
 * GraphQL like any client's; idempotent (the same seeds give the same texts, so a second call adds nothing).
 */
public final class SkewedGraph {

    public static final String SITE = "skewed.example";
    public static final String PROLIFIC = "prolific_pat";
    public static final int ARTICLES = 20;
    public static final int COMMENTS_PER_ARTICLE = 100;
    static final String INGEST = "mutation($text: String!, $url: String) {"
            + " ingestArticle(input: {text: $text, url: $url}) { created article { id } } }";

    private SkewedGraph() {}

    /** Ingests the skewed articles (2 clients at once); their ids, in order. */
    public static synchronized List<String> ensureProlificCommenter() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int n = 0; n < ARTICLES; n++) {
                int key = n;
                ids.add(pool.submit(() -> {
                    SyntheticArticles.Article article = SyntheticArticles.article(
                            new Random(key),
                            SITE,
                            "skew-" + key,
                            List.of("Skewed Courier"),
                            List.of(PROLIFIC),
                            COMMENTS_PER_ARTICLE);
                    return GraphQL.data(INGEST, GraphQL.vars("text", article.text(), "url", article.url()))
                            .getString("data.ingestArticle.article.id");
                }));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> id : ids) {
                result.add(id.get());
            }
            return result;
        } finally {
            pool.shutdown();
        }
    }

    /** Ingests {@code count} articles of about {@code bytes} bytes each (a long body, no comments); their ids. */
    public static synchronized List<String> ensureBigArticles(int count, int bytes) {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder("A Very Long Report, Part " + n + "\n\nEverything, at length\n\n");
            Random random = new Random(1000 + n);
            while (text.length() < bytes - 200) {
                text.append("The harbour committee met again on day ")
                        .append(random.nextInt(10_000))
                        .append(" and discussed the sea wall at great length without a decision.");
                text.append(random.nextInt(8) == 0 ? "\n\n" : " ");
            }
            text.append("\n\nSource: Skewed Courier\n");
            JsonPath json =
                    GraphQL.data(INGEST, GraphQL.vars("text", text.toString(), "url", "https://" + SITE + "/big/" + n));
            ids.add(json.getString("data.ingestArticle.article.id"));
        }
        assertEquals(count, ids.size());
        return ids;
    }
}
