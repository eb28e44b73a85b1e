package io.whosaid.graph;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/** Asks Neo4j for an answer to the simplest query, for the readiness check. */
@ApplicationScoped
public class DatabasePing {

    private static final String PING = CypherFile.load("read/ping");
    private static final TransactionConfig TWO_SECONDS =
            TransactionConfig.builder().withTimeout(Duration.ofSeconds(2)).build();

    private final Driver driver;

    public DatabasePing(Driver driver) {
        this.driver = driver;
    }

    /** Empty when Neo4j answered; else a reason fit for a public health page (nothing about the code behind it). */
    public Optional<String> failure() {
        try (var session = driver.session()) {
            long one =
                    session.executeRead(tx -> tx.run(PING).single().get("one").asLong(), TWO_SECONDS);
            return one == 1 ? Optional.empty() : Optional.of("unexpected answer " + one);
        } catch (RuntimeException e) {
            return Optional.of("Neo4j does not answer");
        }
    }
}
