package io.whosaid.ingest;

import java.util.List;

/**
 * One reader comment as a structured format gives it (HTML thread, JSON), its replies nested under it.
 *
 * @param author      the commenter's handle
 * @param text        the comment's text; paragraphs separated by a blank line
 * @param publishedAt when it was posted (ISO-8601), or null when the source does not say
 * @param replies     the comments that answer it, in page order
 */
public record CommentNode(String author, String text, String publishedAt, List<CommentNode> replies) {}
