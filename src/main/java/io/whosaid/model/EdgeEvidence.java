package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * @param articleId the article the edge was read from
 * @param commentId the comment, for a comment's mention; the offsets then point into Comment.text
 * @param sentence  the sentence holding the words; null when the article supports the edge but no sentence naming
 *                  both ends was found in it (an affiliation the extractor read across sentences)
 * @param start     start of the words (for an affiliation: from the first of the two names to the last), or null
 * @param end       end of the words, or null
 */
@Description("Where an edge was read: the article (and comment), the sentence, and the character offsets of the words "
        + "into Article.text (into Comment.text for a comment's mention)")
public record EdgeEvidence(
        @Id @NonNull String articleId, @Id String commentId, String sentence, Integer start, Integer end) {}
