package io.whosaid.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The highest heap use and resident set of a JVM while something runs, sampled every few seconds with {@link
 * Memory#of}: a reading taken only at the end misses a heap that grew and was collected during the run. The peak
 * resident set is the kernel's own (VmHWM), exact; the heap is as high as the samples saw it.
 */
final class MemoryPeaks implements AutoCloseable {

    private final long pid;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-memory-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Memory last;
    private volatile long peakHeapUsedKb = -1;
    private volatile long peakHeapCommittedKb = -1;

    private MemoryPeaks(long pid, int everySeconds) {
        this.pid = pid;
        sampler.scheduleWithFixedDelay(this::sample, 0, everySeconds, TimeUnit.SECONDS);
    }

    /** Samples the JVM {@code pid} every {@code everySeconds} until closed; null for an unknown pid. */
    static MemoryPeaks watch(long pid, int everySeconds) {
        return pid > 0 ? new MemoryPeaks(pid, everySeconds) : null;
    }

    private void sample() {
        Memory memory = Memory.of(pid);
        last = memory;
        peakHeapUsedKb = Math.max(peakHeapUsedKb, memory.heapUsedKb());
        peakHeapCommittedKb = Math.max(peakHeapCommittedKb, memory.heapCommittedKb());
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        try {
            sampler.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
    }

    String describe() {
        Memory end = last;
        return String.format(
                "peak RSS (VmHWM) %d MB, peak heap used %d MB (of at most %d MB committed), at the end RSS %d MB",
                end.peakRssKb() / 1024, peakHeapUsedKb / 1024, peakHeapCommittedKb / 1024, end.rssKb() / 1024);
    }
}
