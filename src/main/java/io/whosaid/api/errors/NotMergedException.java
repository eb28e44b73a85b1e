package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A split of an entity that no merge in force kept. */
@ErrorCode("NOT_MERGED")
public class NotMergedException extends ApiException {
    public NotMergedException(String message) {
        super(message);
    }
}
