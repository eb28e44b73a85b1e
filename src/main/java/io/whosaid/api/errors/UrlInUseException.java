package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A url given to an article that another article already holds. */
@ErrorCode("URL_IN_USE")
public class UrlInUseException extends ApiException {
    public UrlInUseException(String message) {
        super(message);
    }
}
