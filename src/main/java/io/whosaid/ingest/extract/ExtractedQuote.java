package io.whosaid.ingest.extract;

import java.util.List;

/**
 * One thing someone said, as the article reports it.
 *
 * @param text              the quoted words (DIRECT, PARTIAL) or the reported clause (INDIRECT); for a quote written
 *                          in pieces around its attribution ("A," she said. "B.") the pieces joined by " … "
 * @param kind              direct, partial or indirect
 * @param cue               the speech verb that attributes it ("said", "warned"), or null
 * @param speakerKey        the {@link ExtractedEntity#key()} of the speaker, or null when none is named
 * @param aboutKeys         keys of the entities the quote is about
 * @param evidence          sentence and offsets of {@code text} in the article text (of the first piece)
 * @param confidence        0..1, how sure the extractor is of the speaker attribution
 * @param evidenceSpans     every piece of the quote in order, the first being {@code evidence}
 * @param sourceDescription the words an unnamed source is described with ("a senior administration official"),
 *                          or null; set only when {@code speakerKey} is null
 */
public record ExtractedQuote(
        String text,
        QuoteKind kind,
        String cue,
        String speakerKey,
        List<String> aboutKeys,
        Evidence evidence,
        double confidence,
        List<Evidence> evidenceSpans,
        String sourceDescription) {

    /** Joins the pieces of one quote in {@link #text}. */
    public static final String PIECE_JOINER = " … ";

    public ExtractedQuote {
        evidenceSpans = evidenceSpans == null || evidenceSpans.isEmpty()
                ? (evidence == null ? List.of() : List.of(evidence))
                : List.copyOf(evidenceSpans);
    }

    /** A quote in one piece with a named speaker or none. */
    public ExtractedQuote(
            String text,
            QuoteKind kind,
            String cue,
            String speakerKey,
            List<String> aboutKeys,
            Evidence evidence,
            double confidence) {
        this(text, kind, cue, speakerKey, aboutKeys, evidence, confidence, null, null);
    }

    /** The words of each piece, read from the article text the evidence offsets point into. */
    public List<String> pieceTexts(String articleText) {
        if (evidenceSpans.size() <= 1 || articleText == null) {
            return List.of(text);
        }
        return evidenceSpans.stream()
                .map(e -> e.start() >= 0 && e.end() <= articleText.length() && e.start() < e.end()
                        ? articleText.substring(e.start(), e.end())
                        : "")
                .toList();
    }
}
