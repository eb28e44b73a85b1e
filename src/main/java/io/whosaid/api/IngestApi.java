package io.whosaid.api;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.api.errors.TooLargeException;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.graph.ArticleWriter.WriteOutcome;
import io.whosaid.graph.NodeMapper;
import io.whosaid.ingest.ArticleFormatException;
import io.whosaid.ingest.IngestPipeline;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.model.Article;
import io.whosaid.model.ArticleTextInput;
import io.whosaid.model.IngestResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.jboss.logging.Logger;

@GraphQLApi
public class IngestApi {

    private static final Logger LOG = Logger.getLogger(IngestApi.class);

    private final IngestPipeline pipeline;
    private final ArticleWriter writer;
    private final ManagedExecutor workers;
    private final int maxBytes;

    public IngestApi(IngestPipeline pipeline, ArticleWriter writer, ManagedExecutor workers,
                     @ConfigProperty(name = "whosaid.ingest.max-bytes") int maxBytes) {
        this.pipeline = pipeline;
        this.writer = writer;
        this.workers = workers;
        this.maxBytes = maxBytes;
    }

    @Mutation("ingestArticle")
    @Description("Reads an article in the text format (title, subtitle, body, Source: line, comment thread) and "
            + "writes it in one transaction. Idempotent: the same text again gives created: false and changes nothing.")
    public @NonNull CompletionStage<IngestResult> ingestArticle(@Name("input") @NonNull ArticleTextInput input) {
        // A mutation returning a plain value is run by SmallRye GraphQL through Vert.x's *ordered* executeBlocking,
        // which queues every request of one event loop behind the one before it: with two event loops, 8 ingest
        // clients got 2 ingests at a time, each waiting for its database round trips. The worker pool runs them
        // side by side (the managed executor carries the request's context over).
        return workers.supplyAsync(() -> ingest(input));
    }

    private IngestResult ingest(ArticleTextInput input) {
        if (input.text() == null) {
            throw new BadInputException("text is required");
        }
        int bytes = input.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new TooLargeException("text is " + bytes + " bytes; the limit is " + maxBytes);
        }
        String url = checkedUrl(input.url());
        String publishedAt = checkedDate(input.publishedAt());
        long begun = System.nanoTime();
        ArticleGraph graph;
        try {
            graph = pipeline.prepare(input.text(), url, publishedAt);
        } catch (ArticleFormatException e) {
            throw new BadInputException(e.getMessage());
        }
        long prepared = System.nanoTime();
        WriteOutcome outcome = writer.write(graph);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("ingest %s: prepare %.1f ms, write %.1f ms", outcome.articleId(),
                    (prepared - begun) / 1e6, (System.nanoTime() - prepared) / 1e6);
        }
        // The write returns the stored article, so no second transaction reads it back.
        return new IngestResult((Article) NodeMapper.node(outcome.article()), outcome.created());
    }

    private static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null || url.length() > 2000) {
                throw new BadInputException("url must be an absolute http(s) URL");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new BadInputException("url must be an absolute http(s) URL");
        }
    }

    private static String checkedDate(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String value = publishedAt.strip();
        try {
            return OffsetDateTime.parse(value).toString();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).toString();
            } catch (DateTimeParseException e) {
                throw new BadInputException("publishedAt must be an ISO-8601 date or date-time, e.g. 2022-01-12");
            }
        }
    }
}
