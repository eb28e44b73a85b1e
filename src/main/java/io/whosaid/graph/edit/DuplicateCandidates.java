package io.whosaid.graph.edit;

import io.whosaid.graph.CypherFile;
import io.whosaid.graph.GraphReader;
import io.whosaid.graph.Ordering;
import io.whosaid.graph.Page;
import io.whosaid.graph.PageRequest;
import io.whosaid.model.DuplicateCandidate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Pairs of entities that are probably one, for editors to confirm (merge) or reject ({@link #rejectionId}); the
 * signals and their weights are in edit/duplicate-candidates.cypher. Ranked over the whole graph on each request: a
 * review tool, not a hot path.
 */
@ApplicationScoped
public class DuplicateCandidates {

    /** Best first; the pair ("id1 id2", unique) makes the order total. */
    public static final Ordering BEST_FIRST = Ordering.parse("duplicates:best", "score DESC, pair");
    /** A name or surname bucket holding more entities than this is too common to suggest pairs from. */
    static final int MAX_GROUP = 50;

    static final String REJECTION = "DuplicateRejection";
    private static final String PAGE = CypherFile.load("edit/duplicate-candidates");

    private final GraphReader reader;

    public DuplicateCandidates(GraphReader reader) {
        this.reader = reader;
    }

    public Page<DuplicateCandidate> page(PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("limit", request.limit() + 1);
        parameters.put("maxGroup", MAX_GROUP);
        parameters.put("hyphen", "-");
        parameters.put("space", " ");
        parameters.put("rejectionPrefix", REJECTION_PREFIX);
        UnaryOperator<String> asWritten = UnaryOperator.identity();
        String query = PAGE.replace("{KEYSET}", BEST_FIRST.condition(request, asWritten, parameters, "cursor"))
                .replace("{ORDER}", BEST_FIRST.orderBy(request.fromEnd(), asWritten))
                .replace("{KEY}", BEST_FIRST.keyList(asWritten));
        List<DuplicateCandidate> candidates = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        for (Record r : reader.read(query, parameters)) {
            Value c = r.get("candidate");
            candidates.add(new DuplicateCandidate(
                    c.get("ids").asList(Value::asString),
                    c.get("names").asList(Value::asString),
                    c.get("score").asDouble(),
                    reasons(c)));
            keys.add(r.get("key").asList(Value::asObject));
        }
        return Page.fromOneMore(candidates, keys, request);
    }

    /** Why a pair is suggested, in the order the score weighs them. */
    private static List<String> reasons(Value c) {
        List<String> reasons = new ArrayList<>();
        c.get("shared").asList(Value::asString).forEach(name -> reasons.add("both called " + name));
        c.get("affiliations").asList(Value::asString).forEach(org -> reasons.add("both affiliated with " + org));
        if (c.get("variant").asBoolean()) {
            reasons.add("same surname and first initial");
        }
        long together = c.get("together").asLong();
        if (together > 0) {
            reasons.add("named together in " + together + " article(s)");
        }
        return reasons;
    }

    private static final String REJECTION_PREFIX = "duplicate:";

    /** The id of the node that records a rejected pair: the same whichever way round the pair is named. */
    static String rejectionId(String a, String b) {
        return REJECTION_PREFIX + (a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
    }

    /** Records that two entities are not one, so the pair is never suggested again; undoing the edit suggests it again. */
    public static GraphEditor.Plan reject(String a, String b) {
        return state -> {
            if (a.equals(b)) {
                throw EditRefusedException.badInput("A pair is two entities");
            }
            String id = rejectionId(a, b);
            Snapshot now = state.read(List.of(a, b, id));
            EntityEdits.entities(now, List.of(a, b));
            if (now.node(id).isPresent()) {
                throw EditRefusedException.badInput(a + " and " + b + " are already rejected as duplicates");
            }
            Map<String, Object> properties = new HashMap<>();
            properties.put("id", id);
            properties.put("ids", a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
            return new Change(
                    Snapshot.empty(),
                    new Snapshot(List.of(new NodeState(id, List.of(REJECTION), properties)), List.of()));
        };
    }
}
