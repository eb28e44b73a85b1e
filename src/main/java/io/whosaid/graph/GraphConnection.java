package io.whosaid.graph;

import io.quarkus.runtime.Startup;
import io.whosaid.graph.embedded.EmbeddedMemory;
import io.whosaid.graph.embedded.EmbeddedNeo4j;
import io.whosaid.graph.embedded.EmbeddedNeo4jSettings;
import io.whosaid.graph.embedded.EmbeddedSupervisor;
import io.whosaid.graph.migrations.MigrationRunner;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The one way into Neo4j: a driver to the server named by {@code NEO4J_URI}, or, when none is set, to an
 * embedded Neo4j this service starts (and stops) itself. Either way the rest of the code sees only the driver.
 * Schema migrations run here, before the first request.
 */
@Startup
@Singleton
public class GraphConnection {

    private static final Logger LOG = Logger.getLogger(GraphConnection.class);

    private final EmbeddedNeo4j embedded;
    private final EmbeddedSupervisor supervisor;
    private final Driver driver;
    private final String uri;
    private final AuthToken auth;

    public GraphConnection(
            @ConfigProperty(name = "neo4j.uri") Optional<String> configuredUri,
            @ConfigProperty(name = "neo4j.username", defaultValue = "neo4j") String username,
            @ConfigProperty(name = "neo4j.password") Optional<String> password,
            @ConfigProperty(name = "whosaid.neo4j.embedded.data-dir") Path dataDir,
            @ConfigProperty(name = "whosaid.neo4j.embedded.lib-dir") Path libDir,
            @ConfigProperty(name = "whosaid.neo4j.embedded.bolt-port") int boltPort,
            @ConfigProperty(name = "whosaid.neo4j.embedded.heap", defaultValue = EmbeddedMemory.AUTO) String heap,
            @ConfigProperty(name = "whosaid.neo4j.embedded.page-cache", defaultValue = EmbeddedMemory.AUTO)
                    String pageCache,
            @ConfigProperty(name = "whosaid.neo4j.embedded.transaction-memory", defaultValue = EmbeddedMemory.AUTO)
                    String transactionMemory,
            @ConfigProperty(name = "whosaid.neo4j.embedded.transactions-memory", defaultValue = EmbeddedMemory.AUTO)
                    String transactionsMemory,
            @ConfigProperty(name = "whosaid.neo4j.embedded.auth", defaultValue = "true") boolean embeddedAuth,
            @ConfigProperty(name = "whosaid.neo4j.embedded.supervise-interval", defaultValue = "1s")
                    Duration superviseInterval,
            @ConfigProperty(name = "whosaid.neo4j.embedded.max-failed-restarts", defaultValue = "3")
                    int maxFailedRestarts,
            @ConfigProperty(name = "whosaid.neo4j.pool-size", defaultValue = "64") int poolSize,
            @ConfigProperty(name = "whosaid.neo4j.connection-timeout", defaultValue = "5s") Duration connectionTimeout,
            @ConfigProperty(name = "whosaid.neo4j.max-retry-time", defaultValue = "1s") Duration maxRetryTime,
            GraphMetrics metrics) {
        if (configuredUri.filter(u -> !u.isBlank()).isPresent()) {
            embedded = null;
            supervisor = null;
            uri = configuredUri.get().strip();
            auth = password.filter(p -> !p.isEmpty())
                    .map(p -> AuthTokens.basic(username, p))
                    .orElse(AuthTokens.none());
            LOG.infof("Using the Neo4j at %s", uri);
        } else {
            Path libraries = Neo4jLibraries.locate(libDir);
            EmbeddedNeo4jSettings defaults = EmbeddedNeo4jSettings.defaults(dataDir, libraries);
            EmbeddedMemory memory = EmbeddedMemory.of(
                    heap, pageCache, transactionMemory, transactionsMemory, EmbeddedMemory.machineMemory());
            EmbeddedNeo4jSettings settings = new EmbeddedNeo4jSettings(
                    dataDir,
                    libraries,
                    boltPort,
                    memory,
                    embeddedAuth,
                    defaults.transactionTimeout(),
                    defaults.startTimeout(),
                    defaults.stopTimeout());
            embedded = EmbeddedNeo4j.start(settings);
            supervisor = EmbeddedSupervisor.watch(embedded, superviseInterval, maxFailedRestarts);
            metrics.watch(supervisor, memory);
            uri = embedded.boltUri();
            auth = embedded.authToken();
        }
        // The managed transactions' retry time bounds how long a request waits for an unreachable Neo4j: the
        // driver retries "service unavailable" like any transient error, so with the usual 15 s every request
        // hung 15 s during an outage. About a second (one retry, which covers a dropped pooled connection)
        // keeps a failure fast: SERVICE_UNAVAILABLE in ~1-3 s (Neo4jOutageTest). Lock conflicts between
        // writers are retried longer by ArticleWriter itself.
        Config config = Config.builder()
                .withMaxConnectionPoolSize(poolSize)
                .withConnectionTimeout(connectionTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(maxRetryTime.toMillis(), TimeUnit.MILLISECONDS)
                .withDriverMetrics()
                .build();
        driver = GraphDatabase.driver(uri, auth, config);
        metrics.watch(driver);
        try {
            awaitConnectivity(Duration.ofSeconds(60));
            new MigrationRunner(driver).migrate();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void awaitConnectivity(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                driver.verifyConnectivity();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Neo4j at " + uri + " is not reachable: " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Produces
    @Singleton
    Driver driver() {
        return driver;
    }

    public String uri() {
        return uri;
    }

    /** The login this service uses: for tests and tools that open their own driver on the same Neo4j. */
    public AuthToken authToken() {
        return auth;
    }

    /** The embedded Neo4j, when this service runs one; for tests of failure and recovery. */
    public Optional<EmbeddedNeo4j> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** Whether the embedded Neo4j died and could not be restarted: liveness is then DOWN. */
    public boolean recoveryImpossible() {
        return supervisor != null && supervisor.gaveUp();
    }

    /** How many times the embedded Neo4j was restarted after dying by itself (0 against an external Neo4j). */
    public int embeddedRestarts() {
        return supervisor == null ? 0 : supervisor.restarts();
    }

    @PreDestroy
    void close() {
        if (supervisor != null) {
            supervisor.close();
        }
        try {
            driver.close();
        } catch (RuntimeException e) {
            LOG.debug("Closing the driver failed", e);
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
