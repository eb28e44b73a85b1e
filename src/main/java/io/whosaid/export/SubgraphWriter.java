package io.whosaid.export;

import io.whosaid.model.SubgraphSink;

/**
 * Writes a subgraph in one format as it comes, nodes first, then edges; {@link #finish} writes the closing part
 * and flushes. Nothing is kept but the few bytes a writer buffers.
 */
public interface SubgraphWriter extends SubgraphSink {

    void finish();
}
