package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The page could not be fetched: the host does not resolve, the connection failed, the server answered an error or not with a web page. */
@ErrorCode("FETCH_FAILED")
public class FetchFailedException extends ApiException {
    public FetchFailedException(String message) {
        super(message);
    }
}
