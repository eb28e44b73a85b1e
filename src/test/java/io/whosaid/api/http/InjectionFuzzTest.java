package io.whosaid.api.http;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;
import static io.restassured.RestAssured.given;
import static io.whosaid.support.GraphQL.EDITOR_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Sends Cypher, Lucene and GraphQL metacharacters, control characters, RTL marks, NUL, 100,000-character strings,
 * unpaired surrogates and invalid UTF-8 through every String and ID argument of every root query (found by
 * introspection, so new queries are covered without editing this test) and through every field of the mutation.
 * Payloads come from a seeded generator, so a failure names a payload that reproduces.
 *
 * <p>Each answer must be a GraphQL response (JSON with data or errors; 200 or 400, never 5xx) whose errors leak
 * no stack frame, Java class, Neo4j status or Cypher of ours. Reads must leave the graph exactly as it was, a
 * canary node and relationship included; writes may only add (no node or relationship that existed before goes
 * away), and an article that was written holds the payload as text.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class InjectionFuzzTest {

    static final long SEED = 20_261_125L;
    static final int RANDOM_PAYLOADS = 16;

    /** Words that appear in our own Cypher, and must not appear in an error unless the client sent them. */
    static final List<String> LEAK_MARKERS = List.of(
            "\tat ",
            "Exception",
            "java.",
            "javax.",
            "jakarta.",
            "org.neo4j",
            "io.whosaid",
            "io.smallrye",
            "io.quarkus",
            "io.vertx",
            "graphql.",
            ".java:",
            "Neo.ClientError",
            "Neo.DatabaseError",
            "Neo.TransientError",
            "MATCH (",
            "MERGE (",
            "UNWIND",
            "RETURN ",
            "db.index",
            "COLLECT {",
            "DETACH",
            "stackTrace",
            "NullPointer");

    @Inject
    Driver driver;

    @BeforeEach
    void plantCanary() {
        driver.executableQuery("CREATE (:FuzzCanary {id: 'canary', note: 'must survive'})"
                        + "-[:FUZZ_LINK {note: 'must survive'}]->(:FuzzCanary {id: 'canary-2'})")
                .execute();
    }

    @AfterEach
    void removeCanary() {
        driver.executableQuery("MATCH (c:FuzzCanary) DETACH DELETE c").execute();
    }

    @Test
    void everyQueryArgumentTreatsEveryPayloadAsData() {
        long nodes = count("MATCH (n) RETURN count(n) AS c");
        long relationships = count("MATCH ()-[r]->() RETURN count(r) AS c");
        List<Target> targets = queryTargets();
        assertTrue(targets.size() >= 15, "introspection found the String/ID arguments: " + targets);
        List<String> payloads = payloads();
        int requests = 0;
        for (Target target : targets) {
            for (String payload : payloads) {
                check(target.asVariable(payload), null, payload, target + " as variable");
                check(target.inline(payload), null, payload, target + " inline");
                requests += 2;
            }
            for (String huge : hugePayloads()) {
                check(target.asVariable(huge), null, huge, target + " huge");
                requests++;
            }
            checkRejected(
                    target.rawVariable(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}), target + " invalid UTF-8");
            checkRejected(
                    target.rawVariable(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}), target + " UTF-16 BOM bytes");
            checkRejected(
                    target.rawVariable(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), target + " CESU surrogate");
            checkRejected(
                    target.rawVariable("\\ud800x".getBytes(StandardCharsets.US_ASCII)), target + " lone surrogate");
            requests += 4;
        }
        System.out.printf("Injection fuzz: %d requests over %d arguments %s%n", requests, targets.size(), targets);
        assertEquals(
                nodes, count("MATCH (n) RETURN count(n) AS c"), "reads changed no node (" + requests + " requests)");
        assertEquals(relationships, count("MATCH ()-[r]->() RETURN count(r) AS c"), "reads changed no relationship");
        assertCanaryIntact();
    }

    @Test
    void everyMutationFieldTreatsEveryPayloadAsData() {
        Set<String> nodesBefore = ids("MATCH (n) RETURN elementId(n) AS id");
        Set<String> relationshipsBefore = ids("MATCH ()-[r]->() RETURN elementId(r) AS id");
        String mutation = "mutation($text: String!, $url: String, $publishedAt: String) { ingestArticle(input:"
                + " {text: $text, url: $url, publishedAt: $publishedAt}) { created article { id title text } } }";
        int written = 0;
        int n = 0;
        for (String payload : payloads()) {
            n++;
            String text = "Fuzzed Title " + n + " " + payload + "\n\nA body paragraph that carries " + payload
                    + " as plain words.\n";
            written += ingest(mutation, Map.of("text", text), payload, "text", text);
            String plain = "Fuzzed Url Story " + n + "\n\nA plain body for the url case.\n";
            written += ingest(
                    mutation, Map.of("text", plain, "url", "https://example.org/" + payload), payload, "url", null);
            written += ingest(
                    mutation,
                    Map.of("text", plain.replace("Url", "Raw Url"), "url", payload),
                    payload,
                    "raw url",
                    null);
            written += ingest(
                    mutation,
                    Map.of("text", plain.replace("Url", "Date"), "publishedAt", payload),
                    payload,
                    "publishedAt",
                    null);
        }
        for (String huge : hugePayloads()) {
            ingest(
                    mutation,
                    Map.of("text", "Huge Fuzz " + huge.length() + "\n\n" + huge + "\n"),
                    huge,
                    "huge text",
                    null);
            ingest(mutation, Map.of("text", "Huge Url\n\nBody.\n", "url", huge), huge, "huge url", null);
        }
        String query = "mutation($text: String!) { ingestArticle(input: {text: $text}) { created } }";
        checkRejected(
                raw(query, "text", "Title\\n\\nBody \\ud800 lone".getBytes(StandardCharsets.US_ASCII)),
                "lone surrogate in text");
        checkRejected(
                raw(query, "text", new byte[] {'T', '\\', 'n', '\\', 'n', (byte) 0xC0, (byte) 0xAF}),
                "overlong UTF-8 in text");
        assertTrue(written > 0, "some fuzzed articles are valid and were written");
        Set<String> nodesAfter = ids("MATCH (n) RETURN elementId(n) AS id");
        Set<String> relationshipsAfter = ids("MATCH ()-[r]->() RETURN elementId(r) AS id");
        assertTrue(nodesAfter.containsAll(nodesBefore), "ingests only add nodes");
        assertTrue(relationshipsAfter.containsAll(relationshipsBefore), "ingests only add relationships");
        assertCanaryIntact();
    }

    @Test
    void theCypherOfTheServiceTakesValuesOnlyAsParameters() throws IOException {
        // The only text spliced into a query is {HOPS} (an int checked against whosaid.api.max-hops), {PROJECTION}
        // and {HOIST} (both built by ProjectionCompiler from fixed fragments, generated names, property names from
        // a fixed list and $parameters), {NODE} and {EDGE} (SubgraphReader: the fixed text of read/subgraph/node.cypher
        // and edge.cypher), {ORDER}, {KEY} and {KEYSET} (graph/Ordering: the fixed sort keys of a reader, cursor
        // values only as $parameters), {LABELS}, {REMOVE_LABELS} and {REL_TYPE} (graph/edit: labels and relationship
        // types of the graph model, checked against GraphVocabulary's fixed lists), {NEWS_TYPES} (SubgraphReader: the
        // EdgeType names joined by |), {ITEMS} (ReviewQueue: the fixed text of read/review/items.cypher),
        // {KEYSET_BOUND}
        // (graph/Ordering: the first sort key against the cursor's $parameters), {ANCHOR} (QuoteReader: the name of
        // the quotes' anchor, one of its fixed keys, as a string literal). Anything else would be a new template and
        // needs the same review.
        Set<String> placeholders = new HashSet<>();
        List<String> quoted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/graph"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".cypher")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String code = line.contains("//") ? line.substring(0, line.indexOf("//")) : line;
                    java.util.regex.Matcher m =
                            java.util.regex.Pattern.compile("\\{([A-Z_]+)\\}").matcher(code);
                    while (m.find()) {
                        placeholders.add(m.group(1));
                    }
                    java.util.regex.Matcher literal =
                            java.util.regex.Pattern.compile("'([^']*)'").matcher(code);
                    while (literal.find()) {
                        quoted.add(file.getFileName() + ": " + literal.group(1));
                    }
                }
            }
        }
        assertTrue(
                Set.of(
                                "HOPS",
                                "PROJECTION",
                                "HOIST",
                                "NODE",
                                "EDGE",
                                "ORDER",
                                "KEY",
                                "KEYSET",
                                "LABELS",
                                "REMOVE_LABELS",
                                "REL_TYPE",
                                "NEWS_TYPES",
                                "ITEMS",
                                "KEYSET_BOUND",
                                "ANCHOR")
                        .containsAll(placeholders),
                "template placeholders: " + placeholders);
        for (String literal : quoted) {
            // the only string literals are names of our own full-text indexes
            assertTrue(literal.matches("[^:]+: [a-z_]+"), "a string literal in Cypher: " + literal);
        }
    }

    // ---- requests ----------------------------------------------------------------------------------------------

    private int ingest(String mutation, Map<String, Object> variables, String payload, String field, String text) {
        JsonObject answer = check(body(mutation, variables), EDITOR_KEY, payload, "ingestArticle " + field);
        JsonValue data = answer.get("data");
        if (data instanceof JsonObject object
                && object.get("ingestArticle") instanceof JsonObject result
                && result.getBoolean("created", false)) {
            if (text != null && payload.chars().allMatch(c -> c >= 0x20 && c != 0x7F) && !payload.isBlank()) {
                String stored = result.getJsonObject("article").getString("text")
                        + result.getJsonObject("article").getString("title");
                assertTrue(stored.contains(payload.strip()), "the payload is stored as text: " + payload);
            }
            return 1;
        }
        return 0;
    }

    /** Sends one request and checks that the answer is a clean GraphQL response. */
    private JsonObject check(byte[] body, String apiKey, String payload, String what) {
        Response response = send(body, apiKey);
        int status = response.statusCode();
        String text = response.asString();
        if (status != 200 && status != 400) {
            fail(what + " [" + describe(payload) + "] got HTTP " + status + ": " + abbreviate(text));
        }
        JsonObject json;
        try (JsonReader reader = jsonProvider().createReader(new StringReader(text))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            throw new AssertionError(
                    what + " [" + describe(payload) + "] answered no JSON object: " + abbreviate(text), e);
        }
        assertTrue(json.containsKey("data") || json.containsKey("errors"), what + ": " + abbreviate(text));
        if (json.containsKey("errors")) {
            for (JsonValue error : json.getJsonArray("errors")) {
                JsonObject e = error.asJsonObject();
                String message = e.getString("message", "");
                String withoutPayload = payload.isEmpty()
                        ? message
                        : message.replace(payload, "").replace(payload.strip(), "");
                for (String marker : LEAK_MARKERS) {
                    assertFalse(
                            withoutPayload.contains(marker) && !payload.contains(marker),
                            what + " [" + describe(payload) + "] leaks '" + marker + "': " + abbreviate(message));
                }
                JsonObject extensions = e.getJsonObject("extensions");
                if (extensions != null) {
                    assertTrue(
                            Set.of("code", "classification").containsAll(extensions.keySet()),
                            what + " extensions: " + extensions.keySet());
                    // our codes are UPPER_CASE; SmallRye names an exception it does not know in kebab-case
                    assertTrue(
                            !extensions.containsKey("code")
                                    || extensions.getString("code").matches("[A-Z_]+"),
                            what + " [" + describe(payload) + "] has an unmapped error: " + abbreviate(text));
                }
            }
        }
        return json;
    }

    private void checkRejected(byte[] body, String what) {
        Response response = send(body, null);
        assertEquals(400, response.statusCode(), what + ": " + abbreviate(response.asString()));
        assertEquals("BAD_REQUEST", response.jsonPath().getString("errors[0].extensions.code"), what);
    }

    private static Response send(byte[] body, String apiKey) {
        var request = given().header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .body(body);
        if (apiKey != null) {
            request = request.header("X-API-Key", apiKey);
        }
        return request.post("/graphql");
    }

    private static byte[] body(String query, Map<String, Object> variables) {
        StringBuilder json =
                new StringBuilder("{\"query\":").append(jsonString(query)).append(",\"variables\":{");
        boolean first = true;
        for (Map.Entry<String, Object> entry : variables.entrySet()) {
            json.append(first ? "" : ",")
                    .append(jsonString(entry.getKey()))
                    .append(':')
                    .append(jsonString((String) entry.getValue()));
            first = false;
        }
        return json.append("}}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A body whose variable {@code name} is the given bytes, unvalidated, between JSON quotes. */
    private static byte[] raw(String query, String name, byte[] valueBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("{\"query\":" + jsonString(query) + ",\"variables\":{" + jsonString(name) + ":\"")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(valueBytes);
        out.writeBytes("\"}}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** JSON string with everything outside printable ASCII escaped, so even unpaired surrogates travel exactly. */
    static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A GraphQL string literal, escaped as the GraphQL spec has it. */
    static String graphqlString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    // ---- targets: the String and ID arguments of the root queries, from introspection ---------------------------

    /** One argument of one root field; the others it requires get harmless values. */
    record Target(String field, String argument, String argumentType, List<String[]> otherRequired, boolean leaf) {

        String selection() {
            return leaf ? "" : " { __typename }";
        }

        String others() {
            StringBuilder s = new StringBuilder();
            for (String[] other : otherRequired) {
                s.append(", ").append(other[0]).append(": ").append(other[1]);
            }
            return s.toString();
        }

        byte[] asVariable(String payload) {
            String query = "query Fuzz($v: " + argumentType + ") { " + field + "(" + argument + ": $v" + others() + ")"
                    + selection() + " }";
            return body(query, Map.of("v", payload));
        }

        byte[] inline(String payload) {
            String query =
                    "{ " + field + "(" + argument + ": " + graphqlString(payload) + others() + ")" + selection() + " }";
            return body(query, Map.of());
        }

        byte[] rawVariable(byte[] valueBytes) {
            String query = "query Fuzz($v: " + argumentType + ") { " + field + "(" + argument + ": $v" + others() + ")"
                    + selection() + " }";
            return raw(query, "v", valueBytes);
        }

        @Override
        public String toString() {
            return field + "(" + argument + ")";
        }
    }

    private List<Target> queryTargets() {
        String introspection =
                "{ __schema { queryType { fields { name type { ...T } args { name type { ...T } } } } } }"
                        + " fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";
        JsonObject answer = check(body(introspection, Map.of()), null, "", "introspection");
        List<Target> targets = new ArrayList<>();
        for (JsonValue f : answer.getJsonObject("data")
                .getJsonObject("__schema")
                .getJsonObject("queryType")
                .getJsonArray("fields")) {
            JsonObject field = f.asJsonObject();
            String name = field.getString("name");
            boolean leaf = Set.of("SCALAR", "ENUM").contains(namedKind(field.getJsonObject("type")));
            List<JsonObject> args = field.getJsonArray("args").getValuesAs(JsonObject.class);
            for (JsonObject arg : args) {
                String typeName = namedName(arg.getJsonObject("type"));
                if (!(typeName.equals("String") || typeName.equals("ID")) || isList(arg.getJsonObject("type"))) {
                    continue;
                }
                List<String[]> others = new ArrayList<>();
                boolean feasible = true;
                for (JsonObject other : args) {
                    if (other == arg
                            || !"NON_NULL".equals(other.getJsonObject("type").getString("kind"))) {
                        continue;
                    }
                    String otherType = namedName(other.getJsonObject("type"));
                    switch (otherType) {
                        case "String", "ID" ->
                            others.add(new String[] {other.getString("name"), "\"person:nobody-at-all\""});
                        case "Int" -> others.add(new String[] {other.getString("name"), "1"});
                        case "Boolean" -> others.add(new String[] {other.getString("name"), "false"});
                        default -> feasible = false;
                    }
                }
                if (feasible) {
                    targets.add(new Target(
                            name, arg.getString("name"), typeString(arg.getJsonObject("type")), others, leaf));
                }
            }
        }
        return targets;
    }

    private static String typeString(JsonObject type) {
        return "NON_NULL".equals(type.getString("kind"))
                ? typeString(type.getJsonObject("ofType")) + "!"
                : type.getString("name");
    }

    private static boolean isList(JsonObject type) {
        for (JsonObject t = type;
                t != null && t.get("kind") != null;
                t = t.get("ofType") instanceof JsonObject o ? o : null) {
            if ("LIST".equals(t.getString("kind"))) {
                return true;
            }
        }
        return false;
    }

    private static JsonObject named(JsonObject type) {
        JsonObject t = type;
        while (t.get("ofType") instanceof JsonObject inner) {
            t = inner;
        }
        return t;
    }

    private static String namedName(JsonObject type) {
        return named(type).getString("name", "");
    }

    private static String namedKind(JsonObject type) {
        return named(type).getString("kind", "");
    }

    // ---- payloads ------------------------------------------------------------------------------------------------

    static final List<String> FRAGMENTS = List.of(
            "'",
            "\"",
            "\\",
            ")",
            "}",
            "]",
            "//",
            "/*",
            "*/",
            "MATCH (n) DETACH DELETE n",
            "$param",
            "$id",
            "`",
            "``",
            "{id: $id}",
            "\u0000",
            "\u202E",
            "\u200F",
            "\u200E",
            "\u2066",
            "\u0007",
            "\u001B[31m",
            "\r\n",
            "\t",
            "CALL db.clearQueryCaches()",
            "*:*",
            "OR 1=1",
            "--",
            "#",
            "\"\"\"",
            "...",
            "@include(if: true)",
            "${",
            "%00",
            "%s%n",
            "😀",
            "\uFEFF",
            "\uFFFF",
            "\uFFFD",
            "é",
            "ǅ",
            "\u0301",
            "日本語",
            "article:",
            "person:",
            "RETURN 1 AS x UNION MATCH (n) RETURN n",
            "WITH 1 AS x",
            "}) RETURN n //",
            "') DETACH DELETE n //");

    /** Fixed payloads that target one thing each, then random combinations from the seed. */
    static List<String> payloads() {
        List<String> payloads = new ArrayList<>(List.of(
                "' \" \\ ) } ] // MATCH (n) DETACH DELETE n",
                "') MATCH (n) DETACH DELETE n //",
                "\"}) MATCH (n) DETACH DELETE n WITH 1 AS x MATCH (m {id: \"",
                "$param",
                "`Person`) DETACH DELETE n //",
                "\u0000",
                "a\u0000b",
                "\u202Eevil\u202C and \u200Fmarks\u200E",
                "\u0001\u0002\u0007\b\f\n\r\t\u001B[31m\u007F",
                "name:* OR id:*",
                "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
                "\") { __typename } mutation { ingestArticle(input: {text: \"x\"}) { created } } #",
                "article:' OR 1=1 --",
                "person:\" }) RETURN n //",
                "",
                "   ",
                "😀 日本語 ǅ e\u0301"));
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_PAYLOADS; i++) {
            StringBuilder p = new StringBuilder();
            int parts = 1 + random.nextInt(4);
            for (int j = 0; j < parts; j++) {
                p.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                if (random.nextBoolean()) {
                    p.appendCodePoint(random.nextBoolean() ? ' ' + random.nextInt(95) : 0x80 + random.nextInt(0x2F80));
                }
            }
            payloads.add(p.toString());
        }
        return payloads;
    }

    static List<String> hugePayloads() {
        return List.of("A".repeat(100_000), "'".repeat(100_000), "MATCH (n) DETACH DELETE n ".repeat(4_000));
    }

    // ---- graph checks --------------------------------------------------------------------------------------------

    private void assertCanaryIntact() {
        List<Record> records = driver.executableQuery("MATCH (a:FuzzCanary {id: 'canary'})-[r:FUZZ_LINK]->"
                        + "(b:FuzzCanary {id: 'canary-2'}) RETURN a.note AS a, r.note AS r")
                .execute()
                .records();
        assertEquals(1, records.size(), "the canary and its relationship are still there");
        assertEquals("must survive", records.get(0).get("a").asString());
        assertEquals("must survive", records.get(0).get("r").asString());
    }

    private long count(String query) {
        return driver.executableQuery(query).execute().records().get(0).get("c").asLong();
    }

    private Set<String> ids(String query) {
        Set<String> ids = new HashSet<>();
        driver.executableQuery(query)
                .execute()
                .records()
                .forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    private static String describe(String payload) {
        StringBuilder s = new StringBuilder();
        payload.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x200E && c <= 0x206F) || c == 0xFEFF) {
                s.append(String.format("\\u%04X", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return payload.length() > 80 ? s + "… (" + payload.length() + " chars)" : s.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
