package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** ingestUrl was given a URL that is not absolute http or https. */
@ErrorCode("URL_SCHEME_NOT_ALLOWED")
public class UrlSchemeNotAllowedException extends ApiException {
    public UrlSchemeNotAllowedException(String message) {
        super(message);
    }
}
