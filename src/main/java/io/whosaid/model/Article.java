package io.whosaid.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

public record Article(
        @Id @NonNull String id,
        String url,
        @NonNull String title,
        String subtitle,

        @Description("When the article was published (from the ingest, the page or the JSON); a date alone is "
                + "midnight UTC")
        OffsetDateTime publishedAt,

        @Description("The body: paragraphs separated by a blank line; evidence offsets point into it") @NonNull
        String text,

        @Description("Bracketed notes a republisher inserted into the text, kept apart from the body") @NonNull
        List<@NonNull String> editorNotes)
        implements Node {
    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
