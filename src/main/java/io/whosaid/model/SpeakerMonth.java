package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A speaker quoted about the entity asked for in one month, and how often")
public record SpeakerMonth(
        @Description("The month of publication, YYYY-MM") @NonNull
        String month,

        @NonNull Entity speaker,
        @Description("Quotes about the entity that month") int quotes) {}
