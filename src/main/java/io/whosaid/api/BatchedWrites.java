package io.whosaid.api;

import io.whosaid.api.ArticleIngest.Written;
import io.whosaid.ingest.resolve.ArticleGraph;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one writer of batch jobs: articles already read and extracted (by the jobs' workers) wait in a bounded queue,
 * and one thread writes whatever is waiting, up to {@code whosaid.ingest.batch.write-size} articles, in one
 * transaction ({@link ArticleIngest#storeAll}). Extraction of the next articles runs while a batch is written; a
 * full queue makes the workers wait, so memory stays bounded whatever the jobs hold. One writer: batches of many
 * articles never contend with each other for the shared nodes' locks.
 */
@ApplicationScoped
public class BatchedWrites {

    private static final Logger LOG = Logger.getLogger(BatchedWrites.class);

    private final ArticleIngest ingest;
    private final int writeSize;
    private final BlockingQueue<Waiting> queue;
    private Thread writer;

    public BatchedWrites(
            ArticleIngest ingest,
            @ConfigProperty(name = "whosaid.ingest.batch.write-size") int writeSize,
            @ConfigProperty(name = "whosaid.ingest.batch.queue") int queueSize) {
        this.ingest = ingest;
        this.writeSize = Math.max(1, writeSize);
        this.queue = new ArrayBlockingQueue<>(Math.max(1, queueSize));
    }

    /** Queues one extracted article; {@code done} gets its result on the writer's thread. Waits while the queue is full. */
    public void write(ArticleGraph graph, Consumer<Written> done) throws InterruptedException {
        startWriter();
        queue.put(new Waiting(graph, done));
    }

    private synchronized void startWriter() {
        if (writer == null) {
            writer = new Thread(this::writeForever, "whosaid-ingest-writer");
            writer.setDaemon(true);
            writer.start();
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (writer != null) {
            writer.interrupt();
        }
    }

    private void writeForever() {
        Deque<Waiting> heldBack = new ArrayDeque<>();
        try {
            while (true) {
                List<Waiting> batch = nextBatch(heldBack);
                List<Written> written;
                try {
                    written = ingest.storeAll(batch.stream().map(Waiting::graph).toList());
                } catch (RuntimeException e) {
                    LOG.errorf(e, "a batch of %d articles failed unexpectedly", batch.size());
                    written =
                            batch.stream().map(waiting -> new Written(null, e)).toList();
                }
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().accept(written.get(i));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What is waiting, up to the write size. An article whose id is already in the batch (the same text twice, two
     * versions of one url) is held back for a later batch, so that it sees the first one written, as two
     * ingestArticle calls in a row would. While some are held back, batches are made of them alone, so that what is
     * held back stays under the write size.
     */
    private List<Waiting> nextBatch(Deque<Waiting> heldBack) throws InterruptedException {
        List<Waiting> batch = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Deque<Waiting> stillHeld = new ArrayDeque<>();
        if (!heldBack.isEmpty()) {
            while (!heldBack.isEmpty()) {
                add(heldBack.poll(), batch, ids, stillHeld);
            }
        } else {
            add(queue.take(), batch, ids, stillHeld);
            for (int polled = 1; polled < writeSize; polled++) {
                Waiting next = queue.poll();
                if (next == null) {
                    break;
                }
                add(next, batch, ids, stillHeld);
            }
        }
        heldBack.addAll(stillHeld);
        return batch;
    }

    private void add(Waiting waiting, List<Waiting> batch, Set<String> ids, Deque<Waiting> held) {
        if (batch.size() < writeSize && ids.add(waiting.graph().article().id())) {
            batch.add(waiting);
        } else {
            held.add(waiting);
        }
    }

    private record Waiting(ArticleGraph graph, Consumer<Written> done) {}
}
