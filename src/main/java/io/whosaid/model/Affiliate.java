package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The other side of an affiliation: a person with their role at an organization.
 *
 * @param editId the edit that made or last corrected it, when an editor did (resolved as {@code edit})
 */
public record Affiliate(
        @NonNull Person person,
        String role,
        @NonNull MadeBy madeBy,

        @Description("The sentences that name the person with the organization, in the articles that "
                + "stated it (the 50 most recent)")
        @NonNull
        List<@NonNull EdgeEvidence> evidence,

        @Ignore String editId) {}
