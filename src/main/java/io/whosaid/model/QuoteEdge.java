package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record QuoteEdge(@NonNull Quote node, @NonNull String cursor) {}
