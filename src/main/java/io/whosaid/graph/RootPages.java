package io.whosaid.graph;

import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import io.whosaid.graph.projection.Projection;
import io.whosaid.graph.projection.ProjectionCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * How the root connections (articles, people, organizations, quotes) read a page, and their counts. A page
 * query's file holds the placeholders {@code {KEYSET}} (the condition that starts the page at its cursor),
 * {@code {ORDER}} and {@code {KEY}} (the sort key values returned with each node), filled from its
 * {@link Ordering}, and {@code {PROJECTION}}.
 */
final class RootPages {

    private RootPages() {}

    /**
     * One page of a root connection, read by keyset. With a count query, the page and the count are one round
     * trip: the page is collected first, so an empty page still yields the row that carries the count.
     */
    static NodeRows page(
            GraphReader reader,
            String query,
            String countQuery,
            Ordering ordering,
            NodeType type,
            String variable,
            Map<String, Object> parameters,
            PageRequest page,
            NodeSelection selection) {
        Projection projection = new ProjectionCompiler().compile(type, variable, selection, false);
        Map<String, Object> withPage = new HashMap<>(parameters);
        withPage.putAll(projection.parameters());
        withPage.put("limit", page.limit() + 1);
        UnaryOperator<String> asWritten = UnaryOperator.identity();
        String pageQuery = query.replace("{PROJECTION}", projection.cypher())
                .replace("{KEYSET}", ordering.condition(page, asWritten, withPage, "cursor"))
                .replace("{ORDER}", ordering.orderBy(page.fromEnd(), asWritten))
                .replace("{KEY}", ordering.keyList(asWritten));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        Integer total = null;
        if (countQuery == null) {
            for (Record record : reader.read(pageQuery, withPage)) {
                add(record.get("node").asMap(), record.get("key").asList(Value::asObject), rows, keys);
            }
        } else {
            String combined = "CALL {\n" + pageQuery + "\n}\nWITH collect({node: node, key: key}) AS nodes\nCALL {\n"
                    + countQuery + "\n}\nRETURN nodes, total";
            Record record = reader.read(combined, withPage).get(0);
            for (Value item : record.get("nodes").values()) {
                add(item.get("node").asMap(), item.get("key").asList(Value::asObject), rows, keys);
            }
            total = (int) Math.min(Integer.MAX_VALUE, record.get("total").asLong());
        }
        Page<Map<String, Object>> slice = Page.fromOneMore(rows, keys, page);
        return new NodeRows(
                slice.items(), slice.keys(), slice.hasNext(), slice.hasPrevious(), projection.fields(), total);
    }

    private static void add(
            Map<String, Object> node, List<Object> key, List<Map<String, Object>> rows, List<List<Object>> keys) {
        GraphReader.existing(node).ifPresent(row -> {
            rows.add(row);
            keys.add(key);
        });
    }

    static int count(GraphReader reader, String query, Map<String, Object> parameters) {
        List<Record> records = reader.read(query, parameters);
        return records.isEmpty()
                ? 0
                : (int) Math.min(Integer.MAX_VALUE, records.get(0).get("total").asLong());
    }
}
