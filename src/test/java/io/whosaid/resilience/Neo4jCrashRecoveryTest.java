package io.whosaid.resilience;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.whosaid.graph.GraphConnection;
import io.whosaid.graph.embedded.EmbeddedNeo4j;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.Pause;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The embedded Neo4j is killed from outside (SIGKILL of the child's pid, as the kernel's OOM killer or an
 * operator would) and nobody helps: the supervisor notices, starts it again, and readiness comes back by itself,
 * while liveness stays UP throughout. Skipped on Testcontainers (no embedded Neo4j to kill).
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class Neo4jCrashRecoveryTest {

    static final String LIST = "{ articles(first: 1) { totalCount } }";

    @Inject
    GraphConnection connection;

    @Test
    void killedNeo4jIsRestartedAndReadinessReturnsByItself() {
        EmbeddedNeo4j neo4j = connection.embedded().orElse(null);
        assumeTrue(neo4j != null, "Neo4j is not embedded");
        assertEquals(200, given().get("/q/health/ready").statusCode());
        long pid = neo4j.pid();
        int restartsBefore = connection.embeddedRestarts();

        long killed = System.nanoTime();
        assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly(), "SIGKILL sent to " + pid);

        Duration noticed = null;
        Duration ready = null;
        boolean sawDown = false;
        while (ready == null) {
            Duration since = Duration.ofNanos(System.nanoTime() - killed);
            assertTrue(since.compareTo(Duration.ofMinutes(3)) < 0, "readiness did not come back within 3 minutes");
            if (noticed == null && connection.embeddedRestarts() > restartsBefore
                    || neo4j.pid() != pid && neo4j.pid() > 0) {
                noticed = noticed == null ? since : noticed;
            }
            Response live = given().get("/q/health/live");
            assertEquals(200, live.statusCode(), "liveness stays UP while a restart can help: " + live.asString());
            Response readiness = given().get("/q/health/ready");
            if (readiness.statusCode() == 200 && neo4j.pid() != pid) {
                ready = since;
            } else {
                sawDown |= readiness.statusCode() == 503;
                Pause.millis(250);
            }
        }
        assertTrue(sawDown, "readiness was DOWN while Neo4j was away");
        assertNotEquals(pid, neo4j.pid(), "a new Neo4j process");
        assertEquals(restartsBefore + 1, connection.embeddedRestarts());
        Response live = given().get("/q/health/live");
        assertEquals(200, live.statusCode());
        assertTrue(!live.asString().contains("Exception"), "no exception class names in health: " + live.asString());
        GraphQL.data(LIST);
        System.out.printf(
                "Crash recovery: Neo4j %d killed; a new process seen after %d ms; ready again after %d ms%n",
                pid, noticed == null ? -1 : noticed.toMillis(), ready.toMillis());
    }
}
