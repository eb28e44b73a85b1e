package io.whosaid.ingest.extract;

import java.util.List;

/** Everything the extractor found in one article; every key refers to an entry of {@code entities}. */
public record Extraction(
        List<ExtractedEntity> entities,
        List<ExtractedQuote> quotes,
        List<ExtractedAffiliation> affiliations,
        List<CommentFacts> comments) {

    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of(), List.of());
    }
}
