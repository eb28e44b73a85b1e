package io.whosaid.api.live;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.whosaid.api.IngestJobs;
import io.whosaid.api.errors.NotFoundException;
import io.whosaid.model.ArticleIngested;
import io.whosaid.model.Edit;
import io.whosaid.model.IngestJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Subscriptions over graphql-transport-ws at the GraphQL path (GraphQLEndpoint admits each one as it admits a read). */
@GraphQLApi
@ApplicationScoped
public class LiveApi {

    private final LiveEvents events;
    private final IngestJobs jobs;

    public LiveApi(LiveEvents events, IngestJobs jobs) {
        this.events = events;
        this.jobs = jobs;
    }

    @Subscription("articleIngested")
    @Description(
            "Each article as it goes into the graph (by ingestArticle, ingestUrl or a batch): new ones, and changed "
                    + "texts that replaced the one under their url; an article sent again unchanged is not told")
    public Multi<@NonNull ArticleIngested> articleIngested() {
        return events.articles();
    }

    @Subscription("ingestJobProgress")
    @Description("A batch job's counts as they move: first as they stand, then at each item done; completes after the "
            + "job is DONE. For an unknown job, one answer with a null job and a NOT_FOUND error, then complete.")
    // Nullable: an error answer carries a null job, and graphql-java drops the answer of a non-null field that has
    // none (the client then heard nothing at all).
    public Multi<IngestJob> ingestJobProgress(@Name("id") @NonNull @Id String id) {
        return jobs.find(id)
                .map(IngestJobs.Job::progress)
                .orElseGet(() -> Multi.createFrom().failure(new NotFoundException("no ingest job has the id " + id)));
    }

    @Subscription("entityChanged")
    @Description(
            "Each edit once committed (the Edit, with the ids it touched); only those touching one of ids, or every "
                    + "edit when ids is empty")
    public Multi<@NonNull Edit> entityChanged(@Name("ids") List<@NonNull String> ids) {
        return events.edits(ids);
    }
}
