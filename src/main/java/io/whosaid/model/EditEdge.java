package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record EditEdge(@NonNull Edit node, @NonNull String cursor) {}
