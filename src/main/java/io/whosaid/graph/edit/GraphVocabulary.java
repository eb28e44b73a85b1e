package io.whosaid.graph.edit;

import java.util.List;
import java.util.Set;

/**
 * The labels and relationship types of the graph model: the only ones an edit may write into a query's text (Neo4j
 * 5.26 kept the first dynamic type a CREATE statement was planned with, so edits name types in the text, from here).
 */
final class GraphVocabulary {

    private static final Set<String> LABELS = Set.of(
            "Article",
            "Person",
            "Organization",
            "Entity",
            "Quote",
            "Comment",
            "Commenter",
            IdRules.LABEL,
            DuplicateCandidates.REJECTION,
            AffiliationRemovals.LABEL);
    private static final Set<String> TYPES = Set.of(
            "SAID", "QUOTED_IN", "ABOUT", "MENTIONS", "PUBLISHED_BY", "AFFILIATED_WITH", "WROTE", "ON", "REPLY_TO");

    private GraphVocabulary() {}

    /** {@code :A:B} for labels of the model; refused otherwise. */
    static String labels(List<String> labels) {
        StringBuilder text = new StringBuilder();
        for (String label : labels) {
            if (!LABELS.contains(label)) {
                throw new IllegalStateException("Not a label of the graph model: " + label);
            }
            text.append(':').append(label);
        }
        if (text.isEmpty()) {
            throw new IllegalStateException("A node of the graph model has a label");
        }
        return text.toString();
    }

    static String type(String type) {
        if (!TYPES.contains(type)) {
            throw new IllegalStateException("Not a relationship type of the graph model: " + type);
        }
        return type;
    }
}
