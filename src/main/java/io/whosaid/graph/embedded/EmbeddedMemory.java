package io.whosaid.graph.embedded;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * How much memory the embedded Neo4j gets, sized from the machine unless set: its heap, its page cache and
 * what running transactions may hold of that heap. The transaction limits are what keep one request from
 * taking the database down: Neo4j stops a transaction that would go over them (the request fails alone) long
 * before the JVM runs out of heap, which would end the process.
 *
 * @param heap              the child JVM's -Xmx, in bytes
 * @param pageCache         the page cache (off-heap), in bytes
 * @param transactionMax    what one transaction may hold ({@code db.memory.transaction.max}), in bytes
 * @param transactionsTotal what all running transactions together may hold ({@code dbms.memory.transaction.total.max})
 */
public record EmbeddedMemory(long heap, long pageCache, long transactionMax, long transactionsTotal) {

    public static final String AUTO = "auto";
    static final long MIB = 1024L * 1024;
    static final long GIB = 1024 * MIB;

    /** Automatic sizes: an eighth of the machine each for heap and page cache, within these bounds. */
    static final long MIN_HEAP = 512 * MIB;

    static final long MAX_HEAP = 8 * GIB;
    static final long MIN_PAGE_CACHE = 256 * MIB;
    static final long MAX_PAGE_CACHE = 16 * GIB;
    /**
     * All transactions may hold half the heap, one of them three sixteenths: the rest is Neo4j's own (caches, Bolt
     * buffers, result serialisation, untracked allocations), so the limits bite well before the heap is full. One
     * transaction's share is what an article of 10,000 comments needs on the smallest heap (512m: 96m; an eighth,
     * 64m, stopped it once comments stored their text lengths too).
     */
    static final int TOTAL_SHARE_OF_HEAP = 2;

    static final int ONE_SHARE_OF_HEAP_SIXTEENTHS = 3;

    public EmbeddedMemory {
        if (transactionsTotal >= heap || transactionMax > transactionsTotal) {
            throw new IllegalArgumentException("The embedded Neo4j's transaction memory (one " + transactionMax
                    + " bytes, all " + transactionsTotal + " bytes) must stay below its heap (" + heap + " bytes)");
        }
    }

    /**
     * Sizes from settings, each a size ("512m", "2g") or {@value #AUTO}.
     *
     * @param machineBytes the machine's physical memory, which the automatic sizes are shares of
     */
    public static EmbeddedMemory of(
            String heap, String pageCache, String transactionMax, String transactionsTotal, long machineBytes) {
        long heapBytes = isAuto(heap) ? clamp(machineBytes / 8, MIN_HEAP, MAX_HEAP) : parse(heap);
        long pageCacheBytes =
                isAuto(pageCache) ? clamp(machineBytes / 8, MIN_PAGE_CACHE, MAX_PAGE_CACHE) : parse(pageCache);
        long total = isAuto(transactionsTotal) ? heapBytes / TOTAL_SHARE_OF_HEAP : parse(transactionsTotal);
        long one = isAuto(transactionMax)
                ? Math.min(total, heapBytes / 16 * ONE_SHARE_OF_HEAP_SIXTEENTHS)
                : parse(transactionMax);
        return new EmbeddedMemory(heapBytes, pageCacheBytes, one, total);
    }

    /** The physical memory of this machine, or 4 GiB when the JVM cannot tell. */
    public static long machineMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 4 * GIB;
    }

    /** Whole mebibytes, as both -Xmx and neo4j.conf take them ("512m"). */
    static String megabytes(long bytes) {
        return Math.max(1, bytes / MIB) + "m";
    }

    private static boolean isAuto(String value) {
        return value == null || value.isBlank() || AUTO.equalsIgnoreCase(value.strip());
    }

    /** A size as -Xmx writes it: digits, then k, m or g (any case), or bytes without a suffix. */
    static long parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        long unit = switch (text.charAt(text.length() - 1)) {
            case 'k' -> 1024;
            case 'm' -> MIB;
            case 'g' -> GIB;
            default -> 1;
        };
        String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
        try {
            return Math.multiplyExact(Long.parseLong(digits.strip()), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Not a memory size (like 512m or 2g): " + value);
        }
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}
