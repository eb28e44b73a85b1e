package io.whosaid.api;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.api.errors.FetchFailedException;
import io.whosaid.api.errors.FetchTimeoutException;
import io.whosaid.api.errors.MalformedJsonException;
import io.whosaid.api.errors.NoArticleException;
import io.whosaid.api.errors.TooLargeException;
import io.whosaid.api.errors.TooManyRedirectsException;
import io.whosaid.api.errors.UrlAddressNotAllowedException;
import io.whosaid.api.errors.UrlSchemeNotAllowedException;
import io.whosaid.api.live.LiveEvents;
import io.whosaid.graph.ArticleWriter;
import io.whosaid.graph.ArticleWriter.WriteOutcome;
import io.whosaid.graph.NodeMapper;
import io.whosaid.ingest.ArticleFormatException;
import io.whosaid.ingest.IncomingArticle;
import io.whosaid.ingest.IngestPipeline;
import io.whosaid.ingest.IngestPipeline.Format;
import io.whosaid.ingest.PublishedDates;
import io.whosaid.ingest.fetch.FetchRefusedException;
import io.whosaid.ingest.fetch.FetchedPage;
import io.whosaid.ingest.fetch.PageFetcher;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.model.Article;
import io.whosaid.model.ArticleIngested;
import io.whosaid.model.ArticleTextInput;
import io.whosaid.model.IngestResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One article in, whatever its format or source: its size checked, read, its url and date checked, written in
 * one transaction. The one place where ingest's errors become the API's error codes, so every ingest mutation
 * (one article, a fetched url, a batch item) answers the same problem with the same code.
 */
@ApplicationScoped
public class ArticleIngest {

    private static final Logger LOG = Logger.getLogger(ArticleIngest.class);
    private static final int MAX_URL_LENGTH = 2000;

    private final IngestPipeline pipeline;
    private final ArticleWriter writer;
    private final PageFetcher fetcher;
    private final int maxBytes;
    private final int maxPageBytes;
    private final IngestMetrics metrics;
    private final LiveEvents live;

    public ArticleIngest(
            IngestPipeline pipeline,
            ArticleWriter writer,
            PageFetcher fetcher,
            IngestMetrics metrics,
            LiveEvents live,
            @ConfigProperty(name = "whosaid.ingest.max-bytes") int maxBytes,
            @ConfigProperty(name = "whosaid.ingest.max-page-bytes") int maxPageBytes) {
        this.pipeline = pipeline;
        this.writer = writer;
        this.fetcher = fetcher;
        this.maxBytes = maxBytes;
        this.maxPageBytes = maxPageBytes;
        this.metrics = metrics;
        this.live = live;
    }

    public int maxPageBytes() {
        return maxPageBytes;
    }

    /** One article input as ingestArticle and ingestBatch take it: exactly one of text, html or json. */
    public IngestResult ingest(ArticleTextInput input) {
        return store(prepare(input));
    }

    /**
     * One article input read, checked and extracted, ready to be written (ingestBatch writes many at once); a
     * problem with it is the same error ingestArticle would give.
     */
    public ArticleGraph prepare(ArticleTextInput input) {
        try {
            Format format = formatOf(input);
            String article = switch (format) {
                case TEXT -> input.text();
                case HTML -> input.html();
                case JSON -> input.json();
            };
            return prepareChecked(format, article, input.url(), input.publishedAt());
        } catch (RuntimeException e) {
            metrics.failed(e);
            throw e;
        }
    }

    private static Format formatOf(ArticleTextInput input) {
        List<Format> given = new ArrayList<>();
        if (input.text() != null) {
            given.add(Format.TEXT);
        }
        if (input.html() != null) {
            given.add(Format.HTML);
        }
        if (input.json() != null) {
            given.add(Format.JSON);
        }
        if (given.size() != 1) {
            throw new BadInputException("give exactly one of text, html or json (got " + given.size() + ")");
        }
        return given.get(0);
    }

    /** An article given as text, a page or JSON; {@code url} and {@code publishedAt} may be null. */
    public IngestResult ingest(Format format, String input, String url, String publishedAt) {
        ArticleGraph graph;
        try {
            graph = prepareChecked(format, input, url, publishedAt);
        } catch (RuntimeException e) {
            metrics.failed(e);
            throw e;
        }
        return store(graph);
    }

    private ArticleGraph prepareChecked(Format format, String input, String url, String publishedAt) {
        String field = format.name().toLowerCase();
        int bytes = input.getBytes(StandardCharsets.UTF_8).length;
        int limit = format == Format.HTML ? maxPageBytes : maxBytes;
        if (bytes > limit) {
            throw new TooLargeException(field + " is " + bytes + " bytes; the limit is " + limit);
        }
        String checkedUrl = checkedUrl(url, "url");
        String checkedDate = checkedDate(publishedAt);
        IncomingArticle article =
                metrics.phase(IngestMetrics.Phase.PARSE, () -> read(() -> pipeline.read(format, input, checkedUrl)));
        return extract(article, checkedUrl, checkedDate);
    }

    /**
     * Fetches the page at {@code url} (see {@link PageFetcher} for the guards) and ingests it under the address it
     * was found at after redirects: a canonical link the page claims cannot make it replace another article.
     */
    public IngestResult ingestUrl(String url, String publishedAt) {
        ArticleGraph graph;
        try {
            graph = ingestUrlChecked(url, publishedAt);
        } catch (RuntimeException e) {
            metrics.failed(e);
            throw e;
        }
        return store(graph);
    }

    private ArticleGraph ingestUrlChecked(String url, String publishedAt) {
        String checkedDate = checkedDate(publishedAt);
        FetchedPage page;
        try {
            page = fetcher.fetch(url);
        } catch (FetchRefusedException e) {
            throw switch (e.reason()) {
                case SCHEME_NOT_ALLOWED -> new UrlSchemeNotAllowedException(e.getMessage());
                case ADDRESS_NOT_ALLOWED -> new UrlAddressNotAllowedException(e.getMessage());
                case TOO_MANY_REDIRECTS -> new TooManyRedirectsException(e.getMessage());
                case TOO_LARGE -> new TooLargeException(e.getMessage());
                case TIMEOUT -> new FetchTimeoutException(e.getMessage());
                case FAILED -> new FetchFailedException(e.getMessage());
            };
        }
        IncomingArticle article = metrics.phase(
                IngestMetrics.Phase.PARSE,
                () -> read(() -> pipeline.readPage(page.body(), page.charset(), page.url())));
        return extract(article, checkedUrl(page.url(), "url"), checkedDate);
    }

    private ArticleGraph extract(IncomingArticle article, String url, String publishedAt) {
        String effectiveUrl = url != null ? url : checkedUrl(article.url(), "the article's own url");
        return metrics.phase(
                IngestMetrics.Phase.EXTRACT, () -> read(() -> pipeline.prepare(article, effectiveUrl, publishedAt)));
    }

    /** Writes one prepared article in its own transaction. */
    private IngestResult store(ArticleGraph graph) {
        WriteOutcome outcome = storeOne(graph, true);
        // The write returns the stored article, so no second transaction reads it back.
        return new IngestResult((Article) NodeMapper.node(outcome.article()), outcome.created());
    }

    private WriteOutcome storeOne(ArticleGraph graph, boolean returnArticle) {
        WriteOutcome outcome;
        try {
            outcome = metrics.phase(
                    IngestMetrics.Phase.WRITE,
                    () -> writer.writeAll(List.of(graph), returnArticle).get(0));
        } catch (RuntimeException e) {
            metrics.failed(e);
            throw e;
        }
        recorded(graph, outcome);
        return outcome;
    }

    /**
     * Writes prepared articles (no two of one article id) in one transaction, and answers each one's result in
     * their order. When that transaction fails, nothing of it is stored, and each article is written again on its
     * own, so that a bad one fails alone (its failure in its place) and the others go in. Batch jobs keep only an
     * article's id, so the stored articles are not read back.
     */
    public List<Written> storeAll(List<ArticleGraph> graphs) {
        if (graphs.size() > 1) {
            try {
                List<WriteOutcome> outcomes =
                        metrics.phase(IngestMetrics.Phase.WRITE, () -> writer.writeAll(graphs, false));
                List<Written> written = new ArrayList<>();
                for (int i = 0; i < graphs.size(); i++) {
                    recorded(graphs.get(i), outcomes.get(i));
                    written.add(new Written(
                            outcomes.get(i).articleId(), outcomes.get(i).created(), null));
                }
                return written;
            } catch (RuntimeException e) {
                LOG.debugf(
                        "a batch of %d articles failed (%s); writing them one by one", graphs.size(), e.getMessage());
            }
        }
        List<Written> written = new ArrayList<>();
        for (ArticleGraph graph : graphs) {
            try {
                WriteOutcome outcome = storeOne(graph, false);
                written.add(new Written(outcome.articleId(), outcome.created(), null));
            } catch (RuntimeException e) {
                written.add(new Written(null, false, e));
            }
        }
        return written;
    }

    /** Counts a written article and tells live subscribers when it is new or replaced one. */
    private void recorded(ArticleGraph graph, WriteOutcome outcome) {
        metrics.ingested(graph, outcome.created(), outcome.replaced());
        if (outcome.created() || outcome.replaced()) {
            live.articleIngested(new ArticleIngested(
                    outcome.articleId(),
                    graph.article().title(),
                    graph.publisher() == null ? null : graph.publisher().name(),
                    outcome.created()));
        }
    }

    /** One article of a batched write: its id and whether it was new, or why it failed (then the id is null). */
    public record Written(String articleId, boolean created, RuntimeException failure) {}

    private static <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (ArticleFormatException e) {
            throw switch (e.problem()) {
                case MALFORMED_JSON -> new MalformedJsonException(e.getMessage());
                case NO_ARTICLE -> new NoArticleException(e.getMessage());
                case FORMAT -> new BadInputException(e.getMessage());
            };
        }
    }

    public static String checkedUrl(String url, String what) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null
                    || !(uri.getScheme().equalsIgnoreCase("http")
                            || uri.getScheme().equalsIgnoreCase("https"))
                    || uri.getHost() == null
                    || url.length() > MAX_URL_LENGTH) {
                throw new BadInputException(what + " must be an absolute http(s) URL");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new BadInputException(what + " must be an absolute http(s) URL");
        }
    }

    public static String checkedDate(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String date = PublishedDates.normalize(publishedAt);
        if (date == null) {
            throw new BadInputException("publishedAt must be an ISO-8601 date or date-time, e.g. 2022-01-12");
        }
        return date;
    }
}
