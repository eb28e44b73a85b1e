package io.whosaid.resilience;

import static io.whosaid.support.GraphChecks.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.GraphChecks;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.SyntheticArticles;
import io.whosaid.support.SyntheticArticles.Article;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * 32 clients ingest overlapping articles over HTTP at the same moment. The articles share publishers, people
 * and organizations named in their bodies, and commenters (the same handles on the same site); several clients
 * send the very same article, and several send different versions of the same url. Afterwards the graph must
 * hold exactly one node per id, every article whole (the comment thread that was sent, no more, no less), and
 * each article must have been reported {@code created: true} exactly once.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ConcurrentIngestTest {

    static final int CLIENTS = 32;
    static final String INGEST = "mutation($text: String!, $url: String) {"
            + " ingestArticle(input: {text: $text, url: $url}) { created article { id url comments { totalCount } } } }";

    /** The generator writes "version N." into each body; N tells the versions of one url apart. */
    static final Pattern VERSION = Pattern.compile("version \\d+\\.");

    @Inject
    Driver driver;

    @Test
    void overlappingArticlesFromManyClientsLeaveOneNodePerId() {
        String site = "concurrent-overlap.example";
        List<String> publishers =
                List.of("Cove Concurrency Courier", "Harbourside Overlap Herald", "Tidal Parallel Post");
        List<String> handles = List.of(
                "gull_watcher",
                "Ferry Fan",
                "old_salt",
                "Harbour Mum",
                "tram_skeptic",
                "Rowan",
                "pier9",
                "Lighthouse Lou",
                "cove_resident",
                "Net Mender");
        Random random = new Random(20_240_501L);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            articles.add(SyntheticArticles.article(random, site, "o" + i, publishers, handles, 2 + random.nextInt(14)));
        }
        // Each client sends 6 of the 24 articles in its own order, so every article goes out 8 times at once.
        List<List<Article>> work = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            List<Article> mine = new ArrayList<>();
            for (int j = 0; j < 6; j++) {
                mine.add(articles.get((client * 3 + j * 4) % articles.size()));
            }
            Collections.shuffle(mine, new Random(client));
            work.add(mine);
        }

        Map<String, AtomicInteger> createdByUrl = runClients(work);

        assertEquals(Map.of(), nonZero(GraphChecks.duplicateIds(driver)), "labels with duplicate ids");
        for (Article article : articles) {
            assertEquals(1, createdByUrl.get(article.url()).get(), "created: true exactly once for " + article.url());
        }
        Map<String, Long> comments = GraphChecks.commentCountsByUrl(driver, "https://" + site + "/");
        assertEquals(articles.size(), comments.size(), "one article per url");
        for (Article article : articles) {
            assertEquals(article.commentCount(), comments.get(article.url()), "comments of " + article.url());
            assertEquals(
                    article.replyCount(),
                    single(
                            driver,
                            "MATCH (:Article {url: $url})<-[:ON]-(:Comment)-[r:REPLY_TO]->() RETURN count(r)",
                            Map.of("url", article.url())),
                    "replies of " + article.url());
            assertEquals(
                    1,
                    single(
                            driver,
                            "MATCH (:Article {url: $url})-[r:PUBLISHED_BY]->() RETURN count(r)",
                            Map.of("url", article.url())),
                    "one publisher edge for " + article.url());
        }
        Set<String> usedPublishers = new HashSet<>();
        Set<String> usedHandles = new HashSet<>();
        articles.forEach(a -> {
            usedPublishers.add(a.publisher());
            usedHandles.addAll(a.handles());
        });
        assertEquals(
                usedPublishers.size(),
                single(
                        driver,
                        "MATCH (o:Organization) WHERE o.name IN $names RETURN count(o)",
                        Map.of("names", publishers)));
        assertEquals(
                usedHandles.size(),
                single(driver, "MATCH (w:Commenter {site: $site}) RETURN count(w)", Map.of("site", site)));
        assertEquals(
                0,
                single(driver, """
                MATCH (c:Comment)-[:ON]->(a:Article) WHERE a.url STARTS WITH $prefix
                  AND COUNT { (c)<-[:WROTE]-(:Commenter) } <> 1 RETURN count(c)""", Map.of("prefix", "https://" + site + "/")),
                "every comment has exactly one author");
    }

    @Test
    void competingVersionsOfOneUrlLeaveOneWholeVersion() {
        String site = "concurrent-versions.example";
        Random random = new Random(77L);
        // 16 urls; each client sends its own version of 2 of them, so 4 different texts of each url race
        // (enough to mix threads without the article lock). Each url has its own publisher and commenters, so
        // its writers queue only on each other, not on nodes that every article shares (the test above).
        Map<String, Map<String, Article>> versionsByUrl = new HashMap<>();
        List<List<Article>> work = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            List<Article> mine = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                int url = (client + k * 8) % 16;
                Article version = SyntheticArticles.article(
                        random,
                        site,
                        "v" + url,
                        List.of("Versioned Gazette " + url),
                        List.of("draft_reader_" + url, "Second Look " + url, "edit_war_" + url),
                        1 + random.nextInt(12));
                versionsByUrl
                        .computeIfAbsent(version.url(), u -> new HashMap<>())
                        .put(version.text(), version);
                mine.add(version);
            }
            work.add(mine);
        }

        Map<String, AtomicInteger> createdByUrl = runClients(work);

        assertEquals(Map.of(), nonZero(GraphChecks.duplicateIds(driver)), "labels with duplicate ids");
        for (var entry : versionsByUrl.entrySet()) {
            String url = entry.getKey();
            assertEquals(1, createdByUrl.get(url).get(), "created: true exactly once for " + url);
            assertEquals(1, single(driver, "MATCH (a:Article {url: $url}) RETURN count(a)", Map.of("url", url)));
            var record = driver.executableQuery("""
                            MATCH (a:Article {url: $url})
                            RETURN a.text AS text, [(a)<-[:ON]-(c:Comment) | c.number] AS numbers,
                                   [(a)<-[:ON]-(c:Comment) | c.text] AS comments""")
                    .withParameters(Map.of("url", url))
                    .execute()
                    .records()
                    .get(0);
            Matcher version = VERSION.matcher(record.get("text").asString());
            assertTrue(version.find(), "the stored text carries its version mark");
            Article winner = entry.getValue().values().stream()
                    .filter(v -> v.text().contains(version.group()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the stored text is none of the versions sent"));
            List<String> numbers = new ArrayList<>(record.get("numbers").asList(v -> v.asString()));
            Collections.sort(numbers);
            List<String> expected = new ArrayList<>(winner.commentNumbers());
            Collections.sort(expected);
            assertEquals(expected, numbers, "the thread of the stored version, no more, no less: " + url);
            for (Object comment : record.get("comments").asList()) {
                assertTrue(winner.text().contains(comment.toString()), "a comment from another version: " + comment);
            }
        }
    }

    /** Runs every client's list at once (they start together) and counts created: true per url. */
    private Map<String, AtomicInteger> runClients(List<List<Article>> work) {
        Map<String, AtomicInteger> createdByUrl = new ConcurrentHashMap<>();
        work.forEach(list -> list.forEach(a -> createdByUrl.putIfAbsent(a.url(), new AtomicInteger())));
        // One ingest first, so the burst measures concurrency rather than a cold service (first query plans).
        Article first = work.get(0).get(0);
        if (GraphQL.data(INGEST, GraphQL.vars("text", first.text(), "url", first.url()))
                .getBoolean("data.ingestArticle.created")) {
            createdByUrl.get(first.url()).incrementAndGet();
        }
        List<String> failures = new CopyOnWriteArrayList<>();
        List<Long> latencies = new CopyOnWriteArrayList<>();
        CyclicBarrier start = new CyclicBarrier(work.size());
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
                List<Future<Object>> futures = IntStream.range(0, work.size())
                        .mapToObj(client -> pool.<Object>submit(() -> {
                            start.await();
                            for (Article article : work.get(client)) {
                                long began = System.nanoTime();
                                JsonPath json;
                                try {
                                    json = GraphQL.post(
                                            INGEST, GraphQL.vars("text", article.text(), "url", article.url()));
                                } catch (RuntimeException e) {
                                    failures.add(article.url() + ": " + e + " after "
                                            + (System.nanoTime() - began) / 1_000_000 + " ms");
                                    continue;
                                }
                                latencies.add((System.nanoTime() - began) / 1_000_000);
                                List<Object> errors = json.getList("errors");
                                if (errors != null && !errors.isEmpty()) {
                                    failures.add(article.url() + ": " + errors);
                                } else if (json.getBoolean("data.ingestArticle.created")) {
                                    createdByUrl.get(article.url()).incrementAndGet();
                                }
                            }
                            return null;
                        }))
                        .toList();
                for (Future<Object> future : futures) {
                    future.get();
                }
            });
        } finally {
            pool.shutdownNow();
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            System.out.printf(
                    "%d ingests by %d clients: p50 %d ms, p99 %d ms, max %d ms%n",
                    sorted.size(),
                    work.size(),
                    sorted.get(sorted.size() / 2),
                    sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100)),
                    sorted.get(sorted.size() - 1));
        }
        assertEquals(List.of(), failures, "every ingest succeeds");
        return createdByUrl;
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> nonZero = new HashMap<>(counts);
        nonZero.values().removeIf(v -> v == 0);
        return nonZero;
    }
}
