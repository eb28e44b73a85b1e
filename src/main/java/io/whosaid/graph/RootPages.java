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
 * {@code {KEYSET_BOUND}} (its first key's bound alone, for an anchor's index seek), {@code {ORDER}} and
 * {@code {KEY}} (the sort key values returned with each node), filled from its
 * {@link Ordering}, and {@code {PROJECTION}}.
 */
final class RootPages {

    private RootPages() {}

    /**
     * One page of a root connection, read by keyset. With a count query, the page and the count are one round
     * trip: the page is collected first, so an empty page still yields the row that carries the count. A query may
     * also answer both itself, as one pass over the matches can: one row of {@code nodes} (a list of
     * {@code {node, key}}) and {@code total}, with no count query.
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
        PageQuery prepared = PageQuery.of(query, ordering, type, variable, parameters, page, selection);
        if (countQuery != null) {
            String combined = "CALL {\n" + prepared.cypher() + "\n}\nWITH collect({node: node, key: key}) AS nodes\n"
                    + "CALL {\n" + countQuery + "\n}\nRETURN nodes, total";
            return withTotal(reader.read(combined, prepared.parameters()).get(0), prepared);
        }
        List<Record> records = reader.read(prepared.cypher(), prepared.parameters());
        if (records.size() == 1 && records.get(0).containsKey("total")) {
            return withTotal(records.get(0), prepared);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        for (Record record : records) {
            add(record.get("node").asMap(), record.get("key").asList(Value::asObject), rows, keys);
        }
        return prepared.rows(rows, keys, null);
    }

    private static NodeRows withTotal(Record record, PageQuery prepared) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        for (Value item : record.get("nodes").values()) {
            add(item.get("node").asMap(), item.get("key").asList(Value::asObject), rows, keys);
        }
        return prepared.rows(rows, keys, (int)
                Math.min(Integer.MAX_VALUE, record.get("total").asLong()));
    }

    /** A page query with its placeholders filled and its parameters, and what shapes its rows into a page. */
    private record PageQuery(String cypher, Map<String, Object> parameters, PageRequest page, Projection projection) {

        static PageQuery of(
                String query,
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
            String cypher = query.replace("{PROJECTION}", projection.cypher())
                    .replace("{KEYSET}", ordering.condition(page, asWritten, withPage, "cursor"))
                    .replace("{KEYSET_BOUND}", ordering.bound(page, asWritten, "cursor"))
                    .replace("{ORDER}", ordering.orderBy(page.fromEnd(), asWritten))
                    .replace("{KEY}", ordering.keyList(asWritten));
            return new PageQuery(cypher, withPage, page, projection);
        }

        NodeRows rows(List<Map<String, Object>> rows, List<List<Object>> keys, Integer total) {
            Page<Map<String, Object>> slice = Page.fromOneMore(rows, keys, page);
            return new NodeRows(
                    slice.items(), slice.keys(), slice.hasNext(), slice.hasPrevious(), projection.fields(), total);
        }
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
