package io.whosaid.eval;

import io.whosaid.ingest.extract.QuoteKind;

import java.util.List;

/**
 * A quote as annotated: its words exactly as the article prints them (without the quotation marks; for
 * INDIRECT the reported clause), its speaker and the entities it is about, all by canonical name.
 *
 * @param speaker canonical name of the speaker, or null when the article names none ("analysts said")
 */
public record GoldQuote(QuoteKind kind, String speaker, String text, List<String> about) {

    public GoldQuote {
        about = List.copyOf(about);
    }
}
