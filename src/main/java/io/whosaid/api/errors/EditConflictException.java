package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The graph changed under an edit in a way it could not take in; nothing was changed. */
@ErrorCode("EDIT_CONFLICT")
public class EditConflictException extends ApiException {
    public EditConflictException(String message) {
        super(message);
    }
}
