package io.whosaid.graph.embedded;

import java.nio.file.Path;

/**
 * The embedded store is held by another running WhoSaid (its Neo4j child has the store lock): one store, one
 * process at a time.
 */
public final class StoreInUseException extends IllegalStateException {

    private final long ownerPid;

    public StoreInUseException(Path home, long ownerPid) {
        super("The embedded Neo4j store in " + home + " is in use by another WhoSaid process (pid " + ownerPid
                + "): stop it first, or send the articles to it as a client (without --direct)");
        this.ownerPid = ownerPid;
    }

    /** The process that holds the store. */
    public long ownerPid() {
        return ownerPid;
    }
}
