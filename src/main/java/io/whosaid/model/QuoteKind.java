package io.whosaid.model;

public enum QuoteKind {
    DIRECT,
    PARTIAL,
    INDIRECT
}
