package io.whosaid.app;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.whosaid.cli.InProcessService;
import io.whosaid.graph.embedded.StoreInUseException;
import java.io.PrintStream;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code ingest --direct}: the service started in this process for one run. It listens on loopback only, on ports
 * chosen free (so a service running beside it keeps its own), with no key but one made for this run (held in memory,
 * gone with the process), without the sample articles, on the store the usual configuration names. The client then
 * sends the items to it as to any service, so they take the API's one write path. A store already held by a running
 * service ({@link StoreInUseException}) or any other failure to start ends the run with a one-line reason.
 */
public final class DirectService implements InProcessService {

    /** The exit code when the service could not start (1: some item failed, 2: a wrong command line). */
    public static final int COULD_NOT_START = 3;

    private static volatile Run current;

    private final PrintStream err;

    public DirectService(PrintStream err) {
        this.err = err;
    }

    private record Run(String key, Use use) {}

    @Override
    public int serve(Use use) {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String key = HexFormat.of().formatHex(secret);
        Map<String, String> saved = override(settings(key));
        int[] exit = {0};
        Throwable[] failure = {null};
        try {
            current = new Run(key, use);
            Quarkus.run(Application.class, (code, thrown) -> {
                exit[0] = code;
                failure[0] = thrown;
            });
        } finally {
            current = null;
            restore(saved);
        }
        if (failure[0] != null) {
            err.println("whosaid ingest --direct: the service could not start: " + reason(failure[0]));
            return COULD_NOT_START;
        }
        return exit[0];
    }

    /** Configuration of the in-process service, above every other source (system properties), for this run only. */
    private static Map<String, String> settings(String key) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("quarkus.http.host", "127.0.0.1");
        settings.put("quarkus.http.port", "0");
        settings.put("quarkus.http.test-port", "0");
        settings.put("quarkus.management.port", "0");
        settings.put("quarkus.management.test-port", "0");
        settings.put("whosaid.auth.api-keys", key + ":editor:direct-ingest");
        settings.put("whosaid.samples.load", "false");
        // The embedded Neo4j's Bolt port: a free one, so that a service using the default one is not in the way
        // (the store itself cannot be shared: that is told apart and refused).
        settings.put("whosaid.neo4j.embedded.bolt-port", "0");
        // The progress bar and the summary are the output; the service speaks only of problems, and a failure to
        // start is told in one line below rather than as Quarkus's stack trace.
        settings.put("quarkus.log.level", "WARN");
        settings.put("quarkus.log.category.\"io.whosaid.access\".level", "WARN");
        // Port 0 for both servers makes Micrometer see the connections gauge twice; only that is said.
        settings.put("quarkus.log.category.\"io.micrometer.core.instrument.MeterRegistry\".level", "ERROR");
        settings.put("quarkus.log.category.\"io.quarkus.runtime.Application\".level", "OFF");
        settings.put("quarkus.log.category.\"io.quarkus.runtime.ApplicationLifecycleManager\".level", "OFF");
        return settings;
    }

    private static Map<String, String> override(Map<String, String> settings) {
        Map<String, String> saved = new HashMap<>();
        settings.forEach((name, value) -> {
            saved.put(name, System.getProperty(name));
            System.setProperty(name, value);
        });
        return saved;
    }

    private static void restore(Map<String, String> saved) {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    private static String reason(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof StoreInUseException) {
                return t.getMessage();
            }
        }
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    /** The Quarkus application of a direct run: the whole service, started, then the client's run against it. */
    public static final class Application implements QuarkusApplication {
        @Override
        public int run(String... args) throws Exception {
            Run run = current;
            // Quarkus puts the port it was given for 0 back in the configuration once it listens.
            String name = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
            int port = ConfigProvider.getConfig().getValue(name, Integer.class);
            if (port <= 0) {
                throw new IllegalStateException("the service's HTTP port is unknown");
            }
            return run.use().run(URI.create("http://127.0.0.1:" + port + "/"), run.key());
        }
    }

    /** Ends the process with the run's exit code (under a test launcher, hands the code to it instead). */
    static void exit(int code) {
        ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(code, null);
    }
}
