package io.whosaid.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/** Ready only while Neo4j answers a query: a load balancer stops sending traffic when it does not. */
@Readiness
@ApplicationScoped
public class Neo4jHealthCheck implements HealthCheck {

    private final Driver driver;

    public Neo4jHealthCheck(Driver driver) {
        this.driver = driver;
    }

    @Override
    public HealthCheckResponse call() {
        try (var session = driver.session()) {
            long one = session.executeRead(tx -> tx.run("RETURN 1 AS one").single().get("one").asLong(),
                    TransactionConfig.builder().withTimeout(Duration.ofSeconds(2)).build());
            return HealthCheckResponse.named("neo4j").status(one == 1).build();
        } catch (RuntimeException e) {
            // What a load balancer needs, and nothing about the code behind it (no exception class or message).
            return HealthCheckResponse.named("neo4j").down().withData("error", "Neo4j does not answer").build();
        }
    }
}
