package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The request is invalid; the message says which argument and why. */
@ErrorCode("BAD_INPUT")
public class BadInputException extends ApiException {
    public BadInputException(String message) {
        super(message);
    }
}
