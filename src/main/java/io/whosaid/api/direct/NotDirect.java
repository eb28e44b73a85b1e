package io.whosaid.api.direct;

/**
 * The request is one the direct execution does not answer (or stopped answering): graphql-java executes it
 * instead, from the start. Nothing has been written to the client when this is thrown.
 */
final class NotDirect extends RuntimeException {

    NotDirect(String reason) {
        super(reason, null, false, false);
    }
}
