package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record ReviewItemEdge(
        @NonNull ReviewItem node, @NonNull String cursor) {}
