package io.whosaid.graph.migrations;

import io.whosaid.graph.CypherFile;
import io.whosaid.graph.NameKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Migration step V0009: writes {@code nameKeys} on the people and organizations stored before name filters existed,
 * a batch per transaction, computed by {@link NameKeys} (the one place names become keys; Cypher has no way to drop
 * accents).
 */
final class NameKeysBackfill {

    private static final String MISSING = CypherFile.load("migrations/name-keys-missing");
    private static final String SET = CypherFile.load("migrations/name-keys-set");
    private static final int BATCH = 5000;

    private NameKeysBackfill() {}

    static void run(Session session) {
        while (true) {
            List<Record> missing = session.executeRead(
                    tx -> tx.run(MISSING, Map.of("batch", BATCH)).list());
            if (missing.isEmpty()) {
                return;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Record record : missing) {
                rows.add(Map.of(
                        "element",
                        record.get("element").asString(),
                        "keys",
                        NameKeys.of(
                                record.get("name").asString(),
                                record.get("aliases").asList(Value::asString))));
            }
            session.executeWriteWithoutResult(
                    tx -> tx.run(SET, Map.of("rows", rows)).consume());
        }
    }
}
