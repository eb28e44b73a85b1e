package io.whosaid.eval;

/** A gold file line that cannot be read; the message names the line so the annotator can fix it. */
public class GoldFormatException extends RuntimeException {
    public GoldFormatException(int lineNumber, String message) {
        super("line " + lineNumber + ": " + message);
    }
}
