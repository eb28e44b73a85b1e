package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** An undo of an edit that later edits depend on; the message names them. */
@ErrorCode("EDIT_DEPENDED_ON")
public class EditDependedOnException extends ApiException {
    public EditDependedOnException(String message) {
        super(message);
    }
}
