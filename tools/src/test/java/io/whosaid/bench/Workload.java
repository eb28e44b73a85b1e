package io.whosaid.bench;

import io.whosaid.graph.SearchQuery;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraph.EntityRow;
import io.whosaid.ingest.resolve.ArticleGraph.QuoteRow;
import io.whosaid.ingest.resolve.Ids;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The parameters each standard request is asked with: for every request a fixed pool of parameter sets, drawn
 * from articles picked uniformly at random, so entities come in as often as articles mention them (popular
 * people are asked about more, as in real traffic). Every system gets the same pools in the same order.
 */
public final class Workload {

    public static final int POOL_SIZE = 64;

    private final Map<StandardRequest, List<Map<String, Object>>> pools = new EnumMap<>(StandardRequest.class);

    public Workload(CorpusGenerator generator) {
        int articles = generator.spec().articles();
        for (StandardRequest request : StandardRequest.values()) {
            SplittableRandom random = CorpusGenerator.randomFor(generator.spec().seed(), 99, request.ordinal());
            List<Map<String, Object>> pool = new ArrayList<>();
            while (pool.size() < POOL_SIZE) {
                ArticleGraph graph = generator.article(random.nextInt(articles)).graph();
                Map<String, Object> parameters = switch (request) {
                    case ARTICLE -> Map.of("id", graph.article().id());
                    case QUOTES_ABOUT ->
                        subject(graph, Ids.PERSON, random)
                                .<Map<String, Object>>map(id -> Map.of("id", id, "first", 20))
                                .orElse(null);
                    case NEIGHBORHOOD ->
                        Map.of("id", pick(graph.people(), random).id(), "limit", 100);
                    case PATH ->
                        Map.of(
                                "fromId",
                                pick(graph.people(), random).id(),
                                "toId",
                                pick(
                                                generator
                                                        .article(random.nextInt(articles))
                                                        .graph()
                                                        .people(),
                                                random)
                                        .id());
                    case SEARCH -> search(CorpusGenerator.shortName(pick(graph.people(), random)));
                    case TOP_SPEAKERS ->
                        subject(graph, Ids.ORGANIZATION, random)
                                .<Map<String, Object>>map(id -> Map.of("id", id, "first", 10))
                                .orElse(null);
                };
                if (parameters != null
                        && !(request == StandardRequest.PATH
                                && parameters.get("fromId").equals(parameters.get("toId")))) {
                    pool.add(parameters);
                }
            }
            pools.put(request, List.copyOf(pool));
        }
    }

    public List<Map<String, Object>> pool(StandardRequest request) {
        return pools.get(request);
    }

    /**
     * The words as a user types them ({@code query}) and as the service's search hands them to Lucene
     * ({@code lucene}, by {@link SearchQuery}: every word must match).
     */
    private static Map<String, Object> search(String words) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("query", words);
        parameters.put("lucene", SearchQuery.parse(words).lucene());
        parameters.put("limit", 10);
        return Map.copyOf(parameters);
    }

    /** Something a quote of this article is about, of the kind the id prefix names. */
    private static java.util.Optional<String> subject(ArticleGraph graph, String prefix, SplittableRandom random) {
        List<String> ids = new ArrayList<>();
        for (QuoteRow quote : graph.quotes()) {
            quote.aboutIds().stream().filter(id -> id.startsWith(prefix)).forEach(ids::add);
        }
        return ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ids.get(random.nextInt(ids.size())));
    }

    private static EntityRow pick(List<EntityRow> rows, SplittableRandom random) {
        return rows.get(random.nextInt(rows.size()));
    }
}
