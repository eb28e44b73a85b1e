package io.whosaid.graph;

import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import io.whosaid.graph.projection.Projection;
import io.whosaid.graph.projection.ProjectionCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** How the root connections (articles, people, organizations, quotes) read a page, and their counts. */
final class RootPages {

    private RootPages() {
    }

    /**
     * One page of a root connection. With a count query, the page and the count are one round trip:
     * the page is collected first, so an empty page still yields the row that carries the count.
     */
    static NodeRows page(GraphReader reader, String query, String countQuery, NodeType type, String variable,
                         Map<String, Object> parameters, PageRequest page, NodeSelection selection) {
        Projection projection = new ProjectionCompiler().compile(type, variable, selection, false);
        Map<String, Object> withPage = new HashMap<>(parameters);
        withPage.putAll(projection.parameters());
        withPage.put("skip", page.offset());
        withPage.put("limit", page.limit() + 1);
        String pageQuery = query.replace("{PROJECTION}", projection.cypher());
        List<Map<String, Object>> rows = new ArrayList<>();
        Integer total = null;
        if (countQuery == null) {
            for (Record record : reader.read(pageQuery, withPage)) {
                GraphReader.existing(record.get("node").asMap()).ifPresent(rows::add);
            }
        } else {
            String combined = "CALL {\n" + pageQuery + "\n}\nWITH collect(node) AS nodes\nCALL {\n" + countQuery
                    + "\n}\nRETURN nodes, total";
            Record record = reader.read(combined, withPage).get(0);
            for (Map<String, Object> row : record.get("nodes").asList(Value::asMap)) {
                GraphReader.existing(row).ifPresent(rows::add);
            }
            total = (int) Math.min(Integer.MAX_VALUE, record.get("total").asLong());
        }
        Page<Map<String, Object>> slice = Page.fromOneMore(rows, page);
        return new NodeRows(slice.items(), slice.offset(), slice.hasNext(), projection.fields(), total);
    }

    static int count(GraphReader reader, String query, Map<String, Object> parameters) {
        List<Record> records = reader.read(query, parameters);
        return records.isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE, records.get(0).get("total").asLong());
    }
}
