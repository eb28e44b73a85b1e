package io.whosaid.api.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.whosaid.model.ArticleIngested;
import io.whosaid.model.Edit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What subscribers hear: articles as they go in, and edits once committed. Publishing never waits for a subscriber;
 * each subscriber has a bounded buffer, and one that falls further behind is ended with an error rather than
 * letting the service hold everything for it.
 */
@ApplicationScoped
public class LiveEvents {

    /** Events one subscriber may fall behind by before its subscription ends (a batch writes 25 articles at once). */
    static final int BUFFER = 1000;

    private final BroadcastProcessor<ArticleIngested> articles = BroadcastProcessor.create();
    private final BroadcastProcessor<Edit> edits = BroadcastProcessor.create();

    public void articleIngested(ArticleIngested article) {
        articles.onNext(article);
    }

    /** After an edit committed (EditApi). */
    public void entityChanged(Edit edit) {
        edits.onNext(edit);
    }

    Multi<ArticleIngested> articles() {
        return articles.onOverflow().buffer(BUFFER);
    }

    /** The edits touching any of {@code ids}, or every edit when {@code ids} is null or empty. */
    Multi<Edit> edits(List<String> ids) {
        Multi<Edit> all = edits.onOverflow().buffer(BUFFER);
        if (ids == null || ids.isEmpty()) {
            return all;
        }
        return all.select()
                .where(edit -> edit.targets().stream().anyMatch(ids::contains)
                        || edit.subjects().stream().anyMatch(ids::contains));
    }
}
