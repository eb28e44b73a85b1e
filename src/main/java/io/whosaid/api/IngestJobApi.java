package io.whosaid.api;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.api.errors.TooLargeException;
import io.whosaid.graph.Ordering;
import io.whosaid.graph.Page;
import io.whosaid.graph.PageRequest;
import io.whosaid.model.ArticleTextInput;
import io.whosaid.model.IngestJob;
import io.whosaid.model.IngestJobItem;
import io.whosaid.model.IngestJobItemConnection;
import io.whosaid.model.IngestJobItemEdge;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Batches over the API: ingestBatch answers at once with a job; ingestJob tells its progress and each item's result. */
@GraphQLApi
public class IngestJobApi {

    /** A job's items in the order of its inputs; a cursor holds the item's index (the jobs live in memory, not in the graph). */
    private static final Ordering ITEMS_IN_INPUT_ORDER = Ordering.parse("ingest-job-items", "index");

    private final IngestJobs jobs;
    private final Paging paging;

    public IngestJobApi(IngestJobs jobs, Paging paging) {
        this.jobs = jobs;
        this.paging = paging;
    }

    @Mutation("ingestBatch")
    @Description("Accepts many articles (each as ingestArticle's input) and answers at once with a job; ingestJob(id) "
            + "tells its progress and each item's result. Each item is ingested on its own: a bad one fails alone.")
    public @NonNull IngestJob ingestBatch(@Name("inputs") @NonNull List<@NonNull ArticleTextInput> inputs) {
        if (inputs.isEmpty()) {
            throw new BadInputException("inputs is empty");
        }
        if (inputs.size() > jobs.maxItems()) {
            throw new TooLargeException(
                    "a batch holds at most " + jobs.maxItems() + " items; this one has " + inputs.size());
        }
        return jobs.submit(inputs);
    }

    @Query("ingestJob")
    @Description("A batch ingest job by the id ingestBatch gave; null when unknown (jobs live in the service's memory, "
            + "the most recent ones only, and not across restarts)")
    public IngestJob ingestJob(@Name("id") @NonNull @Id String id) {
        return jobs.find(id).map(IngestJobs.Job::snapshot).orElse(null);
    }

    @Name("items")
    @Description("Each item's result, in the order of the batch's inputs; items not read yet are PENDING")
    public @NonNull IngestJobItemConnection items(
            @Source IngestJob job, @Name("first") Integer first, @Name("after") String after) {
        PageRequest request = paging.request(first, after, null, null, ITEMS_IN_INPUT_ORDER);
        int from = request.after() == null ? 0 : ((Number) request.after().get(0)).intValue() + 1;
        IngestJobs.Job found = jobs.find(job.id()).orElse(null);
        List<IngestJobItem> read = found == null ? List.of() : found.items(from, request.limit() + 1);
        List<List<Object>> keys =
                read.stream().map(item -> List.<Object>of((long) item.index())).toList();
        Page<IngestJobItem> page = Page.fromOneMore(read, keys, request);
        List<String> cursors = paging.cursors(page, ITEMS_IN_INPUT_ORDER);
        List<IngestJobItemEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new IngestJobItemEdge(page.items().get(i), cursors.get(i)));
        }
        return new IngestJobItemConnection(edges, Paging.pageInfo(page, cursors), job::total);
    }

    @Name("totalCount")
    @Description("How many items the whole connection holds")
    public int itemsTotal(@Source IngestJobItemConnection connection) {
        return connection.totalCountSupplier().getAsInt();
    }
}
