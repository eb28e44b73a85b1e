package io.whosaid.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

public record Quote(@Id @NonNull String id, @NonNull String text, @NonNull QuoteKind kind, String cue,
                    @NonNull Evidence evidence, double confidence) implements Node {
    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
