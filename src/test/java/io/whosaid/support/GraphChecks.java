package io.whosaid.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/** Cypher checks of the stored graph that load and fault tests share. */
public final class GraphChecks {

    /** Every label the service writes. */
    public static final List<String> LABELS =
            List.of("Article", "Person", "Organization", "Entity", "Quote", "Comment", "Commenter");

    private GraphChecks() {}

    /** For each label, how many ids are held by more than one node (all zero in a sound graph). */
    public static Map<String, Long> duplicateIds(Driver driver) {
        Map<String, Long> duplicates = new LinkedHashMap<>();
        for (String label : LABELS) {
            duplicates.put(
                    label,
                    single(
                            driver,
                            "MATCH (n:" + label + ") WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n",
                            Map.of()));
        }
        return duplicates;
    }

    public static long single(Driver driver, String query, Map<String, Object> parameters) {
        return driver.executableQuery(query)
                .withParameters(parameters)
                .execute()
                .records()
                .get(0)
                .get(0)
                .asLong();
    }

    /** The number of comments stored ON each article with a url under {@code urlPrefix}, by url. */
    public static Map<String, Long> commentCountsByUrl(Driver driver, String urlPrefix) {
        Map<String, Long> counts = new LinkedHashMap<>();
        driver.executableQuery("""
                        MATCH (a:Article) WHERE a.url STARTS WITH $prefix
                        RETURN a.url AS url, COUNT { (a)<-[:ON]-(:Comment) } AS comments ORDER BY url""")
                .withParameters(Map.of("prefix", urlPrefix))
                .execute()
                .records()
                .forEach(r ->
                        counts.put(r.get("url").asString(), r.get("comments").asLong()));
        return counts;
    }
}
