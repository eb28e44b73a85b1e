package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Something an editor should look at.
 *
 * @param reason     why it is in the queue
 * @param node       the quote (NO_SPEAKER, LOW_CONFIDENCE) or the person or organization (SEEN_ONCE)
 * @param confidence the extractor's confidence in the quote's speaker (0..1); null for an entity
 */
@Description("Something to review: why, and the quote or entity it is about")
public record ReviewItem(
        @NonNull ReviewReason reason,

        @Description("The quote (NO_SPEAKER, LOW_CONFIDENCE) or the person or organization (SEEN_ONCE)") @NonNull
        Node node,

        @Description("How sure the extractor was of the quote's speaker, 0..1; null for an entity")
        Double confidence) {}
