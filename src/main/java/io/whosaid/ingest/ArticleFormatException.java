package io.whosaid.ingest;

/** The input cannot be read as an article; the message says why in words a client can act on. */
public class ArticleFormatException extends RuntimeException {

    /** What kind of problem it is, so that a client gets a code it can act on without reading the message. */
    public enum Problem {
        /** The input is not in the format it claims (the text format's rules, binary data, an unknown encoding). */
        FORMAT,
        /** JSON that does not parse, or whose fields are not an article's (the message names the field). */
        MALFORMED_JSON,
        /** A page that parses but holds no article: no title, or no paragraph of text. */
        NO_ARTICLE
    }

    private final Problem problem;

    public ArticleFormatException(String message) {
        this(Problem.FORMAT, message);
    }

    public ArticleFormatException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
