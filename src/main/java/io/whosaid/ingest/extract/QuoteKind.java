package io.whosaid.ingest.extract;

public enum QuoteKind {
    DIRECT,
    PARTIAL,
    INDIRECT
}
