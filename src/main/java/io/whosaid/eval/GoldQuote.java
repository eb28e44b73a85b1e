package io.whosaid.eval;

import io.whosaid.ingest.extract.QuoteKind;

import java.util.Arrays;
import java.util.List;

/**
 * A quote as annotated: its words exactly as the article prints them (without the quotation marks; for
 * INDIRECT the reported clause), its speaker and the entities it is about, all by canonical name.
 * One attribution written in pieces ("A," she said. "B.") is one quote whose text lists the pieces in
 * order, separated by {@value #PIECE_SEPARATOR}.
 *
 * @param speaker            canonical name of the speaker, or null when the article names none
 * @param speakerDescription the words an unnamed source is described with ("a senior administration official",
 *                           written {@code ~…} in the gold file), or null; null with a null speaker means the
 *                           words are attributed to nobody
 */
public record GoldQuote(QuoteKind kind, String speaker, String text, List<String> about, String speakerDescription) {

    public static final String PIECE_SEPARATOR = " // ";

    public GoldQuote {
        about = List.copyOf(about);
    }

    public GoldQuote(QuoteKind kind, String speaker, String text, List<String> about) {
        this(kind, speaker, text, about, null);
    }

    /** The pieces of a split quote in order; a quote written in one piece is its own only piece. */
    public List<String> pieces() {
        return Arrays.stream(text.split(" // ")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The speaker is described but not named. */
    public boolean unnamedSource() {
        return speakerDescription != null;
    }
}
