package io.whosaid.eval;

import io.whosaid.ingest.extract.QuoteKind;
import java.util.Arrays;
import java.util.List;

/**
 * A quote as annotated: its words exactly as the article prints them (without the quotation marks; for
 * INDIRECT the reported clause), its speaker and the entities it is about, all by canonical name.
 *
 * @param speaker       canonical name of the speaker, or null when the article names none ("analysts said")
 * @param unnamedSource the words that describe a speaker the article does not name ("a senior official"),
 *                      written {@code ~a senior official} in the gold; null otherwise, and always null when
 *                      {@code speaker} is set
 * @param text          the words; the pieces of one quote split by its attribution are joined by {@link #PIECE_SEPARATOR}
 */
public record GoldQuote(QuoteKind kind, String speaker, String unnamedSource, String text, List<String> about) {

    /** Separates the pieces of one split quote ("A," she said. "B.") in the gold text. */
    public static final String PIECE_SEPARATOR = " // ";

    public GoldQuote {
        about = List.copyOf(about);
    }

    /** The pieces of a split quote in order; a quote in one piece gives one. */
    public List<String> pieces() {
        return Arrays.stream(text.split(PIECE_SEPARATOR, -1)).toList();
    }
}
