package io.whosaid.graph.edit;

import io.whosaid.graph.CypherFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
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

    private QuoteDecisions() {}

    /**
     * The decisions on each article's quotes as stored now, by article id (an article that is new or that no editor
     * touched has none, and no entry).
     */
    public static Map<String, List<Map<String, Object>>> read(TransactionContext tx, List<String> articleIds) {
        Map<String, List<Map<String, Object>>> byArticle = new HashMap<>();
        for (Record record : tx.run(READ, Map.of("articleIds", articleIds)).list()) {
            Map<String, Object> decision = new HashMap<>(record.asMap());
            String articleId = (String) decision.remove("articleId");
            byArticle.computeIfAbsent(articleId, id -> new ArrayList<>()).add(decision);
        }
        return byArticle;
    }

    /** Gives the article's new quotes the decisions read before they replaced the old ones. */
    public static void reapply(TransactionContext tx, String articleId, List<Map<String, Object>> decisions) {
        if (!decisions.isEmpty()) {
            tx.run(REAPPLY, Map.of("articleId", articleId, "decisions", decisions))
                    .consume();
        }
    }
}
