package io.whosaid.ingest.extract;

/**
 * Where a fact was read: the whole sentence, and the character span of the fact itself
 * (for a quote: the quoted words, or the reported clause) as offsets into {@code ParsedArticle.text()}.
 */
public record Evidence(String sentence, int start, int end) {}
