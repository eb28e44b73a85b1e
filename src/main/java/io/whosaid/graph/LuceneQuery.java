package io.whosaid.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user typed into a full-text query that means "these words", so Lucene syntax in the input
 * (AND, *, ~, quotes, brackets) is matched as text and can neither fail nor widen the query.
 */
public final class LuceneQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {}

    /** Every word, escaped; all must occur when {@code allWords}, else any may. Null when nothing searchable remains. */
    public static String words(String input, boolean allWords) {
        List<String> terms = new ArrayList<>();
        for (String word : input.strip().split("[\\s\\p{Z}]+")) {
            StringBuilder escaped = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isISOControl(c)) {
                    continue;
                }
                if (SPECIAL.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
            String term = escaped.toString();
            if (term.isEmpty() || term.equals("AND") || term.equals("OR") || term.equals("NOT")) {
                term = term.isEmpty() ? term : term.toLowerCase();
            }
            if (!term.isEmpty() && term.chars().anyMatch(Character::isLetterOrDigit)) {
                terms.add(allWords ? "+" + term : term);
            }
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }

    /** The input as one phrase ("vladimir putin"), for exact-name candidates. */
    public static String phrase(String input) {
        String escaped = input.strip().replace("\\", "\\\\").replace("\"", "\\\"");
        return escaped.chars().anyMatch(Character::isLetterOrDigit) ? "\"" + escaped + "\"" : null;
    }
}
