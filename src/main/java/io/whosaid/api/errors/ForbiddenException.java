package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A query field only editors may read (the HTTP layer refuses whole mutations the same way, with 403). */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ApiException {
    public ForbiddenException(String message) {
        super(message);
    }
}
