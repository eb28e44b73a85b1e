package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One item of a batch and what became of it. */
public record IngestJobItem(
        @Description("its position in the batch's inputs, from 0")
        int index,

        @NonNull IngestItemStatus status,

        @Description("the article's id once it is in the graph") @Id
        String articleId,

        @Description("the error code when it failed (as ingestArticle's extensions.code)")
        String code,

        @Description("why it failed") String message) {

    public static IngestJobItem pending(int index) {
        return new IngestJobItem(index, IngestItemStatus.PENDING, null, null, null);
    }
}
