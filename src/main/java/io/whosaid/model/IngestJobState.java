package io.whosaid.model;

/** Where a batch ingest job is. */
public enum IngestJobState {
    /** Items are still being read and written. */
    RUNNING,
    /** Every item has its result. */
    DONE
}
