package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** No node has the id the request named. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super(message);
    }
}
