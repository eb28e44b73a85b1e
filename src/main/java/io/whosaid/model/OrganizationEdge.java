package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record OrganizationEdge(
        @NonNull Organization node, @NonNull String cursor) {}
