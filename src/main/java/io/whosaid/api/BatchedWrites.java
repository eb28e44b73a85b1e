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
 * The writers of batch jobs: articles already read and extracted (by the jobs' workers) wait in bounded queues, and
 * each writer thread writes whatever is waiting in its queue, up to {@code whosaid.ingest.batch.write-size} articles,
 * in one transaction ({@link ArticleIngest#storeAll}). Extraction of the next articles runs while a batch is written;
 * full queues make the workers wait, so memory stays bounded whatever the jobs hold.
 *
 * <p>{@code whosaid.ingest.batch.writers} writers (1 by default, see application.properties): the database runs one transaction's statements on one thread, so
 * with one writer bulk ingest could never go faster than one core of the database (about 140 articles a second on the
 * bench's machine, that thread at 100 %). An article goes to the writer its id names (a hash), so every version of one
 * article goes through one writer, in the order it was queued; two writers may still meet on a shared node (a person
 * both batches mention), where one waits for the other's lock, and a deadlock between them is retried as any write's
 * (ArticleWriter).
 */
@ApplicationScoped
public class BatchedWrites {

    private static final Logger LOG = Logger.getLogger(BatchedWrites.class);

    private final ArticleIngest ingest;
    private final int writeSize;
    private final List<Lane> lanes = new ArrayList<>();

    public BatchedWrites(
            ArticleIngest ingest,
            @ConfigProperty(name = "whosaid.ingest.batch.write-size") int writeSize,
            @ConfigProperty(name = "whosaid.ingest.batch.queue") int queueSize,
            @ConfigProperty(name = "whosaid.ingest.batch.writers") int writers) {
        this.ingest = ingest;
        this.writeSize = Math.max(1, writeSize);
        int count = Math.max(1, writers);
        // The queue's size is shared out, so that as many extracted articles wait whatever the number of writers.
        int perLane = Math.max(1, (queueSize + count - 1) / count);
        for (int i = 0; i < count; i++) {
            lanes.add(new Lane(i, new ArrayBlockingQueue<>(perLane)));
        }
    }

    /** Queues one extracted article; {@code done} gets its result on a writer's thread. Waits while its queue is full. */
    public void write(ArticleGraph graph, Consumer<Written> done) throws InterruptedException {
        Lane lane = lanes.get(Math.floorMod(graph.article().id().hashCode(), lanes.size()));
        lane.start();
        lane.queue.put(new Waiting(graph, done));
    }

    @PreDestroy
    void stop() {
        lanes.forEach(Lane::stop);
    }

    /** One writer thread and the queue it takes from. */
    private final class Lane {
        private final int number;
        private final BlockingQueue<Waiting> queue;
        private Thread writer;

        Lane(int number, BlockingQueue<Waiting> queue) {
            this.number = number;
            this.queue = queue;
        }

        synchronized void start() {
            if (writer == null) {
                writer = new Thread(this::writeForever, "whosaid-ingest-writer-" + number);
                writer.setDaemon(true);
                writer.start();
            }
        }

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
                        written = ingest.storeAll(
                                batch.stream().map(Waiting::graph).toList());
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "a batch of %d articles failed unexpectedly", batch.size());
                        written = batch.stream()
                                .map(waiting -> new Written(null, false, e))
                                .toList();
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
         * ingestArticle calls in a row would. While some are held back, batches are made of them alone, so that what
         * is held back stays under the write size.
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
    }

    private record Waiting(ArticleGraph graph, Consumer<Written> done) {}
}
