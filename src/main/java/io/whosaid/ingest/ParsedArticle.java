package io.whosaid.ingest;

import java.util.List;

/**
 * An article as the text format lays it out, before any extraction.
 *
 * @param title       the first line
 * @param subtitle    the short standfirst line under the title, or null when the article has none
 * @param text        the body: paragraphs joined by a blank line, editor's notes taken out. Every
 *                    character offset WhoSaid stores (quote evidence) points into this string.
 * @param paragraphs  the body paragraphs, in order, as they appear in {@code text}
 * @param editorNotes bracketed notes a republisher inserted into the body, without their brackets
 * @param source      the name on the {@code Source:} line (the publisher), or null
 * @param comments    the reader-comment thread in thread order (1, 1.1, 2, 3, 3.1, ...)
 */
public record ParsedArticle(
        String title,
        String subtitle,
        String text,
        List<String> paragraphs,
        List<String> editorNotes,
        String source,
        List<ParsedComment> comments) {}
