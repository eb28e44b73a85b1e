package io.whosaid.api;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.post;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.GraphChecks;
import io.whosaid.support.LocalPages;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** ingestUrl against a local HTTP server, with loopback allowed by this test's configuration only. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
@TestProfile(IngestUrlLoopbackTest.LoopbackAllowed.class)
class IngestUrlLoopbackTest {

    public static class LoopbackAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A fresh service's first ingest loads classes and plans the write on a cold JVM: on a busy 2-core machine
            // that passed the test client's default 60 s read timeout.
            return Map.of(
                    "whosaid.fetch.allow-private-networks",
                    "true",
                    "whosaid.fetch.max-redirects",
                    "3",
                    "whosaid.ingest.max-page-bytes",
                    "200000",
                    "quarkus.http.test-timeout",
                    "180s");
        }
    }

    static final String INGEST_URL = """
            mutation($url: String!, $publishedAt: String) { ingestUrl(url: $url, publishedAt: $publishedAt) {
              created article { id url title subtitle publishedAt publisher { name } comments { edges { node { number author { handle } } } } } } }""";
    static final String A = "data.ingestUrl.article.";

    static LocalPages pages;

    @Inject
    Driver driver;

    @BeforeAll
    static void start() {
        pages = new LocalPages();
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    @Test
    void aFetchedPageIsStoredUnderTheUrlItWasFoundAt() {
        JsonPath json = data(INGEST_URL, vars("url", pages.url("/redirect/1")));
        assertTrue(json.getBoolean("data.ingestUrl.created"));
        assertEquals(
                pages.url("/pages/wordpress-repost.html"),
                json.getString(A + "url"),
                "the address after redirects, not the canonical link the page claims");
        assertEquals("Port Commission Rejects Night Ferry Plan", json.getString(A + "title"));
        assertEquals("2026-03-04T09:12:44Z", json.getString(A + "publishedAt"));
        assertEquals("The Coastal Herald", json.getString(A + "publisher.name"));
        assertEquals(List.of("1", "1.1", "1.1.1", "1.2", "2"), json.getList(A + "comments.edges.node.number"));

        JsonPath again =
                data(INGEST_URL, vars("url", pages.url("/pages/wordpress-repost.html"), "publishedAt", "2026-03-05"));
        assertFalse(again.getBoolean("data.ingestUrl.created"));
        assertEquals(json.getString(A + "id"), again.getString(A + "id"));

        JsonPath gzipped = data(INGEST_URL, vars("url", pages.url("/gzip")));
        assertEquals("Battery plant wins its site, loses its river permit", gzipped.getString(A + "title"));
    }

    @Test
    void eachRefusalHasItsCodeAndWritesNothing() {
        long before = GraphChecks.single(driver, "MATCH (n) RETURN count(n)", Map.of());
        Map<String, String> cases = new java.util.LinkedHashMap<>(Map.of(
                pages.url("/loop"),
                "TOO_MANY_REDIRECTS",
                pages.url("/redirect/3"),
                "TOO_MANY_REDIRECTS",
                pages.url("/to-unspecified"),
                "URL_ADDRESS_NOT_ALLOWED",
                pages.url("/to-file"),
                "URL_SCHEME_NOT_ALLOWED",
                pages.url("/endless"),
                "TOO_LARGE",
                pages.url("/missing"),
                "FETCH_FAILED",
                pages.url("/image"),
                "FETCH_FAILED",
                pages.url("/pages/no-article.html"),
                "NO_ARTICLE",
                "http://no-such-host.invalid/",
                "FETCH_FAILED"));
        cases.put(pages.url("/declared-huge"), "TOO_LARGE"); // says 1 GB is coming: refused on the header
        cases.put(pages.url("/unknown-charset"), "BAD_INPUT");
        cases.forEach((url, code) -> {
            JsonPath json = post(INGEST_URL, vars("url", url));
            assertEquals(
                    code,
                    json.getString("errors[0].extensions.code"),
                    url + ": " + json.getString("errors[0].message"));
        });
        assertEquals(before, GraphChecks.single(driver, "MATCH (n) RETURN count(n)", Map.of()));
    }
}
