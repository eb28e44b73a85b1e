package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record PersonEdge(@NonNull Person node, @NonNull String cursor) {}
