package io.whosaid.graph.edit;

import io.whosaid.graph.CypherFile;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Editors' decisions on quotes outlive a re-ingest of their article. A changed text under the same url replaces the
 * article's quotes with new ones (new offsets, so new ids); a new quote whose text is that of a decided one (it has a
 * status) takes the decided state: a retracted quote stays retracted, a corrected speaker stays corrected. A decided
 * quote whose text is gone from the article goes with it.
 */
public final class QuoteDecisions {

    private static final String READ = CypherFile.load("edit/quote-decisions");
    private static final String REAPPLY = CypherFile.load("edit/reapply-quote-decisions");

    private QuoteDecisions() {
    }

    /** The decisions on the article's quotes as stored now (empty for a new article or one no editor touched). */
    public static List<Map<String, Object>> read(TransactionContext tx, String articleId) {
        return tx.run(READ, Map.of("articleId", articleId)).list(r -> r.asMap());
    }

    /** Gives the article's new quotes the decisions read before they replaced the old ones. */
    public static void reapply(TransactionContext tx, String articleId, List<Map<String, Object>> decisions) {
        if (!decisions.isEmpty()) {
            tx.run(REAPPLY, Map.of("articleId", articleId, "decisions", decisions)).consume();
        }
    }
}
