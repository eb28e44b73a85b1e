package io.whosaid.ingest.extract;

import java.util.List;

/**
 * What one reader comment refers to, and whether it is spam.
 *
 * @param number      the comment's thread number ("3.1")
 * @param mentionKeys keys of article entities the comment mentions
 * @param spam        true for off-topic advertising
 */
public record CommentFacts(String number, List<String> mentionKeys, boolean spam) {}
