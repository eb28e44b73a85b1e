package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record IngestJobItemEdge(
        @NonNull IngestJobItem node, @NonNull String cursor) {}
