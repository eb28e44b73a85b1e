package io.whosaid.ingest.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.eval.GoldEntity;
import io.whosaid.eval.GoldParser;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.ingest.IngestPipeline;
import io.whosaid.ingest.extract.EntityType;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * The real-news development documents (eval/real/dev, GUM Wikinews) ingested through the service into a real
 * Neo4j (the service's ingest pipeline and writer): no two Person nodes are one person per the gold. Gold people of every document are joined into one
 * person when they share a full name (two words or more); each such person may have at most one node. The
 * held-out part is left alone, as nothing may be tuned on it.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class RealCorpusPeopleTest {

    private static final Path DEV = Path.of("eval/real/dev");

    @Inject
    Driver driver;

    @Inject
    IngestPipeline pipeline;

    @Inject
    ArticleWriter writer;

    @Test
    void noPersonHasTwoNodesAcrossTheRealCorpus() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(DEV.resolve("articles"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() >= 10, "the real development set is present: " + articles.size());
        List<String> articleIds = new ArrayList<>();
        List<Set<String>> goldPeople = new ArrayList<>();
        for (Path article : articles) {
            // The service's own pipeline and writer, as ingestArticle runs them, without an HTTP round trip per
            // article.
            ArticleGraph graph = pipeline.prepare(Files.readString(article, StandardCharsets.UTF_8), null, null);
            articleIds.add(writer.write(graph).articleId());
            Path gold =
                    DEV.resolve("gold").resolve(article.getFileName().toString().replaceFirst("\\.txt$", ".gold"));
            for (GoldEntity g : GoldParser.parse(Files.readString(gold, StandardCharsets.UTF_8))
                    .entities()) {
                if (g.type() == EntityType.PERSON) {
                    Set<String> full = new HashSet<>();
                    g.allNames().stream()
                            .map(RealCorpusPeopleTest::fold)
                            .filter(n -> n.contains(" "))
                            .forEach(full::add);
                    if (!full.isEmpty()) {
                        goldPeople.add(full);
                    }
                }
            }
        }
        List<Set<String>> persons = join(goldPeople);

        Map<String, Set<String>> nodeNames = new HashMap<>();
        try (var session = driver.session()) {
            for (Record r : session.run("""
                    MATCH (a:Article)-[:MENTIONS]->(p:Person) WHERE a.id IN $ids
                    RETURN DISTINCT p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases""", Map.of("ids", articleIds)).list()) {
                Set<String> names = new HashSet<>();
                names.add(fold(r.get("name").asString()));
                r.get("aliases").asList(v -> fold(v.asString())).forEach(names::add);
                nodeNames.put(r.get("id").asString(), names);
            }
        }
        assertTrue(nodeNames.size() >= 20, "people were written: " + nodeNames.size());
        List<String> duplicated = new ArrayList<>();
        for (Set<String> person : persons) {
            List<String> nodes = nodeNames.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(person::contains))
                    .map(Map.Entry::getKey)
                    .toList();
            if (nodes.size() > 1) {
                duplicated.add(person + " → " + nodes);
            }
        }
        assertEquals(List.of(), duplicated, "gold people with more than one Person node");
    }

    /** Gold people of several documents who share a full name are one person. */
    private static List<Set<String>> join(List<Set<String>> people) {
        List<Set<String>> joined = new ArrayList<>();
        for (Set<String> p : people) {
            Set<String> merged = new HashSet<>(p);
            joined.removeIf(q -> {
                boolean shared = q.stream().anyMatch(merged::contains);
                if (shared) {
                    merged.addAll(q);
                }
                return shared;
            });
            joined.add(merged);
        }
        return joined;
    }

    /** Lower case, accents, punctuation and courtesy titles folded: "Mr. José Álvarez" → "jose alvarez". */
    private static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return s.replaceFirst("^(mr|mrs|ms|dr|prof) (?=\\S+ \\S)", "");
    }
}
