package io.whosaid.api.edit;

import static io.whosaid.api.edit.EditingTest.EDIT_FIELDS;
import static io.whosaid.api.edit.EditingTest.ingest;
import static io.whosaid.api.edit.EditingTest.personNamed;
import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.errorCode;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.whosaid.support.GraphDump;
import io.whosaid.support.Neo4jTestResource;
import io.whosaid.support.Scrape;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * The edits that change the graph's structure, through the GraphQL endpoint against the real Neo4j: an entity's
 * type (and a rejected name that the next ingest does not bring back), deleting an article with what only it held,
 * correcting an article, affiliations; each undone exactly. Also the replace-by-url ingest's cleanup and the edit
 * query family of the metrics.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
@SuppressWarnings("unchecked")
class StructureEditsTest {

    static final String INGEST_JSON = "mutation($j: String!) { ingestArticle(input: {json: $j}) { article { id } } }";
    static final String UNDO = "mutation($id: ID!) { undoEdit(id: $id) { id } }";

    @Inject
    Driver driver;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void aPersonBecomesAnOrganizationAndTheUndoRestoresTheGraphExactly() {
        String article = ingest("""
                Ferry Timetable Changes

                Winter sailings cut

                “Two sailings a day is all we can run,” said Gorran Haverstock-Pryce, chairman of the Ferry Board.

                Source: The Harbour Post
                """, "https://edit-test.example/type-1");
        String person = personNamed("Gorran Haverstock-Pryce");
        List<String> before = GraphDump.of(driver);
        double editsTimed = editsTimed();

        JsonPath changed = data(
                "mutation($id: ID!) { changeEntityType(id: $id, type: ORGANIZATION) " + EDIT_FIELDS + " }",
                vars("id", person));
        assertEquals("CHANGE_ENTITY_TYPE", changed.getString("data.changeEntityType.kind"));
        assertEquals(editsTimed + 1, editsTimed(), "the edit is timed as the edit query family");
        JsonPath speaker = data(
                "query($id: ID!) { article(id: $id) { quotes { edges { node { speaker { id name __typename } } } } } }",
                vars("id", article));
        String organization = speaker.getString("data.article.quotes.edges[0].node.speaker.id");
        assertEquals("Organization", speaker.getString("data.article.quotes.edges[0].node.speaker.__typename"));
        assertEquals("Gorran Haverstock-Pryce", speaker.getString("data.article.quotes.edges[0].node.speaker.name"));
        assertTrue(organization.startsWith("org:"), organization);
        assertNull(data("query($id: ID!) { person(id: $id) { id } }", vars("id", person))
                .get("data.person"));
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "mutation($id: ID!) { changeEntityType(id: $id, type: ORGANIZATION) { id } }",
                        vars("id", organization)),
                "it is an organization already");
        data(UNDO, vars("id", changed.getString("data.changeEntityType.id")));
        assertEquals(before, GraphDump.of(driver), "the undo restores every node and relationship with every property");

        data("mutation($id: ID!) { changeEntityType(id: $id, type: ORGANIZATION) { id } }", vars("id", person));

        String ruled = ingest("""
                Ferry Board Meets

                Timetable on the agenda

                “We will listen to the islanders,” said Gorran Haverstock-Pryce after the meeting.

                Source: The Harbour Post
                """, "https://edit-test.example/type-2");
        assertEquals(
                organization,
                data(
                                "query($id: ID!) { article(id: $id) { quotes { edges { node { speaker { id } } } } } }",
                                vars("id", ruled))
                        .getString("data.article.quotes.edges[0].node.speaker.id"),
                "the next article naming the person lands in the organization");
        assertNull(data("query($id: ID!) { person(id: $id) { id } }", vars("id", person))
                .get("data.person"));
    }

    @Test
    void aRejectedNameIsRemovedAndTheNextIngestDoesNotCreateItAgain() {
        String article = ingest("""
                Harbour Festival Opens

                Crowds on the quay

                “The fireworks start at nine,” said Lantern Quay-Marsh, the festival organiser.

                Source: The Harbour Post
                """, "https://edit-test.example/reject-1");
        String misread = personNamed("Lantern Quay-Marsh");
        List<String> before = GraphDump.of(driver);
        String rejected = data(
                        "mutation($id: ID!) { changeEntityType(id: $id, type: NOT_AN_ENTITY, reason: \"a place\") { id } }",
                        vars("id", misread))
                .getString("data.changeEntityType.id");
        assertNull(data("query($id: ID!) { person(id: $id) { id } }", vars("id", misread))
                .get("data.person"));
        JsonPath quotes = data(
                "query($id: ID!) { article(id: $id) { quotes { edges { node { text speaker { id } } } } } }",
                vars("id", article));
        assertFalse(quotes.getList("data.article.quotes.edges").isEmpty(), "the quote stays");
        assertNull(quotes.get("data.article.quotes.edges[0].node.speaker"), "with no speaker");

        data(UNDO, vars("id", rejected));
        assertEquals(before, GraphDump.of(driver), "the undo restores the entity and its links exactly");
        data("mutation($id: ID!) { changeEntityType(id: $id, type: NOT_AN_ENTITY) { id } }", vars("id", misread));

        String later = ingest("""
                Festival Ends

                The quay is swept

                “Next year will be bigger,” said Lantern Quay-Marsh on Sunday.

                Source: The Harbour Post
                """, "https://edit-test.example/reject-2");
        assertNull(
                data("query($id: ID!) { person(id: $id) { id } }", vars("id", misread))
                        .get("data.person"),
                "the rejected name is not created again as a person");
        assertEquals(
                0,
                data("{ people(name: \"Lantern Quay-Marsh\", first: 5) { totalCount } }")
                        .getInt("data.people.totalCount"));
        List<Object> speakers = data(
                        "query($id: ID!) { article(id: $id) { quotes { edges { node { speaker { id } } } } } }",
                        vars("id", later))
                .getList("data.article.quotes.edges.node.speaker");
        assertFalse(speakers.isEmpty());
        assertTrue(speakers.stream().allMatch(s -> s == null), "the new quote has no speaker: " + speakers);
    }

    @Test
    void deletingAnArticleTakesWhatOnlyItHeldAndTheUndoRestoresTheGraphExactly() {
        ingest("""
                Harbour Wall Repaired

                Stones replaced after the storm

                “The wall will hold,” said Perrin Oakhurst-Vane, engineer at the Harbour Works.

                Source: The Harbour Post
                """, "https://edit-test.example/delete-keep");
        String article = ingestJson("""
                {"title": "Storm Damage Counted", "url": "https://edit-test.example/delete-1", "publisher": "The Storm Gazette",
                 "text": "“The bill is large,” said Perrin Oakhurst-Vane, engineer at the Harbour Works.\\n\\n“We need help,” said Meriel Strand-Coyle, owner of the Net Loft.",
                 "comments": [{"author": "gullwatcher", "text": "Meriel Strand-Coyle is right.",
                               "replies": [{"author": "quaysider", "text": "Agreed."}]}]}
                """);
        String kept = personNamed("Perrin Oakhurst-Vane");
        String onlyHere = personNamed("Meriel Strand-Coyle");
        List<String> commenters = data(
                        "query($id: ID!) { article(id: $id) { comments { edges { node { author { id } } } } } }",
                        vars("id", article))
                .getList("data.article.comments.edges.node.author.id");
        assertEquals(2, commenters.size());
        List<String> before = GraphDump.of(driver);

        assertEquals("NOT_FOUND", errorCode("mutation { deleteArticle(id: \"article:none\") { id } }", Map.of()));
        JsonPath deleted = data(
                "mutation($id: ID!) { deleteArticle(id: $id, reason: \"test article\") " + EDIT_FIELDS + " }",
                vars("id", article));
        assertEquals("DELETE_ARTICLE", deleted.getString("data.deleteArticle.kind"));
        assertNull(data("query($id: ID!) { article(id: $id) { id } }", vars("id", article))
                .get("data.article"));
        assertNull(
                data("query($id: ID!) { person(id: $id) { id } }", vars("id", onlyHere))
                        .get("data.person"),
                "a person only the article held goes");
        assertEquals(
                1,
                data("query($id: ID!) { person(id: $id) { said { totalCount } } }", vars("id", kept))
                        .getInt("data.person.said.totalCount"),
                "a person another article holds stays, with that article's quote");
        for (String commenter : commenters) {
            assertNull(
                    data("query($id: ID!) { node(id: $id) { id } }", vars("id", commenter))
                            .get("data.node"),
                    "a commenter with no comment left goes: " + commenter);
        }
        assertEquals(
                0,
                data("{ organizations(name: \"The Storm Gazette\", first: 5) { totalCount } }")
                        .getInt("data.organizations.totalCount"),
                "a publisher of no other article goes");
        assertTrue(
                data("query($id: ID!) { history(id: $id) { kind } }", vars("id", onlyHere))
                        .getList("data.history.kind")
                        .contains("DELETE_ARTICLE"),
                "what went keeps its history");

        data(UNDO, vars("id", deleted.getString("data.deleteArticle.id")));
        assertEquals(before, GraphDump.of(driver), "the undo restores every node and relationship with every property");
    }

    @Test
    void anArticlesDatePublisherAndUrlAreCorrectedAndValidated() {
        String other = ingest("""
                Pilot Boat Launched

                A new boat for the pilots

                “She is fast,” said Ysolde Garrow-Finch, pilot at the Harbour Works.

                Source: The Harbour Post
                """, "https://edit-test.example/set-other");
        String article = ingest("""
                Pilot Boat Named

                The crew chooses a name

                “We call her Swift,” said Ysolde Garrow-Finch, pilot at the Harbour Works.

                Source: The Pilot Gazette
                """, "https://edit-test.example/set-1");
        List<String> before = GraphDump.of(driver);
        String set =
                "mutation($id: ID!, $d: String, $p: String, $u: String) { setArticle(id: $id, publishedAt: $d, publisher: $p, url: $u) { id } }";

        assertEquals("NOT_FOUND", errorCode(set, vars("id", "article:none", "d", "2025-03-04")));
        assertEquals("BAD_INPUT", errorCode(set, vars("id", article, "d", "the fourth of March")));
        assertEquals("BAD_INPUT", errorCode(set, vars("id", article, "u", "ftp://edit-test.example/x")));
        assertEquals("BAD_INPUT", errorCode(set, vars("id", article)), "nothing to set");
        JsonPath inUse =
                io.whosaid.support.GraphQL.post(set, vars("id", article, "u", "https://edit-test.example/set-other"));
        assertEquals("URL_IN_USE", inUse.getString("errors[0].extensions.code"));
        assertTrue(
                inUse.getString("errors[0].message").contains(other),
                "the message names the article: " + inUse.prettify());
        assertEquals(before, GraphDump.of(driver), "no refused edit changed anything");

        String edit = data(
                        set,
                        vars(
                                "id",
                                article,
                                "d",
                                "2025-03-04T10:15:00Z",
                                "p",
                                "The Pilot's Log",
                                "u",
                                "https://edit-test.example/set-1-corrected"))
                .getString("data.setArticle.id");
        JsonPath now = data(
                "query($id: ID!) { article(id: $id) { publishedAt url publisher { name } } }", vars("id", article));
        assertTrue(now.getString("data.article.publishedAt").startsWith("2025-03-04T10:15"), now.prettify());
        assertEquals("https://edit-test.example/set-1-corrected", now.getString("data.article.url"));
        assertEquals("The Pilot's Log", now.getString("data.article.publisher.name"));
        assertEquals(
                0,
                data("{ organizations(name: \"The Pilot Gazette\", first: 5) { totalCount } }")
                        .getInt("data.organizations.totalCount"),
                "the publisher it replaced published nothing else, and goes");
        assertEquals(
                "URL_IN_USE",
                errorCode(set, vars("id", other, "u", "https://edit-test.example/set-1-corrected")),
                "the corrected url is held");
        data(UNDO, vars("id", edit));
        assertEquals(
                before,
                GraphDump.of(driver),
                "the undo restores the article, its publisher link, and the new publisher goes");
    }

    @Test
    void affiliationsAreAddedCorrectedAndRemoved() {
        ingest("""
                Lock Gates Fail

                Boats stuck for a day

                “The gates are old,” said Tamsin Rookwood-Leigh, keeper of the Canal Trust.

                The Lock Company said repairs would take a week.

                Source: The Harbour Post
                """, "https://edit-test.example/affiliation-1");
        String person = personNamed("Tamsin Rookwood-Leigh");
        String company = data("{ organizations(name: \"The Harbour Post\", first: 5) { edges { node { id } } } }")
                .getString("data.organizations.edges[0].node.id");
        List<String> before = GraphDump.of(driver);
        String add =
                "mutation($p: ID!, $o: ID!, $r: String) { addAffiliation(personId: $p, organizationId: $o, role: $r) { id } }";
        String role =
                "mutation($p: ID!, $o: ID!, $r: String) { setAffiliationRole(personId: $p, organizationId: $o, role: $r) { id } }";
        String remove = "mutation($p: ID!, $o: ID!) { removeAffiliation(personId: $p, organizationId: $o) { id } }";

        assertEquals(
                "NOT_FOUND",
                errorCode(role, vars("p", person, "o", company, "r", "editor")),
                "no such affiliation yet");
        assertEquals("BAD_INPUT", errorCode(add, vars("p", company, "o", person)), "from a person to an organization");
        assertEquals("NOT_FOUND", errorCode(add, vars("p", person, "o", "org:nowhere-at-all")));
        String added =
                data(add, vars("p", person, "o", company, "r", "columnist")).getString("data.addAffiliation.id");
        assertEquals("columnist", role(person, company));
        assertEquals("BAD_INPUT", errorCode(add, vars("p", person, "o", company)), "already affiliated");
        String corrected =
                data(role, vars("p", person, "o", company, "r", "editor")).getString("data.setAffiliationRole.id");
        assertEquals("editor", role(person, company));
        String removed = data(remove, vars("p", person, "o", company)).getString("data.removeAffiliation.id");
        assertNull(role(person, company));
        assertEquals("NOT_FOUND", errorCode(remove, vars("p", person, "o", company)));

        data(UNDO, vars("id", removed));
        assertEquals("editor", role(person, company));
        data(UNDO, vars("id", corrected));
        data(UNDO, vars("id", added));
        assertEquals(before, GraphDump.of(driver));
    }

    @Test
    void anIngestOfACorrectedUrlUpdatesTheArticleItWasGivenTo() {
        String article = ingest("""
                Slipway Reopens

                Boats back in the water

                “The slipway is safe again,” said Perrin Astley-Vane, engineer at the Slipway Trust.

                Source: The Harbour Post
                """, "https://edit-test.example/url-old");
        String set = "mutation($id: ID!, $u: String) { setArticle(id: $id, url: $u) { id } }";
        List<String> before = GraphDump.of(driver);
        String undone = data(set, vars("id", article, "u", "https://edit-test.example/url-undone"))
                .getString("data.setArticle.id");
        data(UNDO, vars("id", undone));
        assertEquals(before, GraphDump.of(driver), "the undo restores the article's url and lifts the url's rule");
        assertFalse(
                article.equals(ingest("""
                Slipway Reopens Elsewhere

                Another page

                “Not ours,” said Perrin Astley-Vane.
                """, "https://edit-test.example/url-undone")),
                "after the undo the url is not the article's: a new article");

        data(set, vars("id", article, "u", "https://edit-test.example/url-new"));
        assertEquals(
                article,
                ingest("""
                Slipway Reopens After Repairs

                Boats back in the water

                “The slipway is safe again,” said Perrin Astley-Vane, engineer at the Slipway Trust.

                Source: The Harbour Post
                """, "https://edit-test.example/url-new"),
                "the page of the corrected url updates the same article");
        JsonPath now = data("query($id: ID!) { article(id: $id) { url title } }", vars("id", article));
        assertEquals("Slipway Reopens After Repairs", now.getString("data.article.title"));
        assertEquals("https://edit-test.example/url-new", now.getString("data.article.url"));
        assertEquals(article, ingest("""
                Slipway Reopens, Updated

                Boats back in the water

                “The slipway is safe again,” said Perrin Astley-Vane.

                Source: The Harbour Post
                """, "https://edit-test.example/url-old"), "the first url still finds it");
        assertEquals(
                "https://edit-test.example/url-new",
                data("query($id: ID!) { article(id: $id) { url } }", vars("id", article))
                        .getString("data.article.url"),
                "and does not undo the correction");
        assertEquals(
                "URL_IN_USE",
                errorCode(
                        set,
                        vars(
                                "id",
                                ingest("""
                Another Slipway

                Elsewhere

                “Ours is fine,” said Perrin Astley-Vane.
                """, "https://edit-test.example/url-other"),
                                "u",
                                "https://edit-test.example/url-new")));
    }

    @Test
    void aRemovedAffiliationIsNotBroughtBackByALaterArticleUntilTheRemovalIsUndone() {
        String text = """
                Canal Dredged

                Silt cleared at last

                “The boats float again,” said Wystan Carrow-Blythe, director of the Canal Guild.

                Source: The Harbour Post
                """;
        ingest(text, "https://edit-test.example/removal-1");
        String person = personNamed("Wystan Carrow-Blythe");
        String guild = data("{ organizations(name: \"Canal Guild\", first: 5) { edges { node { id } } } }")
                .getString("data.organizations.edges[0].node.id");
        assertEquals("director", role(person, guild), "the extractor read the affiliation");
        String removed = data(
                        "mutation($p: ID!, $o: ID!) { removeAffiliation(personId: $p, organizationId: $o) { id } }",
                        vars("p", person, "o", guild))
                .getString("data.removeAffiliation.id");
        assertNull(role(person, guild));

        ingest(text.replace("Silt cleared at last", "Silt cleared, boats move"), "https://edit-test.example/removal-2");
        assertTrue(
                affiliated(person, guild) == false,
                "a later article stating it does not bring the removed affiliation back");
        ingest(text.replace("Silt cleared at last", "Silt cleared again"), "https://edit-test.example/removal-1");
        assertFalse(affiliated(person, guild), "nor does a changed text of the first article");

        data(UNDO, vars("id", removed));
        assertEquals("director", role(person, guild), "the undo restores it");
        data(
                "mutation($p: ID!, $o: ID!) { removeAffiliation(personId: $p, organizationId: $o) { id } }",
                vars("p", person, "o", guild));
        data(
                "mutation($p: ID!, $o: ID!) { addAffiliation(personId: $p, organizationId: $o, role: \"chair\") { id } }",
                vars("p", person, "o", guild));
        ingest(text.replace("Silt cleared at last", "Silt cleared for good"), "https://edit-test.example/removal-3");
        assertEquals(
                "director", role(person, guild), "adding it by hand lifts the rule: the next article sets its role");
    }

    @Test
    void everyDerivedEdgeCarriesItsEvidenceAndWhoMadeIt() {
        String article = ingestJson("""
                {"title": "Dock Accounts Published", "subtitle": "A surplus at last", "url": "https://edit-test.example/provenance-1",
                 "publisher": "The Harbour Post",
                 "text": "“The dock pays its way,” said Ilse Marrow-Quint, treasurer of the Dock Union.\\n\\nMarrow-Quint has kept the books for a decade.",
                 "comments": [{"author": "gull", "text": "Good on Ilse Marrow-Quint. She knows the books."}]}
                """);
        String person = personNamed("Ilse Marrow-Quint");
        JsonPath read = data("""
                query($id: ID!) { article(id: $id) { text
                  mentions { entity { id name } count madeBy edit { id } evidence { articleId commentId sentence start end } }
                  comments { edges { node { text mentionEdges { entity { id } madeBy evidence { articleId commentId sentence start end } } } } } } }""", vars("id", article));
        String text = read.getString("data.article.text");
        Map<String, Object> mention = byEntity(read.getList("data.article.mentions"), person);
        assertEquals("EXTRACTOR", mention.get("madeBy"));
        assertNull(mention.get("edit"));
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) mention.get("evidence");
        assertEquals(2, evidence.size(), "both places the text names her: " + evidence);
        assertEquals("Ilse Marrow-Quint", span(text, evidence.get(0)));
        assertEquals("Marrow-Quint", span(text, evidence.get(1)));
        assertEquals(
                "Marrow-Quint has kept the books for a decade.", evidence.get(1).get("sentence"));
        assertEquals(article, evidence.get(0).get("articleId"));

        String commentText = read.getString("data.article.comments.edges[0].node.text");
        assertEquals(
                List.of(person),
                read.getList("data.article.comments.edges[0].node.mentionEdges.entity.id"),
                read.prettify());
        Map<String, Object> commentMention =
                byEntity(read.getList("data.article.comments.edges[0].node.mentionEdges"), person);
        Map<String, Object> inComment = ((List<Map<String, Object>>) commentMention.get("evidence")).get(0);
        assertEquals("Ilse Marrow-Quint", span(commentText, inComment), "offsets into the comment's text");
        assertEquals("Good on Ilse Marrow-Quint.", inComment.get("sentence"));
        assertEquals(article, inComment.get("articleId"));
        assertTrue(((String) inComment.get("commentId")).startsWith("comment:"));

        String affiliations = "query($id: ID!) { person(id: $id) { affiliations { role madeBy edit { id author } "
                + "organization { id name } evidence { articleId sentence start end } } } }";
        Map<String, Object> union = byOrganization(
                data(affiliations, vars("id", person)).getList("data.person.affiliations"), "Dock Union");
        assertEquals("EXTRACTOR", union.get("madeBy"));
        Map<String, Object> support = ((List<Map<String, Object>>) union.get("evidence")).get(0);
        assertEquals(article, support.get("articleId"));
        assertEquals("Ilse Marrow-Quint, treasurer of the Dock Union", span(text, support));
        assertTrue(
                ((String) support.get("sentence")).startsWith("“The dock pays its way,” said Ilse"),
                support.toString());

        String publisher = data("{ organizations(name: \"The Harbour Post\", first: 5) { edges { node { id } } } }")
                .getString("data.organizations.edges[0].node.id");
        String added = data(
                        "mutation($p: ID!, $o: ID!) { addAffiliation(personId: $p, organizationId: $o, role: \"columnist\") { id } }",
                        vars("p", person, "o", publisher))
                .getString("data.addAffiliation.id");
        Map<String, Object> byHand = byOrganization(
                data(affiliations, vars("id", person)).getList("data.person.affiliations"), "The Harbour Post");
        assertEquals("EDITOR", byHand.get("madeBy"));
        assertEquals(added, ((Map<?, ?>) byHand.get("edit")).get("id"), "an edge made by hand points to its edit");
        assertEquals("test-editor", ((Map<?, ?>) byHand.get("edit")).get("author"));
        data(UNDO, vars("id", added));

        String quote = data(
                        "query($id: ID!) { article(id: $id) { quotes { edges { node { id } } } } }",
                        vars("id", article))
                .getString("data.article.quotes.edges[0].node.id");
        assertEquals(List.of("EXTRACTOR"), saidMadeBy(quote));
        String other = ingest("""
                Union Vote

                Members agree

                “We agree,” said Brannoc Fell-Ashby.
                """, "https://edit-test.example/provenance-2");
        String speaker = personNamed("Brannoc Fell-Ashby");
        List<String> before = GraphDump.of(driver);
        String reattributed = data(
                        "mutation($id: ID!, $s: ID!) { setQuoteSpeaker(id: $id, speakerId: $s) { id } }",
                        vars("id", quote, "s", speaker))
                .getString("data.setQuoteSpeaker.id");
        assertEquals(List.of("EDITOR " + reattributed), saidMadeBy(quote));
        String merged = data(
                        "mutation($into: ID!, $ids: [String!]!) { mergeEntities(into: $into, ids: $ids) { id } }",
                        vars("into", person, "ids", List.of(speaker)))
                .getString("data.mergeEntities.id");
        Map<String, Object> moved = byEntity(
                data(
                                "query($id: ID!) { article(id: $id) { mentions { entity { id } madeBy "
                                        + "edit { id } evidence { start end } } } }",
                                vars("id", other))
                        .getList("data.article.mentions"),
                person);
        assertEquals("EDITOR", moved.get("madeBy"), "a mention the merge moved is the merge's");
        assertEquals(merged, ((Map<?, ?>) moved.get("edit")).get("id"));
        assertFalse(((List<?>) moved.get("evidence")).isEmpty(), "and keeps its evidence");
        data(UNDO, vars("id", merged));
        data(UNDO, vars("id", reattributed));
        assertEquals(before, GraphDump.of(driver), "the undos restore every edge with its provenance");
    }

    @Test
    void entityAndQuoteCorrectionsAreMadeAndUndoneExactly() {
        String article = ingest("""
                Quay Lights Fixed

                New lamps on the quay

                “The lamps are bright at last,” said Odile Brackwater-Syme of the Quay Board.

                Source: The Harbour Post
                """, "https://edit-test.example/other-1");
        String person = personNamed("Odile Brackwater-Syme");
        JsonPath read = data(
                "query($id: ID!) { article(id: $id) { quotes { edges { node { id about { id } } } } } }",
                vars("id", article));
        String quote = read.getString("data.article.quotes.edges[0].node.id");
        List<String> about = read.getList("data.article.quotes.edges[0].node.about.id");
        List<String> before = GraphDump.of(driver);
        List<String> edits = new java.util.ArrayList<>();
        edits.add(data(
                        "mutation($id: ID!) { renameEntity(id: $id, name: \"Odile Brackwater\") { id } }",
                        vars("id", person))
                .getString("data.renameEntity.id"));
        edits.add(data("mutation($id: ID!) { addAlias(id: $id, alias: \"O. B. Syme\") { id } }", vars("id", person))
                .getString("data.addAlias.id"));
        edits.add(data("mutation($id: ID!) { removeAlias(id: $id, alias: \"O. B. Syme\") { id } }", vars("id", person))
                .getString("data.removeAlias.id"));
        edits.add(data(
                        "mutation($id: ID!) { setEntityDescription(id: $id, description: \"lamp keeper\") { id } }",
                        vars("id", person))
                .getString("data.setEntityDescription.id"));
        JsonPath entity = data("query($id: ID!) { person(id: $id) { name aliases description } }", vars("id", person));
        assertEquals("Odile Brackwater", entity.getString("data.person.name"));
        assertTrue(
                entity.getList("data.person.aliases").contains("Odile Brackwater-Syme"), "the old name stays an alias");
        assertFalse(entity.getList("data.person.aliases").contains("O. B. Syme"));
        assertEquals("lamp keeper", entity.getString("data.person.description"));

        edits.add(data("mutation($id: ID!) { setQuoteKind(id: $id, kind: PARTIAL) { id } }", vars("id", quote))
                .getString("data.setQuoteKind.id"));
        List<String> subjects = new java.util.ArrayList<>(about);
        subjects.add(person);
        String subjectsEdit = data(
                        "mutation($id: ID!, $a: [String!]!) { setQuoteSubjects(id: $id, aboutIds: $a) { id } }",
                        vars("id", quote, "a", subjects))
                .getString("data.setQuoteSubjects.id");
        edits.add(subjectsEdit);
        edits.add(data("mutation($id: ID!) { confirmQuote(id: $id) { id } }", vars("id", quote))
                .getString("data.confirmQuote.id"));
        JsonPath corrected = data(
                "query($id: ID!) { node(id: $id) { ... on Quote { kind status about { id } } } }", vars("id", quote));
        assertEquals("PARTIAL", corrected.getString("data.node.kind"));
        assertEquals("CONFIRMED", corrected.getString("data.node.status"));
        assertTrue(corrected.getList("data.node.about.id").containsAll(subjects));
        Map<String, String> makers = new java.util.HashMap<>();
        driver.executableQuery("MATCH (:Quote {id: $id})-[a:ABOUT]->(n) RETURN n.id AS n, a.madeBy AS m, a.edit AS e")
                .withParameters(Map.of("id", quote))
                .execute()
                .records()
                .forEach(r -> makers.put(
                        r.get("n").asString(),
                        r.get("m").asString() + " " + r.get("e").asString(null)));
        assertEquals("EDITOR " + subjectsEdit, makers.get(person), "the subject added by hand is the edit's");
        about.forEach(
                id -> assertEquals("EXTRACTOR null", makers.get(id), "a subject the quote kept stays the extractor's"));

        java.util.Collections.reverse(edits);
        edits.forEach(id -> data(UNDO, vars("id", id)));
        assertEquals(before, GraphDump.of(driver), "undone in reverse order, the graph is as it was");
    }

    @Test
    void aChangedTextUnderTheSameUrlTakesWhatOnlyTheOldTextHeld() {
        String url = "https://edit-test.example/replace-1";
        String article = ingestJson("""
                {"title": "Quay Market Moves", "url": "%s",
                 "text": "“The market moves to the north quay,” said Odile Brackenfield, manager of the Quay Market.",
                 "comments": [{"author": "fishwife99", "text": "About time."}]}
                """.formatted(url));
        String manager = personNamed("Odile Brackenfield");
        String commenter = data(
                        "query($id: ID!) { article(id: $id) { comments { edges { node { author { id } } } } } }",
                        vars("id", article))
                .getString("data.article.comments.edges[0].node.author.id");

        assertEquals(article, ingestJson("""
                {"title": "Quay Market Moves", "url": "%s",
                 "text": "The market moves to the north quay, the council said on Monday."}
                """.formatted(url)), "the same url is the same article");
        assertNull(
                data("query($id: ID!) { person(id: $id) { id } }", vars("id", manager))
                        .get("data.person"),
                "a person only the old text named goes");
        assertNull(
                data("query($id: ID!) { node(id: $id) { id } }", vars("id", commenter))
                        .get("data.node"),
                "a commenter only the old thread had goes");
        assertTrue(io.whosaid.support.GraphChecks.duplicateIds(driver).values().stream()
                .allMatch(n -> n == 0));
    }

    @Test
    void duplicateCandidatesAreRankedWithReasonsAndARejectedPairIsNotSuggestedAgain() {
        ingest("""
                Net Prices Fall

                Fishers cheer

                “Nets are cheaper this year,” said Wendeline Arkwright-Moss, chair of the Net Guild.

                Source: The Harbour Post
                """, "https://edit-test.example/duplicate-1");
        ingest("""
                Guild Elects Chair

                A close vote

                “I thank the guild,” said Wendeline Moss, chair of the Net Guild.

                Source: The Harbour Post
                """, "https://edit-test.example/duplicate-2");
        String full = personNamed("Wendeline Arkwright-Moss");
        String short_ = personNamed("Wendeline Moss");
        String query = "query($first: Int, $after: String) { duplicateCandidates(first: $first, after: $after) "
                + "{ edges { cursor node { ids names score reasons } } pageInfo { hasNextPage endCursor } } }";
        assertEquals(
                "FORBIDDEN",
                io.whosaid.support.GraphQL.postAs(io.whosaid.support.GraphQL.READER_KEY, query, vars("first", 5))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("errors[0].extensions.code"),
                "editors only");
        Map<String, Object> pair = candidate(query, full, short_);
        List<String> reasons = (List<String>) pair.get("reasons");
        assertTrue(reasons.contains("same surname and first initial"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("both affiliated with")), "the Net Guild: " + reasons);

        List<Map<String, Object>> all = data(query, vars("first", 100)).getList("data.duplicateCandidates.edges.node");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(
                    ((Number) all.get(i - 1).get("score")).doubleValue()
                            >= ((Number) all.get(i).get("score")).doubleValue(),
                    "ranked best first");
        }
        JsonPath first = data(query, vars("first", 1));
        if (first.getBoolean("data.duplicateCandidates.pageInfo.hasNextPage")) {
            JsonPath second = data(
                    query, vars("first", 1, "after", first.getString("data.duplicateCandidates.pageInfo.endCursor")));
            assertEquals(
                    all.get(1).get("ids"),
                    second.getList("data.duplicateCandidates.edges[0].node.ids"),
                    "the next page goes on");
        }

        List<String> before = GraphDump.of(driver);
        assertEquals(
                "NOT_FOUND",
                errorCode(
                        "mutation($ids: [String!]!) { rejectDuplicate(ids: $ids) { id } }",
                        vars("ids", List.of(full, "person:nobody-at-all"))));
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "mutation($ids: [String!]!) { rejectDuplicate(ids: $ids) { id } }",
                        vars("ids", List.of(full))));
        String rejected = data(
                        "mutation($ids: [String!]!) { rejectDuplicate(ids: $ids, reason: \"mother and daughter\") { id } }",
                        vars("ids", List.of(short_, full)))
                .getString("data.rejectDuplicate.id");
        assertNull(candidateOrNull(query, full, short_), "a rejected pair is not suggested again");
        assertEquals(
                "BAD_INPUT",
                errorCode(
                        "mutation($ids: [String!]!) { rejectDuplicate(ids: $ids) { id } }",
                        vars("ids", List.of(full, short_))),
                "already rejected");
        data(UNDO, vars("id", rejected));
        assertEquals(before, GraphDump.of(driver));
        candidate(query, full, short_);
        data(
                "mutation($into: ID!, $ids: [String!]!) { mergeEntities(into: $into, ids: $ids) { id } }",
                vars("into", full, "ids", List.of(short_)));
        assertNull(candidateOrNull(query, full, short_), "a confirmed (merged) pair is gone");
    }

    private static Map<String, Object> candidate(String query, String a, String b) {
        Map<String, Object> found = candidateOrNull(query, a, b);
        assertTrue(found != null, "the pair " + a + ", " + b + " is suggested");
        return found;
    }

    private static Map<String, Object> candidateOrNull(String query, String a, String b) {
        List<Map<String, Object>> nodes =
                data(query, vars("first", 100)).getList("data.duplicateCandidates.edges.node");
        return nodes.stream()
                .filter(n -> ((List<?>) n.get("ids")).containsAll(List.of(a, b)))
                .findFirst()
                .orElse(null);
    }

    private String ingestJson(String json) {
        return data(INGEST_JSON, vars("j", json)).getString("data.ingestArticle.article.id");
    }

    private List<String> saidMadeBy(String quote) {
        return driver
                .executableQuery("MATCH ()-[s:SAID]->(:Quote {id: $id}) RETURN s.madeBy AS madeBy, s.edit AS edit")
                .withParameters(Map.of("id", quote))
                .execute()
                .records()
                .stream()
                .map(r -> r.get("madeBy").asString()
                        + (r.get("edit").isNull() ? "" : " " + r.get("edit").asString()))
                .toList();
    }

    private static String span(String text, Map<String, Object> evidence) {
        return text.substring((Integer) evidence.get("start"), (Integer) evidence.get("end"));
    }

    private static Map<String, Object> byEntity(List<Map<String, Object>> edges, String id) {
        return edges.stream()
                .filter(e -> id.equals(((Map<?, ?>) e.get("entity")).get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no edge to " + id + " among " + edges));
    }

    private static Map<String, Object> byOrganization(List<Map<String, Object>> affiliations, String name) {
        return affiliations.stream()
                .filter(a -> name.equals(((Map<?, ?>) a.get("organization")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no affiliation with " + name + " among " + affiliations));
    }

    static boolean affiliated(String person, String organization) {
        List<Map<String, Object>> affiliations = data(
                        "query($id: ID!) { person(id: $id) { affiliations { organization { id } } } }",
                        vars("id", person))
                .getList("data.person.affiliations");
        return affiliations.stream().anyMatch(a -> organization.equals(((Map<?, ?>) a.get("organization")).get("id")));
    }

    static String role(String person, String organization) {
        List<Map<String, Object>> affiliations = data(
                        "query($id: ID!) { person(id: $id) { affiliations { role organization { id } } } }",
                        vars("id", person))
                .getList("data.person.affiliations");
        return affiliations.stream()
                .filter(a -> organization.equals(((Map<?, ?>) a.get("organization")).get("id")))
                .map(a -> (String) a.get("role"))
                .findFirst()
                .orElse(null);
    }

    private double editsTimed() {
        return Scrape.of(metrics).value("whosaid_neo4j_query_seconds", Map.of("family", "edit", "outcome", "ok"));
    }
}
