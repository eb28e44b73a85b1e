package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The input is larger than the configured limit. */
@ErrorCode("TOO_LARGE")
public class TooLargeException extends ApiException {
    public TooLargeException(String message) {
        super(message);
    }
}
