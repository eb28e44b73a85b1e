package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The page redirected more often than whosaid.fetch.max-redirects allows. */
@ErrorCode("TOO_MANY_REDIRECTS")
public class TooManyRedirectsException extends ApiException {
    public TooManyRedirectsException(String message) {
        super(message);
    }
}
