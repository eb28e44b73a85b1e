package io.whosaid.graph.edit;

/** An edit that cannot be made as asked; nothing was written. The API turns {@link #reason()} into an error code. */
public class EditRefusedException extends RuntimeException {

    public enum Reason {
        /** An id names no node (or no node of the kind the edit needs). */
        NOT_FOUND,
        /** The request itself is wrong: merging an entity into itself, an empty name, ... */
        BAD_INPUT,
        /** A split of an entity that no merge in force kept. */
        NOT_MERGED,
        /** An undo of an edit that later edits in force touched the same nodes. */
        DEPENDED_ON,
        /** The graph changed under the edit in a way it cannot take in. */
        CONFLICT,
        /** A url given to an article that another article holds. */
        URL_IN_USE
    }

    private final Reason reason;

    public EditRefusedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static EditRefusedException notFound(String message) {
        return new EditRefusedException(Reason.NOT_FOUND, message);
    }

    public static EditRefusedException badInput(String message) {
        return new EditRefusedException(Reason.BAD_INPUT, message);
    }
}
