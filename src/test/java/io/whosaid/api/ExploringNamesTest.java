package io.whosaid.api;

import static io.whosaid.support.GraphQL.EDITOR_KEY;
import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.errorCode;
import static io.whosaid.support.GraphQL.postAs;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.graph.CypherFile;
import io.whosaid.graph.migrations.MigrationRunner;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** people(filter:) and organizations(filter:) by name keys (issue 17): prefix, part, alias, accents, affiliation, orders. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ExploringNamesTest {

    private static final String INGEST =
            "mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id publisher { id } } } }";
    private static final String PEOPLE = "query($f: EntityFilter, $o: EntityOrder, $first: Int, $after: String) {"
            + " people(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount"
            + " edges { node { id name said { totalCount } } } pageInfo { hasNextPage endCursor } } }";

    @Inject
    Driver driver;

    String gazette;

    @BeforeEach
    void ingest() {
        gazette = data(
                        INGEST,
                        vars(
                                "t",
                                "Brnovice square to reopen\n\nA report from Brnovice.\n\n"
                                        + "“The square opens in May,” said Vladimír Kováčik, the mayor of Brnovice.\n\n"
                                        + "“We will pay for it,” Kováčik said.\n\n"
                                        + "“The budget is too small,” said Vladan Ostrožný, a councillor.\n\n"
                                        + "Source: Brnovice Namesgazette"))
                .getString("data.ingestArticle.article.publisher.id");
    }

    private static List<String> names(Map<String, Object> filter) {
        return data(PEOPLE, vars("f", filter, "first", 50)).getList("data.people.edges.node.name");
    }

    @Test
    void namesCompareIgnoringCaseAndAccents() {
        List<String> vlad = names(Map.of("nameStartsWith", "vlad"));
        assertTrue(vlad.contains("Vladimír Kováčik") && vlad.contains("Vladan Ostrožný"), vlad.toString());
        List<String> vladimir = names(Map.of("nameStartsWith", "VLADIMIR K"));
        assertTrue(vladimir.contains("Vladimír Kováčik"), vladimir.toString());
        assertFalse(vladimir.contains("Vladan Ostrožný"), vladimir.toString());
        assertTrue(names(Map.of("nameContains", "strozn")).contains("Vladan Ostrožný"));
        assertFalse(names(Map.of("nameContains", "strozn")).contains("Vladimír Kováčik"));
        assertTrue(names(Map.of("alias", "vladan ostrozny")).contains("Vladan Ostrožný"));
        assertFalse(names(Map.of("alias", "vladan")).contains("Vladan Ostrožný"), "alias matches a whole name only");
        assertEquals(
                0,
                data(PEOPLE, vars("f", Map.of("nameStartsWith", "strozny"))).getInt("data.people.totalCount"),
                "a prefix starts a name, not a word inside it");
    }

    @Test
    void ordersByNameQuotesAndRelevanceAndPages() {
        List<String> byName = names(Map.of("nameStartsWith", "vlad"));
        List<String> sorted = new ArrayList<>(byName);
        sorted.sort(String::compareTo);
        assertEquals(sorted, byName);
        JsonPath byQuotes =
                data(PEOPLE, vars("f", Map.of("nameStartsWith", "vlad"), "o", Map.of("field", "QUOTES"), "first", 50));
        List<Integer> counts = byQuotes.getList("data.people.edges.node.said.totalCount");
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), counts.toString());
        }
        JsonPath relevance = data(
                PEOPLE, vars("f", Map.of("nameContains", "vladan"), "o", Map.of("field", "RELEVANCE"), "first", 50));
        assertEquals("Vladan Ostrožný", relevance.getString("data.people.edges[0].node.name"));
        // keyset pages of one, through the whole filtered list: each once, in order
        List<String> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = data(
                    PEOPLE,
                    vars(
                            "f",
                            Map.of("nameStartsWith", "vlad"),
                            "o",
                            Map.of("field", "QUOTES"),
                            "first",
                            1,
                            "after",
                            after));
            paged.addAll(page.getList("data.people.edges.node.name"));
            more = page.getBoolean("data.people.pageInfo.hasNextPage");
            after = page.getString("data.people.pageInfo.endCursor");
        }
        assertEquals(byQuotes.getList("data.people.edges.node.name"), paged);
    }

    @Test
    void renamesAliasesAndAffiliationsAreFound() {
        String id = data(
                        INGEST,
                        vars(
                                "t",
                                "Ferry timetable changes\n\nA report.\n\n“The ferry will run hourly,” said Radomír Šťastný,"
                                        + " the harbour master.\n\nSource: Brnovice Namesgazette"))
                .getString("data.ingestArticle.article.id");
        String person = data("{ people(filter: {alias: \"radomir stastny\"}) { edges { node { id } } } }")
                .getString("data.people.edges[0].node.id");
        edit("mutation($id: ID!) { renameEntity(id: $id, name: \"Ondřej Šťastný\") { id } }", vars("id", person));
        edit("mutation($id: ID!) { addAlias(id: $id, alias: \"Rado Š.\") { id } }", vars("id", person));
        edit(
                "mutation($p: ID!, $o: ID!) { addAffiliation(personId: $p, organizationId: $o, role: \"columnist\") { id } }",
                vars("p", person, "o", gazette));
        assertTrue(names(Map.of("nameStartsWith", "ondrej")).contains("Ondřej Šťastný"));
        assertTrue(
                names(Map.of("nameStartsWith", "radomir")).contains("Ondřej Šťastný"), "the old name stays an alias");
        assertTrue(names(Map.of("alias", "RADO S.")).contains("Ondřej Šťastný"));
        assertTrue(names(Map.of("affiliatedWithIds", List.of(gazette))).contains("Ondřej Šťastný"));
        List<String> organizations = data(
                        "query($p: ID!) { organizations(filter: {affiliatedWithIds: [$p]}) { edges { node { id } } } }",
                        vars("p", person))
                .getList("data.organizations.edges.node.id");
        assertEquals(List.of(gazette), organizations);
        assertTrue(id != null);
    }

    @Test
    void theMigrationWritesKeysOfEntitiesStoredWithout() {
        driver.executableQuery(
                        "CREATE (:Person:Entity {id: 'person:names-test-legacy', name: 'Zdeňka Legacyová', aliases: ['Zdena L']})")
                .execute();
        driver.executableQuery("MATCH (m:__Migration {version: '0009'}) DELETE m")
                .execute();
        new MigrationRunner(driver).migrate();
        assertTrue(names(Map.of("nameStartsWith", "zdenka leg")).contains("Zdeňka Legacyová"));
        assertTrue(names(Map.of("alias", "zdena l")).contains("Zdeňka Legacyová"));
    }

    @Test
    void aNameFilterSeeksTheTextIndexNotTheLabel() {
        // the page query's anchor as EntityReader runs it, planned by the real Neo4j
        String anchor = CypherFile.load("read/entities/anchor-name");
        String plan = driver.session()
                .run("EXPLAIN " + anchor + "\nRETURN e.id", Map.of("anchor", "\nvlad", "label", "Person"))
                .consume()
                .plan()
                .toString();
        assertTrue(plan.contains("NodeIndexContainsScan"), plan);
        assertFalse(plan.contains("NodeByLabelScan") || plan.contains("AllNodesScan"), plan);
    }

    @Test
    void badFiltersAreBadInput() {
        assertEquals("BAD_INPUT", errorCode(PEOPLE, vars("o", Map.of("field", "RELEVANCE"))));
        assertEquals(
                "BAD_INPUT",
                errorCode("{ people(name: \"x\", filter: {nameContains: \"x\"}) { totalCount } }", Map.of()));
        assertEquals("BAD_INPUT", errorCode(PEOPLE, vars("f", Map.of("nameContains", " . "))));
        assertEquals("BAD_INPUT", errorCode(PEOPLE, vars("f", Map.of("affiliatedWithIds", List.of()))));
        String nameCursor = data(PEOPLE, vars("f", Map.of("nameStartsWith", "vlad"), "first", 1))
                .getString("data.people.pageInfo.endCursor");
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        PEOPLE,
                        vars(
                                "f",
                                Map.of("nameStartsWith", "vlad"),
                                "o",
                                Map.of("field", "QUOTES"),
                                "after",
                                nameCursor)),
                "a cursor of another order");
    }

    private static void edit(String mutation, Map<String, Object> variables) {
        JsonPath answer = postAs(EDITOR_KEY, mutation, variables)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(answer.get("errors"), answer.prettify());
    }
}
