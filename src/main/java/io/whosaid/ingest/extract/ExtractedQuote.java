package io.whosaid.ingest.extract;

import java.util.List;

/**
 * One thing someone said, as the article reports it.
 *
 * @param text       the quoted words (DIRECT, PARTIAL) or the reported clause (INDIRECT)
 * @param kind       direct, partial or indirect
 * @param cue        the speech verb that attributes it ("said", "warned"), or null
 * @param speakerKey the {@link ExtractedEntity#key()} of the speaker, or null when none could be attributed
 * @param aboutKeys  keys of the entities the quote is about
 * @param evidence   sentence and offsets of {@code text} in the article text
 * @param confidence 0..1, how sure the extractor is of the speaker attribution
 */
public record ExtractedQuote(
        String text,
        QuoteKind kind,
        String cue,
        String speakerKey,
        List<String> aboutKeys,
        Evidence evidence,
        double confidence) {
}
