package io.whosaid.app;

import io.whosaid.graph.DatabasePing;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Neo4j answers a query: a load balancer stops sending traffic when it does not. */
@Readiness
@ApplicationScoped
public class Neo4jHealthCheck implements HealthCheck {

    private final DatabasePing ping;

    public Neo4jHealthCheck(DatabasePing ping) {
        this.ping = ping;
    }

    @Override
    public HealthCheckResponse call() {
        Optional<String> failure = ping.failure();
        return failure.isEmpty()
                ? HealthCheckResponse.named("neo4j").up().build()
                : HealthCheckResponse.named("neo4j")
                        .down()
                        .withData("error", failure.get())
                        .build();
    }
}
