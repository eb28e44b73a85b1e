package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record IngestResult(
        @NonNull Article article,

        @Description("false when the same article was already in the graph")
        boolean created) {}
