package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** JSON input that does not parse or is not an article's shape; the message names the field. */
@ErrorCode("MALFORMED_JSON")
public class MalformedJsonException extends ApiException {
    public MalformedJsonException(String message) {
        super(message);
    }
}
