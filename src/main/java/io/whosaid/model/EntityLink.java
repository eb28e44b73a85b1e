package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A link to a person or organization that is no mention or affiliation: a quote's speaker or subject, an article's
 * publisher; with who made it and what supports it.
 *
 * @param editId the edit that made it, when an editor did (resolved as {@code edit})
 */
@Description("A link to a person or organization (a quote's speaker or subject, an article's publisher), with who "
        + "made it and what supports it")
public record EntityLink(
        @NonNull Entity entity,
        @NonNull MadeBy madeBy,

        @Description("For a speaker or subject: the quote, where its article has it (sentence and "
                + "offsets into Article.text). For a publisher: the article, whose Source line or page "
                + "metadata names it (no sentence, no offsets)")
        @NonNull
        List<@NonNull EdgeEvidence> evidence,

        @Ignore String editId) {}
