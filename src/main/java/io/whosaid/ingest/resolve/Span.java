package io.whosaid.ingest.resolve;

/**
 * Where in a text one derived edge is read: the words ({@code start}, {@code end}) and the sentence holding them
 * ({@code sentenceStart}, {@code sentenceEnd}), as character offsets into the text of the node the edge starts
 * from (an article's text for its mentions and affiliations, a comment's text for the comment's mentions).
 */
public record Span(int start, int end, int sentenceStart, int sentenceEnd) {}
