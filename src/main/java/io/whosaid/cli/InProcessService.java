package io.whosaid.cli;

import java.net.URI;

/**
 * The service run inside the client's own process for one {@code ingest --direct} run: on loopback, on the store the
 * usual configuration names, with an editor key made for this run alone. The client then talks to it exactly as to a
 * running service, so there is one write path.
 */
public interface InProcessService {

    /** Starts the service, hands its address and key to {@code use}, stops it; answers the exit code. */
    int serve(Use use);

    /** What the client does with the service while it runs. */
    @FunctionalInterface
    interface Use {
        int run(URI service, String apiKey) throws Exception;
    }
}
