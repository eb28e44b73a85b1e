package io.whosaid.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.api.Context;
import io.whosaid.graph.Page;
import io.whosaid.graph.review.ReviewQueue;
import io.whosaid.model.ReviewItem;
import io.whosaid.model.ReviewItemConnection;
import io.whosaid.model.ReviewItemEdge;
import io.whosaid.model.ReviewReason;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The review queue (issue 15): what an editor should look at, as a read any caller who may read can make. */
@GraphQLApi
public class ReviewQueries {

    private final ReviewQueue queue;
    private final Paging paging;
    private final SelectionReader selections;
    private final Context context;

    public ReviewQueries(ReviewQueue queue, Paging paging, SelectionReader selections, Context context) {
        this.queue = queue;
        this.paging = paging;
        this.selections = selections;
        this.context = context;
    }

    @Query("reviewQueue")
    @Description(
            "What needs an editor's eye, for one reason or (reason omitted) all: quotes with no speaker, then quotes "
                    + "attributed with a confidence under " + ReviewQueue.LOW_CONFIDENCE
                    + " (lowest first), then people and "
                    + "organizations only one article names; newest article first within each. Quotes an editor confirmed, "
                    + "corrected or retracted and entities an edit still in force touched are left out")
    public @NonNull ReviewItemConnection reviewQueue(
            @Name("reason") ReviewReason reason, @Name("first") Integer first, @Name("after") String after) {
        List<ReviewReason> reasons = reason == null ? List.of(ReviewReason.values()) : List.of(reason);
        Page<ReviewItem> page = queue.page(
                reasons,
                paging.request(first, after, null, null, ReviewQueue.QUEUE_ORDER),
                selections.forReviewItems(selection()));
        List<String> cursors = paging.cursors(page, ReviewQueue.QUEUE_ORDER);
        List<ReviewItemEdge> rows = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            rows.add(new ReviewItemEdge(page.items().get(i), cursors.get(i)));
        }
        return new ReviewItemConnection(rows, Paging.pageInfo(page, cursors), () -> queue.count(reasons));
    }

    @Name("totalCount")
    @Description("How many items the queue holds for the reason asked")
    public int reviewTotal(@Source ReviewItemConnection connection) {
        return connection.totalCountSupplier().getAsInt();
    }

    /** What the client selected below the root field; null (read every property) when unknown. */
    private DataFetchingFieldSelectionSet selection() {
        try {
            DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
            return environment == null ? null : environment.getSelectionSet();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
