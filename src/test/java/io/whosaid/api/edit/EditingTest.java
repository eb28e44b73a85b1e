package io.whosaid.api.edit;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.errorCode;
import static io.whosaid.support.GraphQL.postAs;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.GraphDump;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Editing through the GraphQL endpoint with an editor key, against the real Neo4j: merges and their exact undo,
 * the rule a merge leaves for later ingests, quote corrections and their status, the edit log, and refusals that
 * change nothing.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class EditingTest {

    static final String INGEST =
            "mutation($t: String!, $u: String) { ingestArticle(input: {text: $t, url: $u}) { article { id } } }";
    static final String EDIT_FIELDS = "{ id author kind subjects targets reason undone undoes undoneBy before after }";

    @Inject
    Driver driver;

    static String ingest(String text, String url) {
        return data(INGEST, vars("t", text, "u", url)).getString("data.ingestArticle.article.id");
    }

    static String personNamed(String name) {
        List<Map<String, Object>> found = data(
                        "query($n: String!) { people(name: $n, first: 20) { edges { node { id name } } } }",
                        vars("n", name))
                .getList("data.people.edges.node");
        return found.stream()
                .filter(p -> name.equals(p.get("name")))
                .map(p -> (String) p.get("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no person named " + name + " among " + found));
    }

    static JsonPath edit(String mutation, Map<String, Object> variables) {
        return data(mutation, variables);
    }

    @Test
    void aMergeMovesEverythingAndItsUndoRestoresTheGraphExactly() {
        ingest("""
                Ferry Tolls Rise Again

                Council split on the harbour budget

                “The tolls will rise in March,” said Teodora Vasquez-Lind, treasurer of the Quayside Authority. “Nobody likes it.”

                Rafe Okonkwo, a council member, said the rise was too steep for Teodora Vasquez-Lind.

                Source: The Harbour Post
                """, "https://edit-test.example/merge-1");
        ingest("""
                Quayside Budget Passes

                The treasurer defends the books

                “We balanced the books,” said Teodora Lind, treasurer of the Quayside Authority.

                Source: The Harbour Post
                """, "https://edit-test.example/merge-2");
        String full = personNamed("Teodora Vasquez-Lind");
        String short_ = personNamed("Teodora Lind");
        int saidBefore = said(full) + said(short_);
        List<String> before = GraphDump.of(driver);

        JsonPath merged = edit(
                "mutation($into: ID!, $ids: [String!]!) { mergeEntities(into: $into, ids: $ids, reason: \"one person\") "
                        + EDIT_FIELDS + " }",
                vars("into", short_, "ids", List.of(full)));
        String editId = merged.getString("data.mergeEntities.id");
        assertEquals("test-editor", merged.getString("data.mergeEntities.author"));
        assertEquals("MERGE_ENTITIES", merged.getString("data.mergeEntities.kind"));
        assertEquals("one person", merged.getString("data.mergeEntities.reason"));

        assertNull(
                data("query($id: ID!) { person(id: $id) { id } }", vars("id", full))
                        .get("data.person"),
                "the merged-away person is gone");
        JsonPath kept = data(
                "query($id: ID!) { person(id: $id) { name aliases affiliations { organization { name } } } }",
                vars("id", short_));
        assertTrue(kept.getList("data.person.aliases").contains("Teodora Vasquez-Lind"), kept.prettify());
        assertEquals(saidBefore, said(short_), "every quote the two said is the kept one's");
        assertEquals(
                1,
                data("query($id: ID!) { quotes(aboutId: $id, first: 50) { totalCount } }", vars("id", full))
                                        .getInt("data.quotes.totalCount")
                                == 0
                        ? 1
                        : 0,
                "nothing is about the merged-away id any more");

        List<Map<String, Object>> history = data("query($id: ID!) { history(id: $id) { id kind } }", vars("id", full))
                .getList("data.history");
        assertEquals(editId, history.get(0).get("id"), "the merged-away id keeps its history");
        assertTrue(data("{ edits(by: \"test-editor\", first: 100) { totalCount edges { node { id } } } }")
                .getList("data.edits.edges.node.id")
                .contains(editId));

        JsonPath split = edit("mutation($id: ID!) { splitEntity(id: $id) " + EDIT_FIELDS + " }", vars("id", short_));
        assertEquals("SPLIT_ENTITY", split.getString("data.splitEntity.kind"));
        assertEquals(editId, split.getString("data.splitEntity.undoes"));
        assertEquals(
                before, GraphDump.of(driver), "the split restores every node and relationship with every property");
        assertTrue(data("query($id: ID!) { history(id: $id) { id undone undoneBy } }", vars("id", full))
                .getBoolean("data.history.find { it.id == '" + editId + "' }.undone"));
        assertEquals("NOT_MERGED", errorCode("mutation($id: ID!) { splitEntity(id: $id) { id } }", vars("id", short_)));
    }

    @Test
    void aMergeIsARuleForLaterArticles() {
        ingest("""
                Lighthouse Keeper Retires

                Forty years on the rock

                “I will miss the gulls,” said Osric Pembleton-Hale, keeper of the Gannet Rock light.

                Source: The Harbour Post
                """, "https://edit-test.example/rule-1");
        ingest("""
                New Keeper Named

                The rock gets a new keeper

                “He taught me everything,” said Osric Hale about the new keeper.

                Source: The Harbour Post
                """, "https://edit-test.example/rule-2");
        String full = personNamed("Osric Pembleton-Hale");
        String short_ = personNamed("Osric Hale");
        edit(
                "mutation($into: ID!, $ids: [String!]!) { mergeEntities(into: $into, ids: $ids) { id } }",
                vars("into", full, "ids", List.of(short_)));

        String article = ingest("""
                Keeper Honoured

                A plaque on the pier

                “It is a fine plaque,” said Osric Hale, smiling.

                Source: The Harbour Post
                """, "https://edit-test.example/rule-3");
        List<String> speakers = data(
                        "query($id: ID!) { article(id: $id) { quotes { edges { node { speaker { id } } } } } }",
                        vars("id", article))
                .getList("data.article.quotes.edges.node.speaker.id");
        assertTrue(
                speakers.contains(full),
                "the next article naming the merged-away name lands in the kept node: " + speakers);
        assertNull(
                data("query($id: ID!) { person(id: $id) { id } }", vars("id", short_))
                        .get("data.person"),
                "the merged-away node is not created again");
        List<String> around = data(
                        "query($id: ID!) { neighborhood(id: $id, hops: 2) { nodes { type } edges { type } } }",
                        vars("id", full))
                .getList("data.neighborhood.nodes.type");
        assertTrue(around.containsAll(List.of("Person", "Quote", "Article")), around.toString());
        assertTrue(
                data(
                                        "query($id: ID!, $to: ID!) { path(fromId: $id, toId: $to) { nodes { id } } }",
                                        vars("id", full, "to", article))
                                .getList("data.path.nodes.id")
                                .size()
                        >= 2,
                "the edit log is history, not a connection");
    }

    @Test
    void quoteCorrectionsSetTheStatusAndUndoInOrder() {
        String article = ingest("""
                Harbour Dredging Delayed

                Silt blocks the channel

                “The dredger is broken,” said Ines Marrow-Tate, engineer at the Silt Works.

                Source: The Harbour Post
                """, "https://edit-test.example/quote-1");
        String engineer = personNamed("Ines Marrow-Tate");
        String quote = data(
                        "query($id: ID!) { article(id: $id) { quotes { edges { node { id status } } } } }",
                        vars("id", article))
                .getString("data.article.quotes.edges[0].node.id");
        assertEquals(
                "EXTRACTED",
                data(
                                "query($id: ID!) { article(id: $id) { quotes { edges { node { status } } } } }",
                                vars("id", article))
                        .getString("data.article.quotes.edges[0].node.status"));

        String speakerEdit = edit(
                        "mutation($id: ID!) { setQuoteSpeaker(id: $id, unnamedSource: \"a port official\") { id } }",
                        vars("id", quote))
                .getString("data.setQuoteSpeaker.id");
        JsonPath corrected = data(
                "query($id: ID!) { node(id: $id) { ... on Quote { status unnamedSource speaker { id } } } }",
                vars("id", quote));
        assertEquals("CORRECTED", corrected.getString("data.node.status"));
        assertEquals("a port official", corrected.getString("data.node.unnamedSource"));
        assertNull(corrected.get("data.node.speaker"));

        String retractEdit = edit(
                        "mutation($id: ID!) { retractQuote(id: $id, reason: \"never said\") { id } }",
                        vars("id", quote))
                .getString("data.retractQuote.id");
        assertEquals(
                "RETRACTED",
                data("query($id: ID!) { node(id: $id) { ... on Quote { status } } }", vars("id", quote))
                        .getString("data.node.status"));

        JsonPath refused = GraphQL.post("mutation($id: ID!) { undoEdit(id: $id) { id } }", vars("id", speakerEdit));
        assertEquals("EDIT_DEPENDED_ON", refused.getString("errors[0].extensions.code"));
        assertTrue(refused.getString("errors[0].message").contains(retractEdit), refused.prettify());

        edit("mutation($id: ID!) { undoEdit(id: $id) { id } }", vars("id", retractEdit));
        edit("mutation($id: ID!) { undoEdit(id: $id) { id } }", vars("id", speakerEdit));
        JsonPath restored = data(
                "query($id: ID!) { node(id: $id) { ... on Quote { status unnamedSource speaker { id } } } }",
                vars("id", quote));
        assertEquals("EXTRACTED", restored.getString("data.node.status"));
        assertEquals(engineer, restored.getString("data.node.speaker.id"));
        assertEquals(
                "BAD_INPUT",
                errorCode("mutation($id: ID!) { undoEdit(id: $id) { id } }", vars("id", speakerEdit)),
                "an edit is undone once");
        List<String> kinds = data("query($id: ID!) { history(id: $id) { kind } }", vars("id", quote))
                .getList("data.history.kind");
        assertEquals(List.of("UNDO", "UNDO", "RETRACT_QUOTE", "SET_QUOTE_SPEAKER"), kinds);
    }

    @Test
    void badEditsAreRefusedWithACodeAndChangeNothing() {
        String article = ingest("""
                Tide Tables Misprinted

                The almanac apologises

                “We printed last year's tides,” said Corin Ashgrove-Pell, editor of the Tide Almanac.

                Source: The Harbour Post
                """, "https://edit-test.example/bad-1");
        String editor = personNamed("Corin Ashgrove-Pell");
        List<String> before = GraphDump.of(driver);
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "mutation($id: ID!, $ids: [String!]!) { mergeEntities(into: $id, ids: $ids) { id } }",
                        vars("id", editor, "ids", List.of(editor))));
        assertEquals(
                "NOT_FOUND",
                errorCode(
                        "mutation($id: ID!) { mergeEntities(into: $id, ids: [\"person:nobody-at-all\"]) { id } }",
                        vars("id", editor)));
        assertEquals("NOT_FOUND", errorCode("mutation { retractQuote(id: \"quote:none\") { id } }", Map.of()));
        assertEquals("NOT_FOUND", errorCode("mutation { undoEdit(id: \"edit:999999\") { id } }", Map.of()));
        assertEquals("NOT_MERGED", errorCode("mutation($id: ID!) { splitEntity(id: $id) { id } }", vars("id", editor)));
        assertEquals(
                "BAD_INPUT",
                errorCode("mutation($id: ID!) { renameEntity(id: $id, name: \"  \") { id } }", vars("id", editor)));
        int status = postAs(
                        GraphQL.READER_KEY,
                        "mutation($id: ID!) { renameEntity(id: $id, name: \"X\") { id } }",
                        vars("id", editor))
                .statusCode();
        assertEquals(403, status, "a reader key may not edit");
        assertEquals(before, GraphDump.of(driver), "no refused edit changed anything");
        assertNotNull(article);
        assertFalse(before.isEmpty());
    }

    @Test
    void correctionsSurviveAReingestOfTheSameUrlWithANewText() {
        String url = "https://edit-test.example/reingest";
        String first = """
                Pier Repairs Begin

                Cranes arrive at dawn

                “The pier will reopen in May,” said Helga Stroud-Amsel, director of the Pier Trust.

                “We were not consulted,” said Milo Fenwick-Tarr, owner of the Dockside Cafe.

                Source: The Harbour Post
                """;
        String article = ingest(first, url);
        List<Map<String, Object>> quotes = data(
                        "query($id: ID!) { article(id: $id) { quotes { edges { node { id text } } } } }",
                        vars("id", article))
                .getList("data.article.quotes.edges.node");
        String reopen = idOfQuote(quotes, "The pier will reopen in May");
        String consulted = idOfQuote(quotes, "We were not consulted");
        edit("mutation($id: ID!) { retractQuote(id: $id) { id } }", vars("id", reopen));
        edit(
                "mutation($id: ID!) { setQuoteSpeaker(id: $id, unnamedSource: \"a cafe worker\") { id } }",
                vars("id", consulted));

        String second = first.replace(
                "Cranes arrive at dawn\n\n",
                "Cranes arrive at dawn\n\nWork began on Monday after months of delay.\n\n");
        assertEquals(article, ingest(second, url), "the same url is the same article");
        JsonPath now = data(
                "query($id: ID!) { article(id: $id) { text"
                        + " quotes(statuses: [EXTRACTED, CONFIRMED, CORRECTED, RETRACTED]) { edges { node { id text status unnamedSource speaker { id } } } } } }",
                vars("id", article));
        assertTrue(now.getString("data.article.text").contains("months of delay"), "the new text replaced the old");
        List<Map<String, Object>> after = now.getList("data.article.quotes.edges.node");
        Map<String, Object> retracted = quoteWithText(after, "The pier will reopen in May");
        Map<String, Object> corrected = quoteWithText(after, "We were not consulted");
        assertFalse(reopen.equals(retracted.get("id")), "the re-ingest made new quotes (new offsets)");
        assertEquals("RETRACTED", retracted.get("status"));
        assertEquals("CORRECTED", corrected.get("status"));
        assertEquals("a cafe worker", corrected.get("unnamedSource"));
        assertNull(corrected.get("speaker"), "the corrected speaker stays corrected");
        List<String> kinds = data("query($id: ID!) { history(id: $id) { kind } }", vars("id", retracted.get("id")))
                .getList("data.history.kind");
        assertEquals(List.of("RETRACT_QUOTE"), kinds, "the new quote carries the old one's history");
    }

    @Test
    void concurrentEditorsOnOverlappingEntitiesLoseNothing() throws Exception {
        ingest("""
                Regatta Cancelled

                Storm warnings for the weekend

                “The boats stay in,” said Anouk Tregarth, race officer of the Bay Yacht Club.

                Pell Norquist, captain of the Gull, said that Anouk Tregarth was right, and Saskia Lowenby agreed.

                “Safety first,” said Saskia Lowenby, harbour master of the Bay Port.

                Source: The Harbour Post
                """, "https://edit-test.example/concurrent-1");
        List<String> people =
                List.of(personNamed("Anouk Tregarth"), personNamed("Saskia Lowenby"), personNamed("Pell Norquist"));
        int clients = 12;
        int perClient = 4;
        long editsBefore = data("{ edits(first: 1) { totalCount } }").getLong("data.edits.totalCount");
        java.util.Set<String> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();
        atOnce(clients, (client, key) -> {
            for (int i = 0; i < perClient; i++) {
                String person = people.get((client + i) % people.size());
                String alias = "Alias " + client + "-" + i;
                JsonPath answer = postAs(
                                key,
                                "mutation($id: ID!, $a: String!) { addAlias(id: $id, alias: $a) { id } }",
                                vars("id", person, "a", alias))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                assertNull(answer.get("errors"), answer.prettify());
                sent.add(person + "|" + alias);
            }
            // every third client also re-ingests an article naming the same people meanwhile
            if (client % 3 == 0) {
                ingest("""
                        Storm Passes

                        The bay is calm again

                        “We sail on Sunday,” said Anouk Tregarth, race officer of the Bay Yacht Club.

                        Source: The Harbour Post
                        """ + "\nUpdate " + client + ".\n", "https://edit-test.example/concurrent-2");
            }
        });
        java.util.Set<String> stored = new java.util.HashSet<>();
        for (String person : people) {
            data("query($id: ID!) { person(id: $id) { aliases } }", vars("id", person))
                    .getList("data.person.aliases", String.class)
                    .forEach(a -> stored.add(person + "|" + a));
        }
        assertTrue(stored.containsAll(sent), "every alias added by every editor is kept");
        assertEquals(clients * perClient, sent.size());
        long editsAfter = data("{ edits(first: 1) { totalCount } }").getLong("data.edits.totalCount");
        assertEquals(clients * perClient, editsAfter - editsBefore, "one edit recorded per acknowledged change");
        List<Long> seqs =
                driver.executableQuery("MATCH (e:Edit) RETURN e.seq AS seq ORDER BY seq").execute().records().stream()
                        .map(r -> r.get("seq").asLong())
                        .toList();
        assertEquals(seqs.size(), new java.util.HashSet<>(seqs).size(), "edit numbers are unique");
        assertTrue(
                io.whosaid.support.GraphChecks.duplicateIds(driver).values().stream()
                        .allMatch(n -> n == 0),
                "no id is held by two nodes");
        java.util.Set<String> authors =
                new java.util.HashSet<>(data("{ edits(first: 100) { edges { node { author } } } }")
                        .getList("data.edits.edges.node.author", String.class));
        assertTrue(
                authors.containsAll(List.of("test-editor", "second-editor")),
                "each key's name is its edits' author: " + authors);
    }

    /**
     * Editors of two keys at once, each making edits of several kinds on the same people and quote: every acknowledged
     * edit is recorded, the last description written is the one stored, and undoing every edit, newest first, gives
     * back the graph exactly as it was, which it would not if an edit had been made from a stale read.
     */
    @Test
    void manyEditorsOfMixedEditsOnTheSameNodesLoseNothingAndUndoToTheStartExactly() throws Exception {
        String article = ingest("""
                Ferry Strike Called Off

                Crossings resume

                “The boats run tomorrow,” said Wenna Polglase-Trew, chair of the Ferry Crews.

                Jory Trembath-Keast, a skipper, said the deal was fair.

                Source: The Harbour Post
                """, "https://edit-test.example/concurrent-mixed");
        List<String> people = List.of(personNamed("Wenna Polglase-Trew"), personNamed("Jory Trembath-Keast"));
        String quote = data(
                        "query($id: ID!) { article(id: $id) { quotes { edges { node { id } } } } }",
                        vars("id", article))
                .getString("data.article.quotes.edges[0].node.id");
        List<String> before = GraphDump.of(driver);
        int clients = 8;
        int perClient = 4;
        java.util.Map<String, String> descriptions = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Set<String> aliases = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        atOnce(clients, (client, key) -> {
            for (int i = 0; i < perClient; i++) {
                // each person is edited by half the clients, each client making every kind of edit
                String person = people.get(client % people.size());
                String tag = client + "-" + i;
                JsonPath answer = switch ((client + i) % 4) {
                    case 0 ->
                        postAs(
                                        key,
                                        "mutation($id: ID!, $a: String!) { addAlias(id: $id, alias: $a) { id } }",
                                        vars("id", person, "a", "Alias " + tag))
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                    case 1 ->
                        postAs(
                                        key,
                                        "mutation($id: ID!, $d: String) { setEntityDescription(id: $id, description: $d) { id } }",
                                        vars("id", person, "d", "Description " + tag))
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                    case 2 ->
                        postAs(
                                        key,
                                        "mutation($id: ID!, $s: ID) { setQuoteSpeaker(id: $id, speakerId: $s) { id } }",
                                        vars("id", quote, "s", person))
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                    default ->
                        postAs(
                                        key,
                                        "mutation($id: ID!, $k: QuoteKind!) { setQuoteKind(id: $id, kind: $k) { id } }",
                                        vars("id", quote, "k", i % 2 == 0 ? "PARTIAL" : "DIRECT"))
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                };
                assertNull(answer.get("errors"), answer.prettify());
                String id = ((Map<?, ?>)
                                answer.getMap("data").values().iterator().next())
                        .get("id")
                        .toString();
                acknowledged.add(id);
                if ((client + i) % 4 == 1) {
                    descriptions.put(id, person + "|Description " + tag);
                } else if ((client + i) % 4 == 0) {
                    aliases.add(person + "|Alias " + tag);
                }
            }
        });
        assertEquals(clients * perClient, acknowledged.size(), "one edit per acknowledged request");
        java.util.Set<String> stored = new java.util.HashSet<>();
        for (String person : people) {
            JsonPath now = data("query($id: ID!) { person(id: $id) { aliases description } }", vars("id", person));
            now.getList("data.person.aliases", String.class).forEach(a -> stored.add(person + "|" + a));
            String last = descriptions.entrySet().stream()
                    .filter(e -> e.getValue().startsWith(person + "|"))
                    .max(java.util.Comparator.comparingLong(e -> seq(e.getKey())))
                    .map(e -> e.getValue().substring(person.length() + 1))
                    .orElse(null);
            assertEquals(last, now.getString("data.person.description"), "the description of the last edit is stored");
        }
        assertTrue(stored.containsAll(aliases), "every alias added is kept");
        List<String> newestFirst = acknowledged.stream()
                .sorted(java.util.Comparator.comparingLong(EditingTest::seq).reversed())
                .toList();
        for (String id : newestFirst) {
            data("mutation($id: ID!) { undoEdit(id: $id) { id } }", vars("id", id));
        }
        assertEquals(before, GraphDump.of(driver), "undoing every edit, newest first, gives back the graph exactly");
    }

    /** What one of several clients does, given its number and the editor key it uses (two keys, alternately). */
    @FunctionalInterface
    interface Client {
        void run(int client, String key) throws Exception;
    }

    /** Runs the clients, started at once, and waits for every one of them (their failures are the test's). */
    static void atOnce(int clients, Client work) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(clients);
        try {
            List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    start.await();
                    work.run(client, client % 2 == 0 ? GraphQL.EDITOR_KEY : "test-editor-2-key");
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> future : futures) {
                future.get(5, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long seq(String editId) {
        return Long.parseLong(editId.substring(editId.indexOf(':') + 1));
    }

    @Test
    void twoEditorsMergingTheSamePairEachWayAtOnceLeaveOneEntity() throws Exception {
        ingest("""
                Ferry Captain Honoured

                A medal for forty crossings

                “I only did my job,” said Brannoc Quillfeather, captain of the Morning Star.

                Source: The Harbour Post
                """, "https://edit-test.example/race-1");
        ingest("""
                Medal Ceremony Held

                Crowds at the quay

                “He saved my boat,” said Brannoc Quill-Feather, smiling.

                Source: The Harbour Post
                """, "https://edit-test.example/race-2");
        String a = personNamed("Brannoc Quillfeather");
        String b = personNamed("Brannoc Quill-Feather");
        int saidBefore = said(a) + said(b);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        try {
            java.util.concurrent.Future<JsonPath> one = pool.submit(() -> {
                start.await();
                return merge(GraphQL.EDITOR_KEY, a, b);
            });
            java.util.concurrent.Future<JsonPath> two = pool.submit(() -> {
                start.await();
                return merge("test-editor-2-key", b, a);
            });
            List<JsonPath> answers = List.of(
                    one.get(2, java.util.concurrent.TimeUnit.MINUTES),
                    two.get(2, java.util.concurrent.TimeUnit.MINUTES));
            long succeeded =
                    answers.stream().filter(j -> j.get("errors") == null).count();
            assertEquals(1, succeeded, "one merge wins");
            JsonPath lost = answers.stream()
                    .filter(j -> j.get("errors") != null)
                    .findFirst()
                    .orElseThrow();
            assertEquals("NOT_FOUND", lost.getString("errors[0].extensions.code"), lost.prettify());
        } finally {
            pool.shutdownNow();
        }
        List<String> left = driver
                .executableQuery("MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id")
                .withParameters(Map.of("ids", List.of(a, b)))
                .execute()
                .records()
                .stream()
                .map(r -> r.get("id").asString())
                .toList();
        assertEquals(1, left.size(), "one of the two is left: " + left);
        assertEquals(saidBefore, said(left.get(0)), "no quote lost");
    }

    private static JsonPath merge(String key, String into, String other) {
        return postAs(
                        key,
                        "mutation($into: ID!, $ids: [String!]!) { mergeEntities(into: $into, ids: $ids) { id } }",
                        vars("into", into, "ids", List.of(other)))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String idOfQuote(List<Map<String, Object>> quotes, String text) {
        return (String) quoteWithText(quotes, text).get("id");
    }

    private static Map<String, Object> quoteWithText(List<Map<String, Object>> quotes, String text) {
        return quotes.stream()
                .filter(q -> String.valueOf(q.get("text")).contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote with " + text + " in " + quotes));
    }

    private static int said(String id) {
        return data("query($id: ID!) { person(id: $id) { said(first: 100) { totalCount } } }", vars("id", id))
                .getInt("data.person.said.totalCount");
    }
}
