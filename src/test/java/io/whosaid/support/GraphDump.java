package io.whosaid.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.neo4j.driver.Driver;

/**
 * Every node (labels and all properties) and every relationship (type, ends' ids, all properties) of the stored graph
 * as sorted lines, so that two states compare exactly. The edit log (:Edit, :EditLog and their links) and the
 * migration records are left out: they record edits, they are not what edits change.
 */
public final class GraphDump {

    private GraphDump() {}

    public static List<String> of(Driver driver) {
        List<String> lines = new ArrayList<>();
        driver.executableQuery("""
                        MATCH (n) WHERE NOT n:Edit AND NOT n:EditLog AND NOT n:__Migration
                        RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties""")
                .execute()
                .records()
                .forEach(r -> lines.add("node " + r.get("id").asString() + " "
                        + sorted(r.get("labels").asList(Object::toString)) + " "
                        + new java.util.TreeMap<>(r.get("properties").asMap())));
        driver.executableQuery("""
                        MATCH (a)-[r]->(b) WHERE NOT a:Edit AND NOT b:Edit
                        RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties""")
                .execute()
                .records()
                .forEach(r -> lines.add("rel " + r.get("from").asString() + " -"
                        + r.get("type").asString() + "-> " + r.get("to").asString() + " "
                        + new java.util.TreeMap<>(r.get("properties").asMap())));
        Collections.sort(lines);
        return lines;
    }

    private static List<String> sorted(List<String> labels) {
        List<String> copy = new ArrayList<>(labels);
        Collections.sort(copy);
        return copy;
    }
}
