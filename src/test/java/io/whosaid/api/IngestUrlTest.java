package io.whosaid.api;

import static io.whosaid.support.GraphQL.post;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.GraphChecks;
import io.whosaid.support.LocalPages;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** ingestUrl with the default configuration: the service refuses to fetch from its own machine or network. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class IngestUrlTest {

    static final String INGEST_URL =
            "mutation($url: String!) { ingestUrl(url: $url) { created article { id url title } } }";

    @Inject
    Driver driver;

    @Test
    void nonPublicAddressesAndOtherSchemesAreRefusedAndNothingIsWritten() {
        long before = GraphChecks.single(driver, "MATCH (n) RETURN count(n)", Map.of());
        try (LocalPages pages = new LocalPages()) {
            Map<String, String> cases = Map.of(
                    pages.url("/pages/wordpress-repost.html"),
                    "URL_ADDRESS_NOT_ALLOWED",
                    "http://localhost:" + pages.port() + "/pages/wordpress-repost.html",
                    "URL_ADDRESS_NOT_ALLOWED",
                    "http://169.254.169.254/latest/meta-data/",
                    "URL_ADDRESS_NOT_ALLOWED",
                    "http://[::ffff:10.0.0.1]/",
                    "URL_ADDRESS_NOT_ALLOWED",
                    "file:///etc/passwd",
                    "URL_SCHEME_NOT_ALLOWED",
                    "gopher://127.0.0.1:6379/_INFO",
                    "URL_SCHEME_NOT_ALLOWED");
            cases.forEach((url, code) -> {
                JsonPath json = post(INGEST_URL, vars("url", url));
                assertEquals(
                        code,
                        json.getString("errors[0].extensions.code"),
                        url + ": " + json.getString("errors[0].message"));
            });
        }
        assertEquals(before, GraphChecks.single(driver, "MATCH (n) RETURN count(n)", Map.of()));
    }
}
