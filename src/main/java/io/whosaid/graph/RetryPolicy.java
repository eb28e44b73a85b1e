package io.whosaid.graph;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * How {@link GraphAvailability#call} retries one unit of database work, and what it says when it gives up.
 *
 * @param retried            the driver failures that may pass if tried again; any other one is taken to mean that
 *                           Neo4j is unreachable
 * @param maxAttempts        attempts in all, the first one included
 * @param window             a failure later than this after the first attempt began is not retried
 * @param pauseBefore        the wait before attempt N (N from 2)
 * @param checkEveryAttempt  whether each attempt, not only the first, first asks {@link GraphAvailability#checkReachable}
 * @param unavailableMessage what the failure says when Neo4j is taken to be unreachable
 * @param busyMessage        what it says when the retries of a retried failure run out and that is not an outage
 *                           (writers queueing on locks); null when running out means Neo4j is unreachable
 * @param interruptedMessage what it says when the thread is interrupted during a pause
 */
public record RetryPolicy(
        Predicate<Neo4jException> retried,
        int maxAttempts,
        Duration window,
        IntFunction<Duration> pauseBefore,
        boolean checkEveryAttempt,
        String unavailableMessage,
        String busyMessage,
        String interruptedMessage) {

    static final int NO_ATTEMPT_LIMIT = Integer.MAX_VALUE;
    /** The longest window whose toNanos() does not overflow (about 292 years): in effect, none. */
    static final Duration NO_TIME_LIMIT = Duration.ofNanos(Long.MAX_VALUE);

    /** Lock conflicts are retried up to this many attempts (about 5 s of pauses in all). */
    static final int MAX_CONFLICT_ATTEMPTS = 10;

    static final Duration READ_PAUSE = Duration.ofMillis(50);
    static final Duration LONGEST_CONFLICT_PAUSE = Duration.ofSeconds(1);

    private static final Set<String> LOCK_CONFLICTS = Set.of(
            "Neo.TransientError.Transaction.DeadlockDetected", "Neo.TransientError.Transaction.LockAcquisitionTimeout");
    /**
     * The query itself went over a memory limit: its own (db.memory.transaction.max), all transactions' together
     * (dbms.memory.transaction.total.max), or the heap, which Neo4j survived by stopping the query.
     */
    private static final Set<String> OVER_MEMORY = Set.of(
            "Neo.ClientError.General.TransactionOutOfMemoryError",
            "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
            "Neo.TransientError.General.OutOfMemoryError");

    private static final String ENTITY_NOT_FOUND = "Neo.ClientError.Statement.EntityNotFound";
    /** Transient errors the server says are final: the query was terminated or ran out of time. */
    private static final Set<String> FINAL_TRANSIENT_PREFIXES =
            Set.of("Neo.TransientError.Transaction.Terminated", "Neo.TransientError.Transaction.LockClientStopped");

    /**
     * Reads keep what the driver's managed retries gave: a failure that may pass (a dropped pooled connection,
     * a leader change, Neo4j starting) is retried within {@code window}, with a short fixed pause. The read's
     * retries are themselves what rides out such a blip, so reachability is checked once, before the first.
     */
    public static RetryPolicy reads(Duration window) {
        return new RetryPolicy(
                RetryPolicy::mayPassOnRead,
                NO_ATTEMPT_LIMIT,
                window,
                attempt -> READ_PAUSE,
                false,
                "The graph database is unavailable; try again shortly",
                null,
                "Interrupted while waiting for the graph database");
    }

    /**
     * Streamed reads (exports) are not retried: their rows have gone to the client as they came, so a second
     * attempt would write them twice. A failure ends the stream.
     */
    public static RetryPolicy streams() {
        return new RetryPolicy(
                failure -> false,
                1,
                NO_TIME_LIMIT,
                attempt -> READ_PAUSE,
                false,
                "The graph database is unavailable; try again shortly",
                null,
                "Interrupted while reading from the graph database");
    }

    /**
     * Writes leave unreachability to the driver's own short retries, so that an outage fails a request fast;
     * lock conflicts between concurrent writers are not an outage and are worth waiting for, so only they are
     * retried, with a growing, jittered pause so that the writers that collided do not collide again. A pause
     * can be long enough for another request to find Neo4j unreachable meanwhile, hence the check each attempt.
     */
    public static RetryPolicy writes() {
        return new RetryPolicy(
                failure -> isLockConflict(failure) || isDeletedMeanwhile(failure),
                MAX_CONFLICT_ATTEMPTS,
                NO_TIME_LIMIT,
                RetryPolicy::conflictPause,
                true,
                "The graph database is unavailable; nothing was written",
                "The graph database is busy; nothing was written",
                "Interrupted while retrying a write; nothing was written");
    }

    /** Whether a failure of {@code attempt} (from 1), {@code elapsedNanos} after the first began, is retried. */
    boolean retries(Neo4jException failure, int attempt, long elapsedNanos) {
        return retried.test(failure) && attempt < maxAttempts && elapsedNanos <= window.toNanos();
    }

    static boolean isLockConflict(Neo4jException failure) {
        return failure instanceof TransientException && LOCK_CONFLICTS.contains(codeOf(failure));
    }

    /**
     * A node the write found (MERGE matched it, unlocked) was deleted by a writer that committed first: a re-ingest
     * dropping what only its old text held, or deleteArticle. Run again, the write MERGEs the node anew.
     */
    static boolean isDeletedMeanwhile(Neo4jException failure) {
        return ENTITY_NOT_FOUND.equals(codeOf(failure));
    }

    static boolean mayPassOnRead(Neo4jException failure) {
        if (!(failure instanceof TransientException)) {
            return true;
        }
        String code = codeOf(failure);
        return FINAL_TRANSIENT_PREFIXES.stream().noneMatch(code::startsWith) && !isRequestsOwn(failure);
    }

    /**
     * A failure that belongs to the request that got it, not to the database: the query went over a memory
     * limit. Trying again would only repeat the cost, and it is no sign of an outage.
     */
    static boolean isRequestsOwn(Neo4jException failure) {
        return isOverMemoryLimit(failure);
    }

    /** Whether Neo4j stopped the query for going over a memory limit (see {@link #OVER_MEMORY}). */
    public static boolean isOverMemoryLimit(Neo4jException failure) {
        return OVER_MEMORY.contains(codeOf(failure));
    }

    /**
     * Whether Neo4j stopped the transaction, somewhere in {@code failure}'s causes, because it ran past its
     * configured timeout: while running a query ({@code TransactionTimedOut...}), or while waiting for a lock
     * another transaction holds ({@code LockClientStopped}).
     */
    public static boolean isTimedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Neo4jException neo4j
                    && neo4j.code() != null
                    && (neo4j.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
                            || neo4j.code().equals("Neo.ClientError.Transaction.LockClientStopped"))) {
                return true;
            }
        }
        return false;
    }

    /** Why a retried failure happened, as the retry metric labels it. */
    static final List<String> RETRY_REASONS = List.of("deadlock", "lock_timeout", "transient", "unavailable");

    /** Why a retried failure happened: one of {@link #RETRY_REASONS}. */
    static String retryReason(Neo4jException failure) {
        String code = codeOf(failure);
        if (code.equals("Neo.TransientError.Transaction.DeadlockDetected")) {
            return "deadlock";
        }
        if (code.equals("Neo.TransientError.Transaction.LockAcquisitionTimeout")) {
            return "lock_timeout";
        }
        return failure instanceof TransientException || isDeletedMeanwhile(failure) ? "transient" : "unavailable";
    }

    /** The base doubles from 50 ms up to a second; the pause is drawn between half the base and all of it. */
    static Duration conflictPause(int attempt) {
        long failed = attempt - 1;
        long base = Math.min(LONGEST_CONFLICT_PAUSE.toMillis(), 25L << Math.min(failed, 6));
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static String codeOf(Neo4jException failure) {
        return failure.code() == null ? "" : failure.code();
    }
}
