package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** ingestUrl was given (or redirected to) a host on a loopback, private, link-local, multicast or reserved address. */
@ErrorCode("URL_ADDRESS_NOT_ALLOWED")
public class UrlAddressNotAllowedException extends ApiException {
    public UrlAddressNotAllowedException(String message) {
        super(message);
    }
}
