package io.whosaid.api.edit;

import io.quarkus.security.identity.SecurityIdentity;
import io.whosaid.api.Paging;
import io.whosaid.api.errors.BadInputException;
import io.whosaid.api.errors.ForbiddenException;
import io.whosaid.api.security.AccessPolicy;
import io.whosaid.graph.Page;
import io.whosaid.graph.edit.DuplicateCandidates;
import io.whosaid.graph.edit.EditReader;
import io.whosaid.ingest.PublishedDates;
import io.whosaid.model.DuplicateCandidate;
import io.whosaid.model.DuplicateCandidateConnection;
import io.whosaid.model.DuplicateCandidateEdge;
import io.whosaid.model.Edit;
import io.whosaid.model.EditConnection;
import io.whosaid.model.EditEdge;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The edit log, read: the edits of one node, and all edits by time and author. */
@GraphQLApi
public class EditQueries {

    private final EditReader edits;
    private final DuplicateCandidates duplicates;
    private final Paging paging;
    private final SecurityIdentity identity;

    public EditQueries(EditReader edits, DuplicateCandidates duplicates, Paging paging, SecurityIdentity identity) {
        this.identity = identity;
        this.edits = edits;
        this.duplicates = duplicates;
        this.paging = paging;
    }

    @Query("history")
    @Description("The edits that named or touched a node (also one an edit deleted), newest first")
    public @NonNull List<@NonNull Edit> history(@Name("id") @NonNull @Id String id) {
        return edits.history(id);
    }

    @Query("edits")
    @Description(
            "Every edit, newest first; since: ISO-8601 date or date-time; by: the author (API key name or JWT subject)")
    public @NonNull EditConnection edits(
            @Name("since") String since,
            @Name("by") String by,
            @Name("first") Integer first,
            @Name("after") String after) {
        String from = null;
        if (since != null) {
            from = PublishedDates.normalize(since);
            if (from == null) {
                throw new BadInputException("since must be an ISO-8601 date or date-time, e.g. 2026-12-05");
            }
            if (from.length() == 10) {
                from = from + "T00:00:00Z";
            }
        }
        String start = from;
        Page<Edit> page = edits.page(start, by, paging.request(first, after, null, null, EditReader.NEWEST_FIRST));
        List<String> cursors = paging.cursors(page, EditReader.NEWEST_FIRST);
        List<EditEdge> rows = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            rows.add(new EditEdge(page.items().get(i), cursors.get(i)));
        }
        return new EditConnection(rows, Paging.pageInfo(page, cursors), () -> edits.count(start, by));
    }

    @Query("duplicateCandidates")
    @Description("Pairs of people or organizations that are probably one, best first, each with its reasons: confirm "
            + "one with mergeEntities, reject it with rejectDuplicate (never suggested again)")
    public @NonNull DuplicateCandidateConnection duplicateCandidates(
            @Name("first") Integer first, @Name("after") String after) {
        // It ranks the whole graph: an editorial tool, not a read to offer every anonymous caller.
        if (!identity.hasRole(AccessPolicy.EDITOR_ROLE)) {
            throw new ForbiddenException("duplicateCandidates needs the editor role");
        }
        Page<DuplicateCandidate> page =
                duplicates.page(paging.request(first, after, null, null, DuplicateCandidates.BEST_FIRST));
        List<String> cursors = paging.cursors(page, DuplicateCandidates.BEST_FIRST);
        List<DuplicateCandidateEdge> rows = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            rows.add(new DuplicateCandidateEdge(page.items().get(i), cursors.get(i)));
        }
        return new DuplicateCandidateConnection(rows, Paging.pageInfo(page, cursors));
    }

    @Name("totalCount")
    @Description("How many edits the whole connection holds")
    public int editsTotal(@Source EditConnection connection) {
        return connection.totalCountSupplier().getAsInt();
    }
}
