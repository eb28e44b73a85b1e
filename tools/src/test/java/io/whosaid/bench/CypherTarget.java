package io.whosaid.bench;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/**
 * The physical limit: the best single Cypher query per request, through the Java driver, as an auto-commit read
 * (one round trip; a managed read transaction adds BEGIN and COMMIT, and WhoSaid reads this way too).
 */
final class CypherTarget implements Target {

    private static final SessionConfig READ =
            SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final Map<StandardRequest, String> queries;

    CypherTarget(Driver driver, Map<StandardRequest, String> queries) {
        this.driver = driver;
        this.queries = queries;
    }

    @Override
    public String name() {
        return "raw Cypher";
    }

    @Override
    public String how(StandardRequest request) {
        return "cypher/queries/standard/" + request.cypherFile() + ".cypher";
    }

    @Override
    public int execute(StandardRequest request, Map<String, Object> parameters) {
        try (var session = driver.session(READ)) {
            List<Record> records = session.run(queries.get(request), parameters).list();
            return switch (request) {
                case ARTICLE ->
                    records.isEmpty()
                            ? 0
                            : records.get(0).get("article").get("quotes").size()
                                    + records.get(0)
                                            .get("article")
                                            .get("comments")
                                            .size();
                case QUOTES_ABOUT ->
                    records.isEmpty() ? 0 : records.get(0).get("quotes").size();
                case NEIGHBORHOOD, PATH ->
                    records.isEmpty() ? 0 : records.get(0).get("nodes").size();
                case SEARCH, TOP_SPEAKERS -> records.size();
            };
        }
    }
}
