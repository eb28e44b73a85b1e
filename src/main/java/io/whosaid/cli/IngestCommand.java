package io.whosaid.cli;

import io.whosaid.cli.InputItems.FeedMode;
import io.whosaid.cli.InputItems.Limits;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code whosaid ingest <files | folders | urls.txt | archive.jsonl | feed.xml>…} against a running service, or with
 * {@code --direct} against the service started in this process for the run.
 */
@Command(
        name = "ingest",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Sends articles to a running WhoSaid service over its GraphQL API (an editor's API key is needed), or "
                    + "with --direct straight into the graph: the service runs in this process for the run, on the "
                    + "store its usual configuration names (WHOSAID_NEO4J_EMBEDDED_DATA_DIR or NEO4J_URI), on "
                    + "loopback with a key made for the run.",
            "Files: .txt (the text format, or a list of urls when the first line is one), .html/.htm (saved pages), "
                    + ".json (one article), .jsonl/.ndjson (an article per line), .xml/.rss/.atom (feeds). "
                    + "Folders are walked; their other files are passed over.",
            "What lands is written to the state file, and a later run skips it; failed items go to the failure "
                    + "report, one line each (where, code, reason). Exit code 0 when every item is in, 1 when any "
                    + "failed, 2 for a wrong command line, 3 when --direct could not start the service (e.g. its store is "
                    + "in use by a running service)."
        },
        mixinStandardHelpOptions = true)
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders, url lists, archives, feeds")
    List<Path> inputs;

    @Option(
            names = "--service",
            paramLabel = "URL",
            defaultValue = "${env:WHOSAID_SERVICE:-http://localhost:8080}",
            description = "the service (env WHOSAID_SERVICE; default ${DEFAULT-VALUE})")
    URI service;

    @Option(
            names = "--api-key",
            paramLabel = "KEY",
            defaultValue = "${env:WHOSAID_API_KEY}",
            description = "an editor's API key (env WHOSAID_API_KEY)")
    String apiKey;

    @Option(
            names = "--direct",
            description = "no running service: start one in this process, on the configured store, for this run")
    boolean direct;

    @Option(
            names = "--state",
            paramLabel = "FILE",
            defaultValue = "whosaid-ingest.state",
            description = "what earlier runs got in, skipped this time (default ${DEFAULT-VALUE})")
    Path state;

    @Option(
            names = "--failures",
            paramLabel = "FILE",
            defaultValue = "whosaid-failures.tsv",
            description = "the failure report (default ${DEFAULT-VALUE}); removed when nothing failed")
    Path failures;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "2",
            description = "requests (batches) in flight (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(
            names = "--batch",
            paramLabel = "N",
            defaultValue = "100",
            description = "most articles sent in one request (ingestBatch; default ${DEFAULT-VALUE}, at most 1000)")
    int batch;

    @Option(
            names = "--batch-chars",
            paramLabel = "CHARS",
            defaultValue = "2000000",
            description = "most characters of articles in one request (default ${DEFAULT-VALUE}); a larger article "
                    + "goes alone")
    long batchChars;

    @Option(
            names = "--feed-items",
            paramLabel = "LINK|CONTENT",
            defaultValue = "LINK",
            description = "a feed item's link (fetched by the service) or its content (default ${DEFAULT-VALUE}); "
                    + "either falls back to the other when the item lacks it")
    FeedMode feedMode;

    @Option(
            names = "--max-bytes",
            paramLabel = "BYTES",
            defaultValue = "1048576",
            description = "largest text or json article file, and JSON line (default ${DEFAULT-VALUE}, as the service)")
    int maxBytes;

    @Option(
            names = "--max-page-bytes",
            paramLabel = "BYTES",
            defaultValue = "5242880",
            description = "largest page file (default ${DEFAULT-VALUE}, as the service)")
    long maxPageBytes;

    @Option(
            names = "--max-feed-bytes",
            paramLabel = "BYTES",
            defaultValue = "20971520",
            description = "largest feed file (default ${DEFAULT-VALUE})")
    long maxFeedBytes;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "longest wait for one answer (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--no-progress", description = "no progress bar (the summary is still printed)")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    /** Starts the service for {@code --direct}; set by {@link WhoSaidCli}, null where only a client runs. */
    InProcessService inProcess;

    private BulkIngest.Summary summary;

    /** What the last run did (for tests and embedding callers); null before a run. */
    public BulkIngest.Summary summary() {
        return summary;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (concurrency < 1 || concurrency > 64) {
            err.println("--concurrency must be between 1 and 64");
            return 2;
        }
        if (batch < 1 || batch > 1000 || batchChars < 1) {
            err.println("--batch must be between 1 and 1000, --batch-chars at least 1");
            return 2;
        }
        if (direct) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--service")
                    || spec.commandLine().getParseResult().hasMatchedOption("--api-key")) {
                err.println("--direct starts its own service: leave out --service and --api-key");
                return 2;
            }
            if (inProcess == null) {
                err.println("--direct needs the service's jar (java -jar quarkus-run.jar ingest --direct ...)");
                return 2;
            }
            if (!anythingToSend()) {
                // Every item is in already (or cannot be read): the run reports them without starting the service.
                out.println("--direct: nothing to send (every item is in the state file or cannot be read); "
                        + "the service was not started");
                return ingest(null, null, out, err);
            }
            return inProcess.serve((endpoint, key) -> ingest(endpoint, key, out, err));
        }
        return ingest(service, apiKey, out, err);
    }

    private Limits limits() {
        return new Limits(maxBytes, maxPageBytes, maxFeedBytes, maxBytes);
    }

    /** Whether any item would be sent: one that can be read and is not in the state file. Stops at the first. */
    private boolean anythingToSend() throws IOException {
        try (ResumeState resume = new ResumeState(state);
                InputItems items = new InputItems(inputs, limits(), feedMode)) {
            while (items.hasNext()) {
                Item item = items.next();
                if (item.problem() == null && !resume.contains(item.key())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Ingests the inputs into {@code service}; null when nothing is to be sent (nothing is then asked of it). */
    private int ingest(URI service, String apiKey, PrintWriter out, PrintWriter err) throws Exception {
        Limits limits = limits();
        long total = InputItems.count(inputs, limits, feedMode);
        ServiceClient client =
                service == null ? null : new ServiceClient(service, apiKey, Duration.ofSeconds(timeoutSeconds));
        try (ResumeState resume = new ResumeState(state);
                FailureReport report = new FailureReport(failures);
                InputItems items = new InputItems(inputs, limits, feedMode);
                ProgressBar bar = noProgress ? null : progressBar(total, err)) {
            summary = new BulkIngest(client, resume, report, concurrency, new BulkIngest.Batching(batch, batchChars))
                    .run(items, progress(bar));
            if (bar != null) {
                bar.stepTo(summary.done() + summary.failed());
            }
            if (items.ignored() > 0) {
                out.printf(Locale.ROOT, "passed over %d file(s) of other kinds in folders%n", items.ignored());
            }
        }
        if (!noProgress) {
            err.println();
            err.flush();
        }
        out.printf(
                Locale.ROOT,
                "ingest into %s: %d item(s): %d created, %d already in, %d skipped (in an earlier run), "
                        + "%d failed; %.1f s, %.1f articles/s%n",
                direct || client == null ? "the graph (--direct)" : client.endpoint(),
                total,
                summary.created(),
                summary.alreadyIn(),
                summary.skipped(),
                summary.failed(),
                summary.seconds(),
                summary.articlesPerSecond());
        if (summary.stoppedBecause() != null) {
            out.println("stopped before the end: " + summary.stoppedBecause());
        }
        if (summary.failed() > 0) {
            out.println("failures: " + failures + " (one line per item: where, code, reason)");
        }
        out.flush();
        return summary.failed() == 0 && summary.stoppedBecause() == null ? 0 : 1;
    }

    private static ProgressBar progressBar(long total, PrintWriter err) {
        return new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1)
                .showSpeed(new DecimalFormat("0.0"))
                .setUpdateIntervalMillis(250)
                .setConsumer(new DelegatingProgressBarConsumer(
                        line -> {
                            err.print('\r' + line);
                            err.flush();
                        },
                        100))
                .build();
    }

    private static Consumer<Outcome> progress(ProgressBar bar) {
        if (bar == null) {
            return outcome -> {};
        }
        long[] failed = {0};
        long[] skipped = {0};
        return outcome -> {
            synchronized (bar) {
                if (outcome.status() == Outcome.Status.FAILED) {
                    failed[0]++;
                } else if (outcome.status() == Outcome.Status.SKIPPED) {
                    skipped[0]++;
                }
                bar.setExtraMessage(" failed " + failed[0] + (skipped[0] > 0 ? ", skipped " + skipped[0] : ""));
                bar.step();
            }
        };
    }
}
