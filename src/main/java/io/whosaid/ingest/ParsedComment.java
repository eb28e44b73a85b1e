package io.whosaid.ingest;

/**
 * One reader comment of a thread.
 *
 * @param number       its place in the thread, "3" for a top-level comment, "3.1" for the first reply to it
 * @param parentNumber the number of the comment it replies to, or null for a top-level comment
 * @param author       the handle shown before "says"
 * @param text         the comment's text, its lines joined as written, indentation removed
 */
public record ParsedComment(String number, String parentNumber, String author, String text) {}
