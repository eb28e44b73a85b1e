package io.whosaid.soak;

import io.whosaid.graph.embedded.EmbeddedCredentials;
import io.whosaid.support.SyntheticArticles;
import io.whosaid.support.SyntheticArticles.Article;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The soak: N minutes of mixed reads and writes by concurrent clients against a running WhoSaid over HTTP, then a
 * report (requests, errors by code, p50/p99 per operation) and a count check (the articles the graph gained equal
 * the distinct articles sent; no id held by two nodes). Bounded: it stops by itself after {@code --minutes}.
 *
 * <pre>
 *   scripts/soak.sh [--minutes 5] [--clients 32]              starts the service from target/quarkus-app itself
 *   scripts/soak.sh --url http://host:8080/graphql --api-key K [--bolt bolt://host:7687 --bolt-password P]
 * </pre>
 * Exits 0 when there were no errors and the checks hold, 1 otherwise.
 */
public final class SoakMain {

    static final String INGEST = "mutation($text: String!, $url: String) {"
            + " ingestArticle(input: {text: $text, url: $url}) { created article { id } } }";
    static final String ARTICLES = "query($after: String) { articles(first: 10, after: $after) { totalCount"
            + " edges { cursor node { id title publisher { name } comments { edges { node { number author { handle } } } } } } } }";
    static final String ARTICLE = "query($id: ID!) { article(id: $id) { title people { edges { node { name } } }"
            + " organizations { name } quotes { edges { node { text speaker { name } } } }"
            + " comments { edges { node { number text author { handle } parent { number } } } } } }";
    static final String PEOPLE = "query($name: String) { people(name: $name, first: 10) { totalCount"
            + " edges { node { id name said(first: 5) { totalCount edges { node { text } } } } } } }";
    static final String SEARCH = "query($q: String!) { search(query: $q, first: 10) { type label node { id } } }";
    static final String NEIGHBORHOOD = "query($id: ID!) { neighborhood(id: $id, hops: 2, limit: 50) {"
            + " nodes { id type label } edges { id type source target } } }";
    static final String ARTICLE_IDS = "query($after: String) { articles(first: 100, after: $after) {"
            + " totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }";

    /** Operation, weight: about a third of the requests write. */
    static final Map<String, Integer> MIX = new LinkedHashMap<>();

    static {
        MIX.put("ingest", 25);
        MIX.put("reingest", 8);
        MIX.put("articles", 17);
        MIX.put("article", 17);
        MIX.put("people", 11);
        MIX.put("search", 11);
        MIX.put("neighborhood", 11);
    }

    private final URI url;
    private final String apiKey;
    private final int clients;
    private final Duration duration;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, String> errorSamples = new ConcurrentHashMap<>();
    private final Set<String> sentUrls = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedUrls = ConcurrentHashMap.newKeySet();
    private final List<Article> recent = Collections.synchronizedList(new ArrayList<>());
    private final List<String> articleIds = Collections.synchronizedList(new ArrayList<>());

    SoakMain(URI url, String apiKey, int clients, Duration duration) {
        this.url = url;
        this.apiKey = apiKey;
        this.clients = clients;
        this.duration = duration;
        MIX.keySet().forEach(op -> latencies.put(op, Collections.synchronizedList(new ArrayList<>())));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println(
                        "usage: SoakMain [--minutes 5] [--clients 32] [--url URL --api-key KEY [--bolt URI --bolt-password P]]");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        double minutes = Double.parseDouble(options.getOrDefault("minutes", "5"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
        boolean passed;
        if (options.containsKey("url")) {
            SoakMain soak = new SoakMain(
                    URI.create(options.get("url")),
                    options.getOrDefault("api-key", System.getenv().getOrDefault("WHOSAID_SOAK_API_KEY", "")),
                    clients,
                    duration(minutes));
            String boltPassword = options.getOrDefault("bolt-password", System.getenv("WHOSAID_SOAK_BOLT_PASSWORD"));
            passed = soak.run(
                    options.get("bolt"),
                    boltPassword == null ? AuthTokens.none() : AuthTokens.basic("neo4j", boltPassword));
        } else {
            try (LocalService service = LocalService.start()) {
                SoakMain soak = new SoakMain(service.graphqlUri(), service.apiKey(), clients, duration(minutes));
                passed = soak.run(service.boltUri(), service.boltAuth());
            }
        }
        System.exit(passed ? 0 : 1);
    }

    private static Duration duration(double minutes) {
        return Duration.ofMillis((long) (minutes * 60_000));
    }

    boolean run(String boltUri, AuthToken boltAuth) throws Exception {
        int articlesBefore = totalArticles();
        System.out.printf(
                "soak: %d clients for %s against %s (run %s; %d articles before)%n",
                clients, format(duration), url, runId, articlesBefore);
        Instant end = Instant.now().plus(duration);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long began = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            int id = client;
            futures.add(pool.submit(() -> client(id, end)));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;
        return report(seconds, articlesBefore, boltUri, boltAuth);
    }

    private Void client(int id, Instant end) {
        Random random = new Random(runId.hashCode() * 31L + id);
        int total = MIX.values().stream().mapToInt(Integer::intValue).sum();
        int n = 0;
        while (Instant.now().isBefore(end)) {
            int pick = random.nextInt(total);
            String op = null;
            for (var entry : MIX.entrySet()) {
                pick -= entry.getValue();
                if (pick < 0) {
                    op = entry.getKey();
                    break;
                }
            }
            if (articleIds.isEmpty() && !op.equals("ingest")) {
                op = "ingest";
            }
            call(op, id, n++, random);
        }
        return null;
    }

    private void call(String op, int client, int n, Random random) {
        JsonObjectBuilder variables = Json.createObjectBuilder();
        String query;
        Article article = null;
        switch (op) {
            case "ingest" -> {
                article = SyntheticArticles.article(
                        random,
                        "soak-" + runId + ".example",
                        client + "-" + n,
                        List.of("Soak Harbour Herald", "Soak Quay Courier", "Soak Evening Post"),
                        List.of("gull_watcher", "Ferry Fan", "old_salt", "tram_skeptic", "Rowan", "pier9"),
                        random.nextInt(25));
                sentUrls.add(article.url());
                variables.add("text", article.text()).add("url", article.url());
                query = INGEST;
            }
            case "reingest" -> {
                synchronized (recent) {
                    article = recent.isEmpty() ? null : recent.get(random.nextInt(recent.size()));
                }
                if (article == null) {
                    return;
                }
                variables.add("text", article.text()).add("url", article.url());
                query = INGEST;
            }
            case "articles" -> query = ARTICLES;
            case "article" -> {
                variables.add("id", anyArticleId(random));
                query = ARTICLE;
            }
            case "people" -> {
                variables.add("name", SyntheticArticles.PEOPLE.get(random.nextInt(SyntheticArticles.PEOPLE.size())));
                query = PEOPLE;
            }
            case "search" -> {
                variables.add(
                        "q",
                        List.of("harbour", "ferry timetable", "regatta", "Marisol", "tram depot", "sea wall")
                                .get(random.nextInt(6)));
                query = SEARCH;
            }
            case "neighborhood" -> {
                variables.add("id", anyArticleId(random));
                query = NEIGHBORHOOD;
            }
            default -> throw new IllegalStateException(op);
        }
        long began = System.nanoTime();
        Outcome outcome = post(query, variables.build());
        latencies.get(op).add((System.nanoTime() - began) / 1_000);
        if (outcome.errorCode() != null) {
            errors.computeIfAbsent(op + " " + outcome.errorCode(), k -> new LongAdder())
                    .increment();
            errorSamples.putIfAbsent(op + " " + outcome.errorCode(), outcome.detail());
            return;
        }
        if (article != null) {
            acknowledgedUrls.add(article.url());
            if (op.equals("ingest")) {
                articleIds.add(outcome.data()
                        .getJsonObject("ingestArticle")
                        .getJsonObject("article")
                        .getString("id"));
                synchronized (recent) {
                    if (recent.size() >= 500) {
                        recent.remove(0);
                    }
                    recent.add(article);
                }
            }
        }
    }

    private String anyArticleId(Random random) {
        synchronized (articleIds) {
            return articleIds.get(random.nextInt(articleIds.size()));
        }
    }

    record Outcome(JsonObject data, String errorCode, String detail) {}

    Outcome post(String query, JsonObject variables) {
        String body = Json.createObjectBuilder()
                .add("query", query)
                .add("variables", variables)
                .build()
                .toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null && !apiKey.isEmpty()) {
            request.header("X-API-Key", apiKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Outcome(null, "CLIENT_" + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "CLIENT_INTERRUPTED", "");
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            json = reader.readObject();
        } catch (RuntimeException notJson) {
            return new Outcome(null, "HTTP_" + response.statusCode(), abbreviate(response.body()));
        }
        JsonArray errorList = json.containsKey("errors") && json.get("errors") instanceof JsonArray list ? list : null;
        if (errorList != null && !errorList.isEmpty()) {
            JsonObject first = errorList.getJsonObject(0);
            JsonObject extensions = first.containsKey("extensions") ? first.getJsonObject("extensions") : null;
            String code =
                    extensions != null && extensions.containsKey("code") ? extensions.getString("code") : "NO_CODE";
            return new Outcome(null, code, abbreviate(first.toString()));
        }
        if (response.statusCode() != 200) {
            return new Outcome(null, "HTTP_" + response.statusCode(), abbreviate(response.body()));
        }
        return new Outcome(json.getJsonObject("data"), null, null);
    }

    private int totalArticles() {
        Outcome outcome = post("{ articles(first: 1) { totalCount } }", JsonValue.EMPTY_JSON_OBJECT);
        if (outcome.errorCode() != null) {
            throw new IllegalStateException(
                    "the service does not answer: " + outcome.errorCode() + " " + outcome.detail());
        }
        return outcome.data().getJsonObject("articles").getInt("totalCount");
    }

    private boolean report(double seconds, int articlesBefore, String boltUri, AuthToken boltAuth) {
        long requests = latencies.values().stream().mapToLong(List::size).sum();
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf(
                "soak: %d requests in %.0f s (%.1f/s), %d errors%n", requests, seconds, requests / seconds, errorCount);
        if (errorCount > 0) {
            new TreeMap<>(errors)
                    .forEach((key, count) ->
                            System.out.printf("  error %-36s %6d  e.g. %s%n", key, count.sum(), errorSamples.get(key)));
        }
        System.out.printf("  %-13s %8s %9s %9s %9s%n", "operation", "requests", "p50 ms", "p99 ms", "max ms");
        for (String op : MIX.keySet()) {
            List<Long> sorted;
            synchronized (latencies.get(op)) {
                sorted = new ArrayList<>(latencies.get(op));
            }
            sorted.sort(Comparator.naturalOrder());
            if (sorted.isEmpty()) {
                continue;
            }
            System.out.printf(
                    "  %-13s %8d %9.1f %9.1f %9.1f%n",
                    op,
                    sorted.size(),
                    percentile(sorted, 50) / 1000.0,
                    percentile(sorted, 99) / 1000.0,
                    sorted.get(sorted.size() - 1) / 1000.0);
        }

        boolean ok = errorCount == 0;
        int articlesAfter = totalArticles();
        int gained = articlesAfter - articlesBefore;
        boolean countsMatch = gained == sentUrls.size() && acknowledgedUrls.size() == sentUrls.size();
        System.out.printf(
                "check: distinct articles sent %d, acknowledged %d, graph gained %d -> %s%n",
                sentUrls.size(), acknowledgedUrls.size(), gained, countsMatch ? "OK" : "MISMATCH");
        ok &= countsMatch;

        List<String> ids = allArticleIds();
        boolean listed = ids.size() == articlesAfter && new HashSet<>(ids).size() == ids.size();
        System.out.printf(
                "check: articles listed over GraphQL %d, distinct ids %d, totalCount %d -> %s%n",
                ids.size(), new HashSet<>(ids).size(), articlesAfter, listed ? "OK" : "MISMATCH");
        ok &= listed;

        if (boltUri != null) {
            try (Driver driver = GraphDatabase.driver(boltUri, boltAuth)) {
                Map<String, Long> duplicates = new LinkedHashMap<>();
                for (String label :
                        List.of("Article", "Person", "Organization", "Entity", "Quote", "Comment", "Commenter")) {
                    duplicates.put(
                            label,
                            driver.executableQuery("MATCH (n:" + label + ") WITH n.id AS id, count(*) AS c"
                                            + " WHERE c > 1 RETURN count(*) AS n")
                                    .execute()
                                    .records()
                                    .get(0)
                                    .get("n")
                                    .asLong());
                }
                long nodes = driver.executableQuery("MATCH (n) RETURN count(n) AS n")
                        .execute()
                        .records()
                        .get(0)
                        .get("n")
                        .asLong();
                boolean none = duplicates.values().stream().allMatch(c -> c == 0);
                System.out.printf(
                        "check: ids held by more than one node, by label %s (of %d nodes) -> %s%n",
                        duplicates, nodes, none ? "OK" : "DUPLICATES");
                ok &= none;
            }
        } else {
            System.out.println("check: no --bolt given, so duplicate ids were checked for articles only (above)");
        }
        System.out.println(ok ? "soak: PASSED" : "soak: FAILED");
        return ok;
    }

    private List<String> allArticleIds() {
        List<String> ids = new ArrayList<>();
        String after = null;
        while (true) {
            JsonObjectBuilder variables = Json.createObjectBuilder();
            if (after != null) {
                variables.add("after", after);
            }
            Outcome outcome = post(ARTICLE_IDS, variables.build());
            if (outcome.errorCode() != null) {
                throw new IllegalStateException(
                        "listing articles failed: " + outcome.errorCode() + " " + outcome.detail());
            }
            JsonObject page = outcome.data().getJsonObject("articles");
            page.getJsonArray("edges")
                    .forEach(edge ->
                            ids.add(edge.asJsonObject().getJsonObject("node").getString("id")));
            JsonObject info = page.getJsonObject("pageInfo");
            if (!info.getBoolean("hasNextPage")) {
                return ids;
            }
            after = info.getString("endCursor");
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static String format(Duration duration) {
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }

    /**
     * The packaged service (target/quarkus-app) started for the soak: a fresh store in a temporary folder, free
     * ports, an editor API key of its own, no sample data; stopped (and its folder removed, its log kept as
     * target/soak-service.log) when the soak ends.
     */
    static final class LocalService implements AutoCloseable {
        private final Process process;
        private final Path home;
        private final int httpPort;
        private final int boltPort;
        private final String apiKey = "soak-" + Long.toHexString(new Random().nextLong());

        private LocalService(Path jar) throws IOException {
            home = Files.createTempDirectory("whosaid-soak");
            httpPort = freePort();
            boltPort = freePort();
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx512m",
                            "-jar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("service.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(freePort()));
            env.put("WHOSAID_NEO4J_EMBEDDED_DATA_DIR", home.resolve("neo4j").toString());
            env.put("WHOSAID_NEO4J_EMBEDDED_BOLT_PORT", Integer.toString(boltPort));
            env.put("WHOSAID_SAMPLES_LOAD", "false");
            env.put("WHOSAID_AUTH_API_KEYS", apiKey + ":editor");
            env.remove("NEO4J_URI");
            process = builder.start();
            // Ctrl-C on the soak must not leave the service (and its Neo4j) running.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        }

        static LocalService start() throws Exception {
            Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(
                        "no " + jar.toAbsolutePath() + ": build it first (./mvnw package -DskipTests)");
            }
            LocalService service = new LocalService(jar);
            try {
                service.awaitReady(Duration.ofMinutes(3));
            } catch (Exception e) {
                service.close();
                throw e;
            }
            System.out.printf(
                    "soak: started the service (pid %d) on http://127.0.0.1:%d, Neo4j bolt://127.0.0.1:%d, store %s%n",
                    service.process.pid(), service.httpPort, service.boltPort, service.home);
            return service;
        }

        URI graphqlUri() {
            return URI.create("http://127.0.0.1:" + httpPort + "/graphql");
        }

        String boltUri() {
            return "bolt://127.0.0.1:" + boltPort;
        }

        /** The embedded Neo4j's login, from the password file the service wrote in its store folder. */
        AuthToken boltAuth() {
            return EmbeddedCredentials.authToken(home.resolve("neo4j"));
        }

        String apiKey() {
            return apiKey;
        }

        private void awaitReady(Duration limit) throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service exited with " + process.exitValue() + "; see "
                            + home.resolve("service.log") + ":\n" + tail(home.resolve("service.log")));
                }
                try {
                    if (client.send(ready, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("the service was not ready within " + limit);
        }

        @Override
        public void close() throws IOException {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            Files.createDirectories(Path.of("target"));
            Files.copy(
                    home.resolve("service.log"),
                    Path.of("target/soak-service.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        private static String tail(Path file) {
            try {
                List<String> lines = Files.readAllLines(file);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(unreadable)";
            }
        }
    }
}
