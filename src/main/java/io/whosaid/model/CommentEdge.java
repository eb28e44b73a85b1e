package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record CommentEdge(@NonNull Comment node, @NonNull String cursor) {}
