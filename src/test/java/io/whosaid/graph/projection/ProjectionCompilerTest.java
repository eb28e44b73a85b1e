package io.whosaid.graph.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The text of compiled projections: what they read, and where aggregations go. */
class ProjectionCompilerTest {

    private static Selection related(String field, NodeSelection children) {
        return new Selection(field, field, io.whosaid.graph.PageRequest.first(10), false, children);
    }

    @Test
    void readsOnlyTheSelectedPropertiesAndAlwaysIdAndLabels() {
        NodeSelection quote = new NodeSelection(Set.of("text", "sentence", "start", "end"), List.of());
        NodeSelection article = new NodeSelection(Set.of("title"), List.of(related("quotes", quote)));
        Projection projection = new ProjectionCompiler().compile(NodeType.ARTICLE, "a", article, true);
        assertTrue(projection.cypher().startsWith("{.id, .title, labels: labels(a)"), projection.cypher());
        assertTrue(
                projection.cypher().contains("{.id, .end, .sentence, .start, .text, labels: labels(n0)"),
                projection.cypher());
        assertFalse(projection.cypher().contains(".*"), projection.cypher());
        assertEquals("", projection.hoisted());
    }

    @Test
    void namesThatAreNotStoredPropertiesNeverReachTheQuery() {
        NodeSelection node = new NodeSelection(Set.of("title", "x}) DETACH DELETE (a", "__typename"), List.of());
        String cypher = new ProjectionCompiler()
                .compile(NodeType.ARTICLE, "a", node, true)
                .cypher();
        assertEquals("{.id, .title, labels: labels(a)}", cypher);
    }

    @Test
    void withoutAKnownSelectionEveryPropertyIsRead() {
        String cypher = new ProjectionCompiler()
                .compile(NodeType.QUOTE, "q", NodeSelection.everything(), true)
                .cypher();
        assertEquals("{.*, labels: labels(q)}", cypher);
    }

    @Test
    void topSpeakersAreCountedInAHoistedColumnWhereTheQueryHasOne() {
        NodeSelection speaker = new NodeSelection(Set.of("name"), List.of());
        NodeSelection organization = new NodeSelection(Set.of("name"), List.of(related("topSpeakers", speaker)));

        Projection hoisted = new ProjectionCompiler().compile(NodeType.ORGANIZATION, "o", organization, true);
        assertTrue(
                hoisted.hoisted()
                        .startsWith(", COLLECT { MATCH (o)<-[:ABOUT]-(:Quote)<-[:SAID]-(n0:Entity) WITH n0, count(*)"),
                hoisted.hoisted());
        assertTrue(hoisted.cypher().contains("sel0: hn0"), hoisted.cypher());

        Projection inline = new ProjectionCompiler().compile(NodeType.ORGANIZATION, "o", organization, false);
        assertEquals("", inline.hoisted());
        assertTrue(inline.cypher().contains("WITH DISTINCT n0 WITH n0, COUNT {"), inline.cypher());
        assertFalse(inline.cypher().contains("count(*)"), inline.cypher());
    }

    @Test
    void belowTheRootTopSpeakersAreCountedInline() {
        // Neo4j rejects count(*) anywhere inside the RETURN's expression, so nothing below the root is hoisted
        NodeSelection speaker = new NodeSelection(Set.of("name"), List.of());
        NodeSelection about = new NodeSelection(Set.of("name"), List.of(related("topSpeakers", speaker)));
        NodeSelection quote =
                new NodeSelection(Set.of("text"), List.of(related("about", about), related("speaker", about)));
        NodeSelection article = new NodeSelection(Set.of("title"), List.of(related("quotes", quote)));
        Projection projection = new ProjectionCompiler().compile(NodeType.ARTICLE, "a", article, true);
        assertEquals("", projection.hoisted());
        assertFalse(projection.cypher().contains("count(*)"), projection.cypher());
        assertTrue(projection.cypher().contains("WITH DISTINCT n2 WITH n2, COUNT {"), projection.cypher());
    }
}
