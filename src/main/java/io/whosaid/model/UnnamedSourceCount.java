package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "An unnamed source as a publisher's articles describe it (lower case), and how many quotes they attribute to it")
public record UnnamedSourceCount(
        @NonNull Organization publisher, @NonNull String source, int quotes) {}
