package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record SearchHit(
        @NonNull Node node,

        @Description("Person, Organization, Quote or Article: the node's __typename") @NonNull
        NodeKind type,

        @Description("What to show for the hit: a name, a title, or the quote's text") @NonNull
        String label,

        @Description("Full-text relevance; higher is better")
        double score,

        @Description("The fragment that matched the query, its words marked; null when the match is not in "
                + "a text the hit shows (e.g. the words matched only across a phrase's tokens)")
        Highlight highlight) {}
