package io.whosaid.api.edit;

import io.whosaid.api.errors.ApiException;
import io.whosaid.api.errors.BadInputException;
import io.whosaid.api.errors.EditConflictException;
import io.whosaid.api.errors.EditDependedOnException;
import io.whosaid.api.errors.NotFoundException;
import io.whosaid.api.errors.NotMergedException;
import io.whosaid.api.errors.UrlInUseException;
import io.whosaid.graph.edit.EditRefusedException;
import java.util.function.Supplier;

/** The one place where a refused edit becomes the API's error code. */
final class EditErrors {

    private EditErrors() {}

    static <T> T mapped(Supplier<T> edit) {
        try {
            return edit.get();
        } catch (EditRefusedException e) {
            throw error(e);
        }
    }

    static ApiException error(EditRefusedException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> new NotFoundException(e.getMessage());
            case BAD_INPUT -> new BadInputException(e.getMessage());
            case NOT_MERGED -> new NotMergedException(e.getMessage());
            case DEPENDED_ON -> new EditDependedOnException(e.getMessage());
            case CONFLICT -> new EditConflictException(e.getMessage());
            case URL_IN_USE -> new UrlInUseException(e.getMessage());
        };
    }
}
