package io.whosaid.api.edit;

import static io.whosaid.api.edit.EditingTest.ingest;
import static io.whosaid.api.edit.EditingTest.personNamed;
import static io.whosaid.api.edit.StructureEditsTest.affiliated;
import static io.whosaid.api.edit.StructureEditsTest.role;
import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.support.GraphDump;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;

/**
 * Affiliations between the extractor and the editors: a removal holds through a merge of either entity and its
 * undo, and an ingest that restates an affiliation as it stands does not write (so does not lock) its edge.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class AffiliationRulesTest {

    static final String REMOVE =
            "mutation($p: ID!, $o: ID!) { removeAffiliation(personId: $p, organizationId: $o) { id } }";
    static final String MERGE =
            "mutation($into: ID!, $ids: [String!]!) { mergeEntities(into: $into, ids: $ids) { id } }";
    static final String SPLIT = "mutation($id: ID!) { splitEntity(id: $id) { id } }";

    @Inject
    Driver driver;

    @Test
    void aRemovalHoldsThroughAMergeAndItsUndo() {
        String text = """
                Sluice Gates Opened

                The meadows drain

                “The water is going down,” said Oswin Tallowmere-Breck, director of the Sluice Guild.

                Source: The Canal Courier
                """;
        String url = "https://edit-test.example/removal-merge-1";
        ingest(text, url);
        ingest("""
                Meadow Fair Saved

                Dry ground at last

                “We can hold the fair,” said Oswin Breck on Saturday.

                Source: The Canal Courier
                """, "https://edit-test.example/removal-merge-2");
        String full = personNamed("Oswin Tallowmere-Breck");
        String short_ = personNamed("Oswin Breck");
        String guild = data("{ organizations(name: \"Sluice Guild\", first: 5) { edges { node { id } } } }")
                .getString("data.organizations.edges[0].node.id");
        assertEquals("director", role(full, guild), "the extractor read the affiliation");
        data(REMOVE, vars("p", full, "o", guild));
        assertFalse(affiliated(full, guild));

        List<String> beforeMerge = GraphDump.of(driver);
        data(MERGE, vars("into", short_, "ids", List.of(full)));
        data(SPLIT, vars("id", short_));
        assertEquals(beforeMerge, GraphDump.of(driver), "the split restores the graph exactly, the removal with it");

        data(MERGE, vars("into", short_, "ids", List.of(full)));
        ingest(text.replace("The meadows drain", "The meadows drain slowly"), url);
        assertFalse(affiliated(short_, guild), "a changed text naming the merged-away person does not bring it back");
        ingest(text.replace("The meadows drain", "The meadows are dry"), "https://edit-test.example/removal-merge-3");
        assertFalse(affiliated(short_, guild), "nor does a later article");

        data(SPLIT, vars("id", short_));
        ingest(text.replace("The meadows drain", "The meadows drain at last"), url);
        assertFalse(affiliated(full, guild), "after the split the removal is the person's again");
        assertFalse(affiliated(short_, guild));
    }

    @Test
    void aRemovalFromAMergedOrganizationHoldsForTheOrganizationKept() {
        String text = """
                Towpath Closed

                Cyclists turned back

                “The bank is unsafe,” said Merrit Halloway-Finch, engineer at the Towpath Board.

                Source: The Canal Courier
                """;
        ingest(text, "https://edit-test.example/removal-merge-org-1");
        String person = personNamed("Merrit Halloway-Finch");
        String board = data("{ organizations(name: \"Towpath Board\", first: 5) { edges { node { id } } } }")
                .getString("data.organizations.edges[0].node.id");
        String other = data("{ organizations(name: \"The Canal Courier\", first: 5) { edges { node { id } } } }")
                .getString("data.organizations.edges[0].node.id");
        assertTrue(affiliated(person, board));
        data(REMOVE, vars("p", person, "o", board));
        data(MERGE, vars("into", other, "ids", List.of(board)));
        ingest(
                text.replace("Cyclists turned back", "Cyclists turned away"),
                "https://edit-test.example/removal-merge-org-2");
        assertFalse(affiliated(person, other), "the removal moved to the organization kept");
    }

    @Test
    void anIngestRestatingAnAffiliationAsItStandsDoesNotWriteItsEdge() throws Exception {
        String text = """
                Dredger Sold

                The yard changes hands

                “We built her in 1962,” said Linnet Sawbridge-Orme, director of the Dredger Guild.

                Source: The Canal Courier
                """;
        String url = "https://edit-test.example/restated-1";
        ingest(text, url);
        String person = personNamed("Linnet Sawbridge-Orme");
        String yard = data("{ organizations(name: \"Dredger Guild\", first: 5) { edges { node { id } } } }")
                .getString("data.organizations.edges[0].node.id");
        assertEquals("director", role(person, yard));
        Map<String, Object> stated = edge(person, yard);

        // An editor's transaction holds the edge's write lock; an ingest that wrote the edge would wait for it.
        String changed = text.replace("\n\nSource:", "\n\nThe sale closes in June.\n\nSource:");
        String article;
        try (var session = driver.session();
                Transaction editor = session.beginTransaction()) {
            editor.run(
                            "MATCH (:Person {id: $p})-[f:AFFILIATED_WITH]->(:Organization {id: $o}) SET f.lockedByTest = true",
                            Map.of("p", person, "o", yard))
                    .consume();
            article = CompletableFuture.supplyAsync(() -> ingest(text, url)).get(3, TimeUnit.MINUTES);
            assertEquals(
                    article,
                    CompletableFuture.supplyAsync(() -> ingest(changed, url)).get(3, TimeUnit.MINUTES),
                    "the same article, its text changed after the affiliation's sentence");
            editor.rollback();
        }
        assertTrue(
                data("query($id: ID!) { article(id: $id) { text } }", vars("id", article))
                        .getString("data.article.text")
                        .contains("closes in June"),
                "the changed text was written");
        assertEquals(stated, edge(person, yard), "the edge is as it was");

        // A text that supports it elsewhere is a change: the edge is written.
        ingest(
                text.replace(
                        "Dredger Sold\n\nThe yard changes hands\n\n",
                        "Dredger Sold\n\nThe yard changes hands\n\nA long story.\n\n"),
                url);
        assertNotEquals(stated.get("starts"), edge(person, yard).get("starts"), "the new offsets of its support");
    }

    private Map<String, Object> edge(String person, String organization) {
        return driver.executableQuery(
                        "MATCH (:Person {id: $p})-[f:AFFILIATED_WITH]->(:Organization {id: $o}) RETURN properties(f) AS f")
                .withParameters(Map.of("p", person, "o", organization))
                .execute()
                .records()
                .get(0)
                .get("f")
                .asMap();
    }
}
