package io.whosaid.api.errors;

/**
 * An error the client caused and can fix. Its message is shown to the client (application.properties lists
 * these classes), unlike unexpected exceptions, whose details stay in the log.
 */
public abstract class ApiException extends RuntimeException {
    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
