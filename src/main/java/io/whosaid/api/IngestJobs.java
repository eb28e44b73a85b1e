package io.whosaid.api;

import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.whosaid.api.errors.ApiException;
import io.whosaid.graph.GraphUnavailableException;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.model.ArticleTextInput;
import io.whosaid.model.IngestItemStatus;
import io.whosaid.model.IngestJob;
import io.whosaid.model.IngestJobItem;
import io.whosaid.model.IngestJobState;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Batch ingest jobs: accepted at once, worked through in the background: a few workers per job read and extract the
 * items, and {@link BatchedWrites} writes them, many articles per transaction, while the next ones are extracted.
 * Each item ends as ingestArticle would have ended it (created, already in, or failed with the same code: a bad
 * item fails alone and writes nothing). Jobs live in this service's memory: the most recent
 * {@code whosaid.ingest.batch.max-jobs} are kept (the oldest finished one goes first) and a restart forgets them;
 * the articles they wrote stay.
 */
@ApplicationScoped
public class IngestJobs {

    private static final Logger LOG = Logger.getLogger(IngestJobs.class);

    private final ArticleIngest ingest;
    private final BatchedWrites writes;
    private final IngestMetrics metrics;
    private final ManagedExecutor executor;
    private final int maxItems;
    private final int maxJobs;
    private final int workersPerJob;
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    public IngestJobs(
            ArticleIngest ingest,
            BatchedWrites writes,
            IngestMetrics metrics,
            ManagedExecutor executor,
            @ConfigProperty(name = "whosaid.ingest.batch.max-items") int maxItems,
            @ConfigProperty(name = "whosaid.ingest.batch.max-jobs") int maxJobs,
            @ConfigProperty(name = "whosaid.ingest.batch.workers") int workersPerJob) {
        this.ingest = ingest;
        this.writes = writes;
        this.metrics = metrics;
        this.executor = executor;
        this.maxItems = maxItems;
        this.maxJobs = maxJobs;
        this.workersPerJob = workersPerJob;
    }

    public int maxItems() {
        return maxItems;
    }

    /** Accepts the inputs (already checked for count) and starts working on them; answers the job as it starts. */
    public IngestJob submit(List<ArticleTextInput> inputs) {
        Job job = new Job(UUID.randomUUID().toString(), Instant.now().toString(), inputs, metrics);
        metrics.jobAccepted(inputs.size());
        synchronized (jobs) {
            jobs.put(job.id, job);
            evictOver(maxJobs);
        }
        for (int i = 0; i < Math.min(workersPerJob, inputs.size()); i++) {
            executor.execute(() -> work(job));
        }
        return job.snapshot();
    }

    public Optional<Job> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    private void evictOver(int limit) {
        Iterator<Job> oldestFirst = jobs.values().iterator();
        while (jobs.size() > limit && oldestFirst.hasNext()) {
            if (oldestFirst.next().finished()) {
                oldestFirst.remove();
            }
        }
    }

    private void work(Job job) {
        for (int index = job.next.getAndIncrement(); index < job.total(); index = job.next.getAndIncrement()) {
            ArticleTextInput input = job.inputs.getAndSet(index, null); // read once, then let it go
            int item = index;
            try {
                ArticleGraph graph = ingest.prepare(input);
                writes.write(
                        graph,
                        written -> job.record(
                                item,
                                written.failure() == null ? result(item, written) : failure(item, written.failure())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                job.record(item, failure(item, new IllegalStateException("the service is stopping")));
                return;
            } catch (RuntimeException e) {
                job.record(item, failure(item, e));
            }
        }
    }

    private static IngestJobItem result(int index, ArticleIngest.Written written) {
        return new IngestJobItem(
                index,
                written.created() ? IngestItemStatus.CREATED : IngestItemStatus.EXISTED,
                written.articleId(),
                null,
                null);
    }

    private static IngestJobItem failure(int index, RuntimeException failure) {
        if (failure instanceof ApiException || failure instanceof GraphUnavailableException) {
            ErrorCode code = failure.getClass().getAnnotation(ErrorCode.class);
            return new IngestJobItem(
                    index,
                    IngestItemStatus.FAILED,
                    null,
                    code == null ? "INTERNAL" : code.value(),
                    failure.getMessage());
        }
        LOG.errorf(failure, "batch item %d failed unexpectedly", index);
        return new IngestJobItem(
                index,
                IngestItemStatus.FAILED,
                null,
                "INTERNAL",
                "the service failed on this item; its log has the details");
    }

    /** One batch: its inputs until each is read, and each item's result. */
    public static final class Job {
        private final String id;
        private final String submittedAt;
        private final AtomicReferenceArray<ArticleTextInput> inputs;
        private final AtomicReferenceArray<IngestJobItem> items;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger created = new AtomicInteger();
        private final IngestMetrics metrics;
        /** Each snapshot as an item is done; completes with the job. */
        private final BroadcastProcessor<IngestJob> changes = BroadcastProcessor.create();

        Job(String id, String submittedAt, List<ArticleTextInput> inputs, IngestMetrics metrics) {
            this.metrics = metrics;
            this.id = id;
            this.submittedAt = submittedAt;
            this.inputs = new AtomicReferenceArray<>(inputs.toArray(ArticleTextInput[]::new));
            this.items = new AtomicReferenceArray<>(inputs.size());
        }

        int total() {
            return items.length();
        }

        boolean finished() {
            return done.get() == total();
        }

        private void record(int index, IngestJobItem item) {
            items.set(index, item);
            if (item.status() == IngestItemStatus.FAILED) {
                failed.incrementAndGet();
            } else if (item.status() == IngestItemStatus.CREATED) {
                created.incrementAndGet();
            }
            metrics.jobItemDone(item.status());
            boolean last = done.incrementAndGet() == total();
            synchronized (changes) { // the processor takes its signals one at a time
                changes.onNext(snapshot());
                if (last) {
                    metrics.jobFinished();
                    changes.onComplete();
                }
            }
        }

        /**
         * The job's snapshots: as it stands, then as each item is done (a slow subscriber gets the latest), ending
         * with the DONE one. The last snapshot is read again at the end, so one that subscribes as the job finishes
         * still sees DONE; repeats are left out.
         */
        public Multi<IngestJob> progress() {
            return Multi.createBy()
                    .concatenating()
                    .streams(
                            Multi.createFrom().item(this::snapshot),
                            changes.onOverflow().dropPreviousItems(),
                            Multi.createFrom().item(this::snapshot))
                    .skip()
                    .repetitions();
        }

        public IngestJob snapshot() {
            int finished = done.get();
            return new IngestJob(
                    id,
                    finished == total() ? IngestJobState.DONE : IngestJobState.RUNNING,
                    total(),
                    finished,
                    failed.get(),
                    created.get(),
                    submittedAt);
        }

        /** Items {@code offset} to {@code offset + limit - 1} (those not read yet are PENDING). */
        public List<IngestJobItem> items(int offset, int limit) {
            int end = Math.min(total(), offset + limit);
            List<IngestJobItem> page = new java.util.ArrayList<>();
            for (int i = offset; i < end; i++) {
                IngestJobItem item = items.get(i);
                page.add(item == null ? IngestJobItem.pending(i) : item);
            }
            return page;
        }
    }
}
