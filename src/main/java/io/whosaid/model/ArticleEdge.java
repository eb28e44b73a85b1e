package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record ArticleEdge(@NonNull Article node, @NonNull String cursor) {}
