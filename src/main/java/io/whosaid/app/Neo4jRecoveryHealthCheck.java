package io.whosaid.app;

import io.whosaid.graph.GraphConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless the embedded Neo4j died and the supervisor could not bring it back: then only restarting the
 * service can help, which is what an orchestrator does when liveness fails. While Neo4j is merely away
 * (restarting, or an external one unreachable) the service stays live and only readiness is DOWN.
 */
@Liveness
@ApplicationScoped
public class Neo4jRecoveryHealthCheck implements HealthCheck {

    private final GraphConnection connection;

    public Neo4jRecoveryHealthCheck(GraphConnection connection) {
        this.connection = connection;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("neo4j-recovery")
                .status(!connection.recoveryImpossible())
                .withData("restarts", connection.embeddedRestarts())
                .build();
    }
}
