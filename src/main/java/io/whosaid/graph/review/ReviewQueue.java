package io.whosaid.graph.review;

import io.whosaid.graph.CypherFile;
import io.whosaid.graph.GraphReader;
import io.whosaid.graph.NodeMapper;
import io.whosaid.graph.Ordering;
import io.whosaid.graph.Page;
import io.whosaid.graph.PageRequest;
import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import io.whosaid.graph.projection.ProjectionCompiler;
import io.whosaid.model.EditKind;
import io.whosaid.model.ReviewItem;
import io.whosaid.model.ReviewReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * What needs an editor's eye (read/review/items.cypher): quotes with no speaker, quotes whose speaker the extractor
 * was unsure of, entities only one article names; what an editor already decided is left out. Each request ranks
 * the whole graph: a review tool, not a hot path.
 */
@ApplicationScoped
public class ReviewQueue {

    /** A quote whose speaker was attributed with less confidence than this is LOW_CONFIDENCE. */
    public static final double LOW_CONFIDENCE = 0.8;
    /**
     * No speaker first, then low confidence, then entities seen once; within each the least sure first, then the
     * newest article; the id makes the order total.
     */
    public static final Ordering QUEUE_ORDER = Ordering.parse("review:queue", "rank, confidence, published DESC, id");

    /** The reasons by the rank items.cypher gives them: its order of the queue. */
    private static final List<ReviewReason> RANKED =
            List.of(ReviewReason.NO_SPEAKER, ReviewReason.LOW_CONFIDENCE, ReviewReason.SEEN_ONCE);

    private static final String ITEMS = CypherFile.load("read/review/items");
    private static final String PAGE = CypherFile.load("read/review/page").replace("{ITEMS}", ITEMS);
    private static final String COUNT = CypherFile.load("read/review/count").replace("{ITEMS}", ITEMS);
    /** Edits that put back what was: an entity they touched was not decided on. */
    private static final List<String> UNDO_KINDS = List.of(EditKind.UNDO.name(), EditKind.SPLIT_ENTITY.name());

    private final GraphReader reader;

    public ReviewQueue(GraphReader reader) {
        this.reader = reader;
    }

    /** A page of the queue for these reasons, each item's node with the properties {@code selection} names. */
    public Page<ReviewItem> page(List<ReviewReason> reasons, PageRequest request, NodeSelection selection) {
        Map<String, Object> parameters = parameters(reasons);
        parameters.put("limit", request.limit() + 1);
        UnaryOperator<String> asWritten = UnaryOperator.identity();
        NodeSelection propertiesOnly = new NodeSelection(selection.properties(), List.of());
        String projection = new ProjectionCompiler()
                .compile(NodeType.ENTITY, "n", propertiesOnly, false)
                .cypher();
        String query = PAGE.replace("{KEYSET}", QUEUE_ORDER.condition(request, asWritten, parameters, "cursor"))
                .replace("{ORDER}", QUEUE_ORDER.orderBy(request.fromEnd(), asWritten))
                .replace("{KEY}", QUEUE_ORDER.keyList(asWritten))
                .replace("{PROJECTION}", projection);
        List<ReviewItem> items = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        for (Record r : reader.read(query, parameters)) {
            Value confidence = r.get("quoteConfidence");
            items.add(new ReviewItem(
                    RANKED.get(r.get("rank").asInt()),
                    NodeMapper.node(r.get("node").asMap()),
                    confidence.isNull() ? null : confidence.asDouble()));
            keys.add(r.get("key").asList(Value::asObject));
        }
        return Page.fromOneMore(items, keys, request);
    }

    public int count(List<ReviewReason> reasons) {
        return reader.read(COUNT, parameters(reasons)).get(0).get("total").asInt();
    }

    private static Map<String, Object> parameters(List<ReviewReason> reasons) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("noSpeaker", reasons.contains(ReviewReason.NO_SPEAKER));
        parameters.put("lowConfidence", reasons.contains(ReviewReason.LOW_CONFIDENCE));
        parameters.put("seenOnce", reasons.contains(ReviewReason.SEEN_ONCE));
        parameters.put("confidenceBelow", LOW_CONFIDENCE);
        parameters.put("undoKinds", UNDO_KINDS);
        return parameters;
    }
}
