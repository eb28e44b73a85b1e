package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An entity mentioned in the same articles as the one asked for, and in how many")
public record CoOccurrence(
        @NonNull Entity entity,
        @Description("Articles that mention both") int articles) {}
