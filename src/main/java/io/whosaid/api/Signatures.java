package io.whosaid.api;

/**
 * The key a related field's prefetched answer is kept under: its name and arguments. The read path computes it
 * from the selection, the field's resolver from its own arguments, so both meet on the same answer.
 */
final class Signatures {

    private Signatures() {
    }

    static String of(String field) {
        return field;
    }

    static String top(String field, Integer first) {
        return field + "(first=" + first + ")";
    }

    static String page(String field, Integer first, String after) {
        return field + "(first=" + first + ",after=" + after + ")";
    }
}
