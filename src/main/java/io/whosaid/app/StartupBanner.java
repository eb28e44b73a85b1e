package io.whosaid.app;

import io.quarkus.runtime.StartupEvent;
import io.whosaid.graph.GraphConnection;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started the service where to point a browser. */
@Singleton
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    // After the sample data has loaded, so "ready" means ready.
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event,
            GraphConnection connection,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        String base = "http://localhost:" + port;
        LOG.infof(
                "WhoSaid is ready in %d ms. Explorer: %s/  GraphiQL: %s/q/graphql-ui  GraphQL: %s/graphql"
                        + "  SDL: %s/graphql/schema.graphql  Health: %s/q/health  Neo4j: %s",
                uptime, base, base, base, base, base, connection.uri());
    }
}
