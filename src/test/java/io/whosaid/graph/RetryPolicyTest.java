package io.whosaid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * The retry decisions on their own, without a database: which failures each policy retries, how its pauses
 * grow, when it gives up and what it says then. The same paths against a real Neo4j are in Neo4jOutageTest
 * (unreachable), ConcurrentIngestTest and SharedNodeUpdatesTest (lock conflicts).
 */
class RetryPolicyTest {

    static final TransientException DEADLOCK = transient_("Neo.TransientError.Transaction.DeadlockDetected");
    static final TransientException LOCK_TIMEOUT = transient_("Neo.TransientError.Transaction.LockAcquisitionTimeout");
    static final TransientException DATABASE_UNAVAILABLE = transient_("Neo.TransientError.General.DatabaseUnavailable");
    static final TransientException TERMINATED = transient_("Neo.TransientError.Transaction.Terminated");
    static final TransientException LOCK_CLIENT_STOPPED =
            transient_("Neo.TransientError.Transaction.LockClientStopped");
    static final ServiceUnavailableException NO_SERVER = new ServiceUnavailableException("connection refused");
    static final SessionExpiredException EXPIRED = new SessionExpiredException("leader changed");

    @Test
    void writesRetryLockConflictsAndNoOutage() {
        RetryPolicy writes = RetryPolicy.writes();
        assertTrue(writes.retries(DEADLOCK, 1, 0));
        assertTrue(writes.retries(LOCK_TIMEOUT, 1, 0));
        assertFalse(writes.retries(DATABASE_UNAVAILABLE, 1, 0));
        assertFalse(writes.retries(TERMINATED, 1, 0));
        assertFalse(writes.retries(NO_SERVER, 1, 0));
        assertFalse(writes.retries(EXPIRED, 1, 0));
        assertFalse(writes.retries(transient_(null), 1, 0));
    }

    @Test
    void writesRetryANodeDeletedMeanwhileButNoOtherClientError() {
        ClientException deleted =
                new ClientException("Neo.ClientError.Statement.EntityNotFound", "Unable to load NODE 4:x:300.");
        ClientException syntax = new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");
        assertTrue(RetryPolicy.writes().retries(deleted, 1, 0));
        assertFalse(RetryPolicy.writes().retries(syntax, 1, 0));
        assertEquals("transient", RetryPolicy.retryReason(deleted), "a race, not an outage");
    }

    @Test
    void writesGiveUpAfterTenAttemptsHoweverLongTheyTook() {
        RetryPolicy writes = RetryPolicy.writes();
        assertTrue(writes.retries(DEADLOCK, 9, Duration.ofHours(1).toNanos()));
        assertFalse(writes.retries(DEADLOCK, 10, 0));
    }

    @Test
    void conflictPausesGrowFromFiftyMillisToASecondWithJitter() {
        long[] bases = {50, 100, 200, 400, 800, 1000, 1000, 1000, 1000};
        for (int attempt = 2; attempt <= 10; attempt++) {
            long base = bases[attempt - 2];
            for (int draw = 0; draw < 200; draw++) {
                long pause = RetryPolicy.writes().pauseBefore().apply(attempt).toMillis();
                assertTrue(pause >= base / 2 && pause <= base, "pause before attempt " + attempt + ": " + pause);
            }
        }
        long far = RetryPolicy.conflictPause(Integer.MAX_VALUE).toMillis();
        assertTrue(far >= 500 && far <= 1000, "bounded for any attempt: " + far);
    }

    @Test
    void readsRetryWhatMayPassButNotWhatTheServerSaysIsFinal() {
        RetryPolicy reads = RetryPolicy.reads(Duration.ofSeconds(1));
        assertTrue(reads.retries(NO_SERVER, 1, 0));
        assertTrue(reads.retries(EXPIRED, 1, 0));
        assertTrue(reads.retries(DATABASE_UNAVAILABLE, 1, 0));
        assertTrue(reads.retries(DEADLOCK, 1, 0));
        assertFalse(reads.retries(TERMINATED, 1, 0));
        assertFalse(reads.retries(LOCK_CLIENT_STOPPED, 1, 0));
        assertFalse(
                reads.retries(transient_("Neo.TransientError.Transaction.TerminatedByUser"), 1, 0),
                "the final codes are matched as prefixes");
    }

    @Test
    void readsRetryWithinTheirWindowWithAFixedShortPause() {
        RetryPolicy reads = RetryPolicy.reads(Duration.ofSeconds(1));
        assertTrue(reads.retries(NO_SERVER, 1_000, Duration.ofSeconds(1).toNanos()));
        assertFalse(reads.retries(NO_SERVER, 2, Duration.ofSeconds(1).toNanos() + 1));
        assertEquals(Duration.ofMillis(50), reads.pauseBefore().apply(2));
        assertEquals(Duration.ofMillis(50), reads.pauseBefore().apply(100));
    }

    @Test
    void messagesSayWhetherAnythingWasWritten() {
        RetryPolicy reads = RetryPolicy.reads(Duration.ofSeconds(1));
        assertEquals("The graph database is unavailable; try again shortly", reads.unavailableMessage());
        assertNull(reads.busyMessage(), "a read that runs out of retries means Neo4j is unreachable");
        RetryPolicy writes = RetryPolicy.writes();
        assertEquals("The graph database is unavailable; nothing was written", writes.unavailableMessage());
        assertEquals("The graph database is busy; nothing was written", writes.busyMessage());
    }

    // GraphAvailability.call with work that is a plain function failing the way the driver does.

    @Test
    void lockConflictsThatOutlastTheRetriesAreBusyAndLeaveNeo4jReachable() {
        GraphAvailability availability = new GraphAvailability();
        RetryPolicy noPauses = withoutPauses(RetryPolicy.writes());
        List<Integer> retried = new ArrayList<>();
        List<Integer> attempts = new ArrayList<>();
        GraphUnavailableException busy = assertThrows(
                GraphUnavailableException.class,
                () -> availability.call(
                        noPauses,
                        attempt -> {
                            attempts.add(attempt);
                            throw DEADLOCK;
                        },
                        (failure, attempt) -> retried.add(attempt)));
        assertEquals("The graph database is busy; nothing was written", busy.getMessage());
        assertSame(DEADLOCK, busy.getCause());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), attempts);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), retried);
        availability.checkReachable();
    }

    @Test
    void aWriteSucceedsOnTheAttemptAfterAConflict() {
        GraphAvailability availability = new GraphAvailability();
        String result = availability.call(withoutPauses(RetryPolicy.writes()), attempt -> {
            if (attempt < 3) {
                throw LOCK_TIMEOUT;
            }
            return "written on attempt " + attempt;
        });
        assertEquals("written on attempt 3", result);
    }

    @Test
    void anUnreachableNeo4jFailsTheWriteAtOnceAndTheNextCallWithoutTryingIt() {
        GraphAvailability availability = new GraphAvailability();
        List<Integer> attempts = new ArrayList<>();
        GraphUnavailableException down = assertThrows(
                GraphUnavailableException.class,
                () -> availability.call(RetryPolicy.writes(), attempt -> {
                    attempts.add(attempt);
                    throw NO_SERVER;
                }));
        assertEquals("The graph database is unavailable; nothing was written", down.getMessage());
        assertEquals(List.of(1), attempts);

        GraphUnavailableException fast = assertThrows(
                GraphUnavailableException.class,
                () -> availability.call(RetryPolicy.reads(Duration.ofSeconds(1)), attempt -> {
                    attempts.add(attempt);
                    return "read";
                }));
        assertEquals("The graph database is unavailable; try again shortly", fast.getMessage());
        assertEquals(List.of(1), attempts, "not tried while Neo4j was just found unreachable");
    }

    @Test
    void aReadThatOutlastsItsWindowMarksNeo4jUnreachable() {
        GraphAvailability availability = new GraphAvailability();
        List<Integer> attempts = new ArrayList<>();
        GraphUnavailableException down = assertThrows(
                GraphUnavailableException.class,
                () -> availability.call(RetryPolicy.reads(Duration.ofMillis(120)), attempt -> {
                    attempts.add(attempt);
                    throw DATABASE_UNAVAILABLE;
                }));
        assertEquals("The graph database is unavailable; try again shortly", down.getMessage());
        assertSame(DATABASE_UNAVAILABLE, down.getCause());
        assertTrue(attempts.size() >= 2 && attempts.size() <= 4, "about one attempt per 50 ms: " + attempts);
        assertThrows(GraphUnavailableException.class, availability::checkReachable);
    }

    @Test
    void aFinalTransientErrorIsNotRetriedAndOtherFailuresPassThroughUntouched() {
        GraphAvailability availability = new GraphAvailability();
        List<Integer> attempts = new ArrayList<>();
        RetryPolicy reads = RetryPolicy.reads(Duration.ofSeconds(1));
        assertThrows(
                GraphUnavailableException.class,
                () -> availability.call(reads, attempt -> {
                    attempts.add(attempt);
                    throw TERMINATED;
                }));
        assertEquals(List.of(1), attempts);

        GraphAvailability fresh = new GraphAvailability();
        ClientException badQuery = new ClientException("Neo.ClientError.Statement.SyntaxError", "bad query");
        assertSame(
                badQuery,
                assertThrows(
                        ClientException.class,
                        () -> fresh.call(reads, attempt -> {
                            throw badQuery;
                        })));
        fresh.checkReachable();
    }

    @Test
    void aQueryOverAMemoryLimitFailsAloneAndIsNoOutage() {
        GraphAvailability availability = new GraphAvailability();
        RetryPolicy reads = RetryPolicy.reads(Duration.ofSeconds(1));
        for (TransientException overMemory : List.of(
                transient_("Neo.TransientError.General.MemoryPoolOutOfMemoryError"),
                transient_("Neo.TransientError.General.OutOfMemoryError"))) {
            List<Integer> attempts = new ArrayList<>();
            assertSame(
                    overMemory,
                    assertThrows(
                            TransientException.class,
                            () -> availability.call(reads, attempt -> {
                                attempts.add(attempt);
                                throw overMemory;
                            })));
            assertEquals(List.of(1), attempts, "not retried: it would only cost as much again");
            availability.checkReachable();
            assertEquals("ok", availability.call(reads, attempt -> "ok"), "the next request runs at once");
        }
        ClientException oneTransaction =
                new ClientException("Neo.ClientError.General.TransactionOutOfMemoryError", "big");
        assertSame(
                oneTransaction,
                assertThrows(
                        ClientException.class,
                        () -> availability.call(RetryPolicy.writes(), attempt -> {
                            throw oneTransaction;
                        })));
        availability.checkReachable();
    }

    private static RetryPolicy withoutPauses(RetryPolicy policy) {
        return new RetryPolicy(
                policy.retried(),
                policy.maxAttempts(),
                policy.window(),
                attempt -> Duration.ZERO,
                policy.checkEveryAttempt(),
                policy.unavailableMessage(),
                policy.busyMessage(),
                policy.interruptedMessage());
    }

    private static TransientException transient_(String code) {
        return new TransientException(code, "transient");
    }
}
