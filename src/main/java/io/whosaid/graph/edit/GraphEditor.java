package io.whosaid.graph.edit;

import io.whosaid.graph.GraphAvailability;
import io.whosaid.graph.GraphMetrics;
import io.whosaid.graph.QueryFamily;
import io.whosaid.graph.RetryPolicy;
import io.whosaid.model.Edit;
import io.whosaid.model.EditKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Runs every edit: one write transaction that takes the next edit number (so edits run one at a time), reads and
 * locks what it changes, checks it, applies the change and records it as an {@code :Edit} with the before and after.
 * A lock conflict with an ingest is retried whole, as article writes are; a refused edit writes nothing.
 */
@ApplicationScoped
public class GraphEditor {

    private static final RetryPolicy WRITES = RetryPolicy.writes();

    /** What one edit changes, planned from the graph as its transaction sees it; throws to refuse. */
    @FunctionalInterface
    public interface Plan {
        Change plan(GraphState state);
    }

    private final Driver driver;
    private final GraphAvailability availability;
    private final GraphMetrics metrics;
    private final TransactionConfig transactionConfig;

    public GraphEditor(
            Driver driver,
            GraphAvailability availability,
            GraphMetrics metrics,
            @ConfigProperty(name = "whosaid.neo4j.write-timeout", defaultValue = "30s") Duration timeout) {
        this.driver = driver;
        this.availability = availability;
        this.metrics = metrics;
        this.transactionConfig =
                TransactionConfig.builder().withTimeout(timeout).build();
    }

    /** Plans, applies and records one edit. */
    public Edit edit(String author, EditKind kind, String reason, List<String> subjects, Plan plan) {
        return inTransaction(tx -> {
            long seq = EditLog.begin(tx);
            GraphState state = new GraphState(tx, EditLog.id(seq));
            Change change = plan.plan(state);
            state.apply(change);
            return EditLog.record(state, seq, author, kind, reason, subjects, change, null);
        });
    }

    /** Undoes an edit, unless a later edit in force touched what it touched. */
    public Edit undo(String author, String editId, String reason) {
        return inTransaction(tx -> undo(tx, EditLog.begin(tx), author, editId, reason, EditKind.UNDO));
    }

    /** Splits a merged entity back into the entities merged into it: the undo of the latest merge that kept it. */
    public Edit split(String author, String entityId, String reason) {
        return inTransaction(tx -> {
            long seq = EditLog.begin(tx);
            String merge = EditLog.lastMergeInto(tx, entityId)
                    .orElseThrow(() -> new EditRefusedException(
                            EditRefusedException.Reason.NOT_MERGED,
                            entityId + " was never merged (or its merges are undone)"));
            return undo(tx, seq, author, merge, reason, EditKind.SPLIT_ENTITY);
        });
    }

    private Edit undo(TransactionContext tx, long seq, String author, String editId, String reason, EditKind kind) {
        Edit edit = EditLog.find(tx, editId).orElseThrow(() -> EditRefusedException.notFound("No edit " + editId));
        if (edit.undoes() != null) {
            throw EditRefusedException.badInput(editId + " is itself an undo; make the edit again instead");
        }
        if (edit.undone()) {
            throw EditRefusedException.badInput(editId + " is already undone (by " + edit.undoneBy() + ")");
        }
        List<String> dependents = EditLog.dependents(tx, editId);
        if (!dependents.isEmpty()) {
            throw new EditRefusedException(
                    EditRefusedException.Reason.DEPENDED_ON,
                    "Cannot undo " + editId + ": later edits touch the same nodes; undo them first: "
                            + String.join(", ", dependents));
        }
        GraphState state = new GraphState(tx);
        Change undo = new Change(SnapshotJson.read(edit.before()), SnapshotJson.read(edit.after())).reversed();
        state.read(undo.touchedIds()); // locks them
        state.apply(undo);
        Edit recorded = EditLog.record(state, seq, author, kind, reason, List.of(editId), undo, editId);
        EditLog.markUndone(tx, editId, recorded.id());
        return recorded;
    }

    /** One edit's transaction, retries included, timed as the {@code edit} query family (refusals are errors there). */
    private Edit inTransaction(Function<TransactionContext, Edit> work) {
        GraphMetrics.Statement statement = metrics.begin(QueryFamily.EDIT);
        try {
            Edit edit = availability.call(WRITES, attempt -> {
                try (var session = driver.session()) {
                    return session.executeWrite(work::apply, transactionConfig);
                }
            });
            metrics.end(statement, 1, null);
            return edit;
        } catch (RuntimeException e) {
            metrics.end(statement, 0, e);
            throw e;
        }
    }
}
