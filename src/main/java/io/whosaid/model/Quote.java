package io.whosaid.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * @param unnamedSource the words the article describes an unnamed source with ("a senior administration official")
 *                      when it names no speaker; null when a speaker is named or nobody is
 * @param status        where the quote stands between the extractor and an editor (EXTRACTED when no editor acted)
 */
public record Quote(
        @Id @NonNull String id,
        @NonNull String text,
        @NonNull QuoteKind kind,
        String cue,
        @NonNull Evidence evidence,
        double confidence,
        String unnamedSource,
        @NonNull QuoteStatus status)
        implements Node {
    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
