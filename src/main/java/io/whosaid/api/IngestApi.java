package io.whosaid.api;

import io.whosaid.model.ArticleTextInput;
import io.whosaid.model.IngestResult;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class IngestApi {

    private final ArticleIngest ingest;
    private final ManagedExecutor workers;

    public IngestApi(ArticleIngest ingest, ManagedExecutor workers) {
        this.ingest = ingest;
        this.workers = workers;
    }

    @Mutation("ingestArticle")
    @Description("Reads one article given as text (the text format), html (a saved web page) or json, and writes it in "
            + "one transaction. Idempotent: the same article again gives created: false and changes nothing.")
    public @NonNull CompletionStage<IngestResult> ingestArticle(@Name("input") @NonNull ArticleTextInput input) {
        // A mutation returning a plain value is run by SmallRye GraphQL through Vert.x's *ordered* executeBlocking,
        // which queues every request of one event loop behind the one before it: with two event loops, 8 ingest
        // clients got 2 ingests at a time, each waiting for its database round trips. The worker pool runs them
        // side by side (the managed executor carries the request's context over).
        return workers.supplyAsync(() -> ingest(input));
    }

    @Mutation("ingestUrl")
    @Description("Fetches the web page at url (http or https, public addresses only, redirects re-checked, size and "
            + "time limited) and ingests it as ingestArticle(input: {html}) does, under the url it was found at.")
    public @NonNull CompletionStage<IngestResult> ingestUrl(
            @Name("url") @NonNull String url, @Name("publishedAt") String publishedAt) {
        return workers.supplyAsync(() -> ingest.ingestUrl(url, publishedAt));
    }

    private IngestResult ingest(ArticleTextInput input) {
        return ingest.ingest(input);
    }
}
