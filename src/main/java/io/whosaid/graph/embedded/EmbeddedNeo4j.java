package io.whosaid.graph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * A Neo4j Community server run in a child JVM with its own classpath, its store in a folder on disk.
 *
 * <p>A child process rather than an in-process database because the Quarkus BOM changes about fifty of
 * Neo4j's dependency versions (netty, jackson, ...). The service talks to it over Bolt on loopback, exactly
 * as to any other server, so there is one code path whichever Neo4j it is.
 *
 * <p>A pid file in the home folder lets the next start stop a child that outlived a hard-killed service,
 * which would otherwise hold the store lock.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedNeo4j.class);
    private static final String ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint";

    private final EmbeddedNeo4jSettings settings;
    private final int boltPort;
    // Written by start, restart, close and kill, which a fault test calls from its own thread.
    private volatile Process process;

    private EmbeddedNeo4j(EmbeddedNeo4jSettings settings, int boltPort) {
        this.settings = settings;
        this.boltPort = boltPort;
    }

    /** Starts the server and returns once its Bolt port accepts connections. */
    public static EmbeddedNeo4j start(EmbeddedNeo4jSettings settings) {
        int port = settings.boltPort() > 0 ? settings.boltPort() : freePort();
        EmbeddedNeo4j neo4j = new EmbeddedNeo4j(settings, port);
        neo4j.launch();
        return neo4j;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    public Path homeDir() {
        return settings.homeDir();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The child's process id, or -1 when none was started or it was stopped on purpose. */
    public long pid() {
        Process current = process;
        return current == null ? -1 : current.pid();
    }

    private void launch() {
        Path home = settings.homeDir().toAbsolutePath();
        Path libDir = settings.libDir().toAbsolutePath();
        try {
            if (!Files.isDirectory(libDir) || !Files.exists(libDir.resolve("neo4j-5.26.0.jar"))) {
                throw new IllegalStateException("Embedded Neo4j's jars are missing from " + libDir
                        + ": build the project first (./mvnw package), or set NEO4J_URI to use a running Neo4j");
            }
            Files.createDirectories(home.resolve("conf"));
            Files.createDirectories(home.resolve("logs"));
            Files.createDirectories(home.resolve("run"));
            stopOrphan(home);
            Files.writeString(home.resolve("conf/neo4j.conf"), configuration(home), StandardCharsets.UTF_8);

            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xms64m");
            command.add("-Xmx" + EmbeddedMemory.megabytes(settings.memory().heap()));
            command.add("-XX:+UseG1GC");
            command.add("-XX:+ExitOnOutOfMemoryError");
            command.add("-Dfile.encoding=UTF-8");
            command.add("-cp");
            command.add(libDir + "/*");
            command.add(ENTRY_POINT);
            command.add("--home-dir=" + home);
            command.add("--config-dir=" + home.resolve("conf"));
            Path console = home.resolve("logs/console.log");
            Instant begun = Instant.now();
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                    .start();
            // The child's pid, then this process's: the next start tells an orphan from a store another process uses.
            Files.writeString(
                    pidFile(home), process.pid() + " " + ProcessHandle.current().pid());
            awaitBolt(console);
            if (settings.auth()) {
                ensurePassword(home, console);
            }
            LOG.infof(
                    "Embedded Neo4j started in %d ms on %s, store in %s",
                    Duration.between(begun, Instant.now()).toMillis(), boltUri(), home);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Could not start the embedded Neo4j in " + home, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private String configuration(Path home) {
        String address = "127.0.0.1:" + boltPort;
        return String.join(
                "\n",
                "# Written by WhoSaid at every start of the embedded Neo4j; edits are overwritten.",
                "server.directories.data=" + home.resolve("data"),
                "server.directories.logs=" + home.resolve("logs"),
                "server.directories.run=" + home.resolve("run"),
                "server.default_listen_address=127.0.0.1",
                "server.default_advertised_address=127.0.0.1",
                "server.bolt.enabled=true",
                "server.bolt.listen_address=" + address,
                "server.bolt.advertised_address=" + address,
                "server.http.enabled=false",
                "server.https.enabled=false",
                // Private: a login with the password in EmbeddedCredentials' file (mode 0600), set at first start.
                "dbms.security.auth_enabled=" + settings.auth(),
                "dbms.usage_report.enabled=false",
                "server.memory.pagecache.size="
                        + EmbeddedMemory.megabytes(settings.memory().pageCache()),
                // A transaction over either limit is stopped with a MemoryPoolOutOfMemoryError, which fails that
                // request alone; without them one fan-out read could fill the heap and end the process.
                "db.memory.transaction.max="
                        + EmbeddedMemory.megabytes(settings.memory().transactionMax()),
                "dbms.memory.transaction.total.max="
                        + EmbeddedMemory.megabytes(settings.memory().transactionsTotal()),
                "db.transaction.timeout=" + settings.transactionTimeout(),
                // Without these two, stopping waits up to a minute for Bolt threads to drain.
                "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
                "internal.server.bolt.connection_shutdown_wait_time=1s",
                "");
    }

    private void awaitBolt(Path console) {
        Instant deadline = Instant.now().plus(settings.startTimeout());
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Embedded Neo4j exited with code " + process.exitValue()
                        + " during start-up; its log is " + console + ":\n" + tail(console));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", boltPort), 200);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException("Embedded Neo4j did not open Bolt on port " + boltPort + " within "
                + settings.startTimeout().toSeconds() + " s; its log is " + console + ":\n" + tail(console));
    }

    /** The login for this server (user neo4j, the password kept in its home folder). */
    public AuthToken authToken() {
        return settings.auth()
                ? EmbeddedCredentials.authToken(settings.homeDir().toAbsolutePath())
                : AuthTokens.none();
    }

    /**
     * Logs in with the stored password; on a store where it was never set (new, or from before logins were on),
     * sets it, as Neo4j demands of its initial password at the first login. Retries while Neo4j is still starting.
     */
    private void ensurePassword(Path home, Path console) {
        String password = EmbeddedCredentials.password(home);
        Instant deadline = Instant.now().plus(settings.startTimeout());
        Config quiet = Config.builder().withLogging(Logging.none()).build();
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Driver driver =
                    GraphDatabase.driver(boltUri(), AuthTokens.basic(EmbeddedCredentials.USER, password), quiet)) {
                driver.verifyConnectivity();
                return;
            } catch (AuthenticationException notSetYet) {
                try (Driver initial = GraphDatabase.driver(
                                boltUri(),
                                AuthTokens.basic(EmbeddedCredentials.USER, EmbeddedCredentials.INITIAL_PASSWORD),
                                quiet);
                        Session system = initial.session(SessionConfig.forDatabase("system"))) {
                    system.run(
                                    "ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                                    Map.of("old", EmbeddedCredentials.INITIAL_PASSWORD, "new", password))
                            .consume();
                    LOG.infof(
                            "Embedded Neo4j: login set for user neo4j; the password is in %s",
                            home.resolve(EmbeddedCredentials.FILE));
                    return;
                } catch (AuthenticationException neither) {
                    throw new IllegalStateException(
                            "The embedded Neo4j in " + home + " takes neither the password in "
                                    + home.resolve(EmbeddedCredentials.FILE)
                                    + " nor the initial one: restore that file",
                            neither);
                } catch (RuntimeException starting) {
                    last = starting;
                }
            } catch (RuntimeException starting) {
                last = starting; // Bolt open, databases not yet
            }
            sleep(200);
        }
        throw new IllegalStateException(
                "Could not log in to the embedded Neo4j within "
                        + settings.startTimeout().toSeconds() + " s; its log is " + console,
                last);
    }

    /**
     * Starts the server again after {@link #close()} or {@link #kill()}: the same home (so the same store) and
     * the same Bolt port, so a driver pointed at it reconnects by itself. Stops it first if it is running.
     */
    public synchronized void restart() {
        if (process != null) {
            close();
        }
        launch();
    }

    /**
     * Starts the server again when its process ended without being asked to (a crash, an OOM exit, a kill by
     * someone else); a server stopped or killed through this class stays down. What a supervisor calls.
     *
     * @return whether it had died and was restarted
     * @throws RuntimeException when the restart failed; the server is then down, and {@link #restart()} may be tried again
     */
    public synchronized boolean restartIfDied() {
        if (process == null || process.isAlive()) {
            return false;
        }
        LOG.errorf(
                "Embedded Neo4j (pid %d) exited by itself with code %d; restarting it; its log is %s",
                process.pid(),
                process.exitValue(),
                settings.homeDir().toAbsolutePath().resolve("logs"));
        restart();
        return true;
    }

    /** Stops the server gracefully (SIGTERM), killing it if it does not stop in time. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        Instant begun = Instant.now();
        process.destroy();
        try {
            if (!process.waitFor(settings.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Embedded Neo4j did not stop in time; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(pidFile(settings.homeDir().toAbsolutePath()));
        } catch (IOException ignored) {
            // a stale pid file is harmless: the next start checks the process behind it
        }
        LOG.infof(
                "Embedded Neo4j stopped in %d ms",
                Duration.between(begun, Instant.now()).toMillis());
        process = null;
    }

    /** Kills the child without a clean shutdown, as a crash would; for fault tests. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /**
     * Stops a child left running by a service that was hard-killed (it would hold the store lock). A child whose
     * service still runs is not an orphan: its store is in use, and this start fails with {@link StoreInUseException}
     * rather than take the store from under that service.
     */
    private static void stopOrphan(Path home) throws IOException {
        Path pidFile = pidFile(home);
        if (!Files.exists(pidFile)) {
            return;
        }
        String[] pids = Files.readString(pidFile).trim().split("\\s+");
        Optional<ProcessHandle> child = process(pids[0]);
        Optional<ProcessHandle> owner = pids.length > 1 ? process(pids[1]) : Optional.empty();
        // Only a JVM running Neo4j's entry point on this very home folder is ours to stop.
        Optional<ProcessHandle> running = child.filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info()
                        .commandLine()
                        .map(line -> line.contains(ENTRY_POINT) && line.contains(home.toString()))
                        .orElse(false));
        if (running.isEmpty()) {
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<ProcessHandle> liveOwner = owner.filter(ProcessHandle::isAlive)
                .filter(handle -> handle.pid() != ProcessHandle.current().pid());
        if (liveOwner.isPresent()) {
            throw new StoreInUseException(home, liveOwner.get().pid());
        }
        ProcessHandle orphan = running.get();
        LOG.warnf("Stopping embedded Neo4j %d left running by an earlier run", orphan.pid());
        orphan.destroy();
        try {
            orphan.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            orphan.destroyForcibly();
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<ProcessHandle> process(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The pid of the embedded Neo4j the pid file in {@code home} names (running or not), or -1 when there is none:
     * for tools and tests that watch that process.
     */
    public static long pidIn(Path home) {
        try {
            return Long.parseLong(Files.readString(pidFile(home)).trim().split("\\s+")[0]);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static Path pidFile(Path home) {
        return home.resolve("run/whosaid-neo4j.pid");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded Neo4j", e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the embedded Neo4j", e);
        }
    }
}
