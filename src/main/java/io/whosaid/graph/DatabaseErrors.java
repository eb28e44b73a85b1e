package io.whosaid.graph;

import org.neo4j.driver.exceptions.Neo4jException;

/** Recognises Neo4j's errors by their status codes, wherever a resolver's exception wraps them. */
public final class DatabaseErrors {

    private DatabaseErrors() {}

    /**
     * True when Neo4j stopped a transaction because it ran past its configured timeout: while running a query
     * ({@code TransactionTimedOut...}), or while waiting for a lock another transaction holds ({@code LockClientStopped}).
     */
    public static boolean isTimeout(Throwable failure) {
        return RetryPolicy.isTimedOut(failure);
    }

    /** True when Neo4j stopped the query for going over a transaction memory limit: the request asked too much. */
    public static boolean isTooExpensive(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Neo4jException neo4j && RetryPolicy.isOverMemoryLimit(neo4j)) {
                return true;
            }
        }
        return false;
    }
}
