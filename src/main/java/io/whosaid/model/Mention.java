package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An article's or a comment's mention of a person or organization, with its provenance.
 *
 * @param editId the edit that made it, when an editor did (resolved as {@code edit})
 */
@Description("A mention of a person or organization, with where it was read and who made the link")
public record Mention(
        @NonNull Entity entity,

        @Description("How often the article refers to the entity (pronouns included); 1 for a comment")
        int count,

        @NonNull MadeBy madeBy,

        @Description("Where the text names the entity, in reading order (at most 20 places)") @NonNull
        List<@NonNull EdgeEvidence> evidence,

        @Ignore String editId) {}
