package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;

/** Why an item is in the review queue. */
@Description("Why an item is in the review queue: NO_SPEAKER (a quote nobody is named for, and no unnamed source), "
        + "LOW_CONFIDENCE (a quote whose speaker the extractor was unsure of), SEEN_ONCE (a person or organization "
        + "only one article names)")
public enum ReviewReason {
    NO_SPEAKER,
    LOW_CONFIDENCE,
    SEEN_ONCE
}
