package io.whosaid.api.live;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.NodePackage;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real front end's client: Apollo Client 4 from npm (scripts/apollo, pinned by its package-lock.json) with an
 * InMemoryCache whose possibleTypes come from this schema by introspection, run against the test service. One person
 * read by two queries is one cache object that the second query updates; relayStylePagination walks a publisher's
 * articles page by page while another user ingests one, without a duplicate or a gap; the subscription over
 * graphql-transport-ws receives that ingest. The script prints a JSON line per step; this test checks them.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ApolloClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 5;
    private static final int PAGE_SIZE = 2;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void apolloClientCachesPagesAndSubscribes() throws Exception {
        Path work = NodePackage.install(
                Path.of("scripts/apollo"),
                Path.of("target/apollo-client"),
                List.of("package.json", "package-lock.json", "apollo-check.mjs"),
                "node_modules/@apollo/client/package.json");

        String unique = letters(System.nanoTime());
        String surname = "Marr" + unique;
        String publisher = "Corrow" + unique + " Gazette";
        List<String> ingested = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            ingested.add(ingest(article("Harbour Wall Report " + unique + " part " + (i + 1), surname, publisher, i)));
        }
        JsonPath first = data(
                "query($id: ID!) { article(id: $id) { publisher { id }"
                        + " quotes { edges { node { speaker { ... on Person { id name } } } } } } }",
                vars("id", ingested.get(0)));
        String personId = first.getString("data.article.quotes.edges[0].node.speaker.id");
        String publisherId = first.getString("data.article.publisher.id");
        assertNotNull(personId, "the article's quote has a person as speaker");
        assertNotNull(publisherId);
        String newName = "Edda " + surname + "-Vell";

        Map<String, Object> input = new HashMap<>();
        input.put("personId", personId);
        input.put("newName", newName);
        input.put("publisherId", publisherId);
        input.put("pageSize", PAGE_SIZE);
        input.put("insertText", article("Harbour Wall Report " + unique + " inserted", surname, publisher, ARTICLES));
        Map<String, JsonNode> steps = run(work, input);

        // possibleTypes generated from the schema: the interfaces with the types that implement them
        JsonNode possibleTypes = steps.get("possibleTypes").path("possibleTypes");
        assertEquals(new HashSet<>(List.of("Person", "Organization")), names(possibleTypes.path("Entity")));
        assertTrue(
                names(possibleTypes.path("Node"))
                        .containsAll(List.of("Article", "Person", "Organization", "Quote", "Comment", "Commenter")),
                possibleTypes.toString());

        // one cache object for the person, updated by the second query
        JsonNode normalization = steps.get("normalization");
        assertEquals("Person:" + personId, normalization.path("cacheId").asText());
        assertEquals(
                List.of("Person:" + personId),
                strings(normalization.path("entriesWithThatId")),
                normalization.toString());
        assertEquals("Person", normalization.path("secondTypename").asText());
        assertEquals(newName, normalization.path("secondName").asText());
        assertFalse(newName.equals(normalization.path("firstName").asText()));
        assertEquals(
                newName,
                normalization.at("/firstQueryFromCache/name").asText(),
                "the first query, read from the cache, shows what the second brought: " + normalization);
        assertEquals(
                ARTICLES,
                normalization.at("/firstQueryFromCache/said/totalCount").asInt(),
                normalization.toString());
        assertEquals(
                newName,
                normalization.at("/secondQueryFromCache/name").asText(),
                "the Entity fragment is read back from the cache (possibleTypes): " + normalization);

        // relayStylePagination: every article of the publisher once, newest first; the one ingested after page 1
        // sorts before page 1 and so belongs to no later page
        JsonNode paging = steps.get("paging");
        List<String> newestFirst = new ArrayList<>(ingested);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, strings(paging.path("merged")), paging.toString());
        assertEquals(3, paging.path("pages").size(), paging.toString());
        assertFalse(paging.path("mergedHasNextPage").asBoolean());
        String inserted = paging.path("inserted").asText();
        assertFalse(strings(paging.path("merged")).contains(inserted));
        assertEquals(
                inserted,
                data(
                                "query($p: [ID!]) { articles(first: 1, filter: {publisherIds: $p}) { edges { node { id } } } }",
                                vars("p", List.of(publisherId)))
                        .getString("data.articles.edges[0].node.id"),
                "a new walk starts with it");

        // the subscription received the ingest made while paging
        JsonNode subscription = steps.get("subscription");
        assertEquals(inserted, subscription.at("/event/id").asText(), subscription.toString());
        assertEquals(publisher, subscription.at("/event/publisher").asText());
        assertTrue(subscription.at("/event/created").asBoolean());
        assertEquals(0, subscription.path("other").size(), subscription.toString());
    }

    private static String article(String title, String surname, String publisher, int number) {
        return title + "\n\nThe harbour wall\n\nWork on the harbour wall went on for a day numbered " + (number + 1)
                + ", its engineer, Edda " + surname + ", said.\n\n“The wall holds for stretch " + (number + 1)
                + " of the sea,” "
                + surname + " said.\n\nSource: " + publisher + "\n";
    }

    private static String ingest(String text) {
        return data("mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }", vars("t", text))
                .getString("data.ingestArticle.article.id");
    }

    /** Runs the script to its end and returns its steps by name; fails on a failed step or a missing one. */
    private Map<String, JsonNode> run(Path work, Map<String, Object> input) throws IOException, InterruptedException {
        Path inputFile = Files.createTempFile(work.toAbsolutePath(), "input", ".json");
        Files.writeString(inputFile, JSON.writeValueAsString(input));
        Process process = new ProcessBuilder(
                        "node",
                        "apollo-check.mjs",
                        graphql.toString(),
                        graphql.toString().replaceFirst("^http", "ws"),
                        GraphQL.READER_KEY,
                        GraphQL.EDITOR_KEY,
                        inputFile.toAbsolutePath().toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        // read on another thread so that a hung script is ended by the deadline below
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(
                () -> {
                    try {
                        String all = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        synchronized (output) {
                            output.append(all);
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                },
                "apollo-check-output");
        reader.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            reader.join(10_000);
            fail("apollo-check.mjs did not finish in 5 minutes:\n" + output);
        }
        reader.join(10_000);
        Map<String, JsonNode> steps = new HashMap<>();
        for (String line : output.toString().split("\n")) {
            if (line.startsWith("{\"step\"")) {
                JsonNode step = JSON.readTree(line);
                steps.put(step.path("step").asText(), step);
            }
        }
        assertFalse(steps.containsKey("failed"), output.toString());
        assertEquals(0, process.exitValue(), output.toString());
        for (String step : List.of("possibleTypes", "normalization", "paging", "subscription", "done")) {
            assertTrue(steps.containsKey(step), "no " + step + " step in:\n" + output);
        }
        return steps;
    }

    private static HashSet<String> names(JsonNode array) {
        return new HashSet<>(strings(array));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** Lower-case letters for a number: a unique part of a name that the extraction keeps as one word. */
    private static String letters(long number) {
        StringBuilder letters = new StringBuilder();
        for (long n = number; n > 0 && letters.length() < 7; n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.toString();
    }
}
