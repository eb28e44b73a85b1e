package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The page did not arrive within whosaid.fetch.timeout. */
@ErrorCode("FETCH_TIMEOUT")
public class FetchTimeoutException extends ApiException {
    public FetchTimeoutException(String message) {
        super(message);
    }
}
