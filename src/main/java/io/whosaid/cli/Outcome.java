package io.whosaid.cli;

/**
 * What became of one item.
 *
 * @param status    created, already in the graph, skipped (done in an earlier run), or failed
 * @param articleId the article's id when it is in the graph, else null
 * @param code      the error code when it failed ({@code MALFORMED_JSON}, {@code TOO_LARGE}, …), else null
 * @param reason    why it failed, else null
 */
record Outcome(Status status, String articleId, String code, String reason) {

    enum Status {
        CREATED,
        ALREADY_IN,
        SKIPPED,
        FAILED
    }

    static Outcome stored(boolean created, String articleId) {
        return new Outcome(created ? Status.CREATED : Status.ALREADY_IN, articleId, null, null);
    }

    static Outcome failed(String code, String reason) {
        return new Outcome(Status.FAILED, null, code, reason);
    }

    boolean in() {
        return status == Status.CREATED || status == Status.ALREADY_IN;
    }
}
