package io.whosaid.model;

/**
 * Where a quote stands between the extractor and an editor. Stored as the {@code status} property of a
 * {@code :Quote}; a quote without the property is {@link #EXTRACTED}. Default reads leave out {@link #RETRACTED}.
 */
public enum QuoteStatus {
    EXTRACTED,
    CONFIRMED,
    CORRECTED,
    RETRACTED
}
