package io.whosaid.api.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A web page that was read but holds no article (no title, or no paragraph of text). */
@ErrorCode("NO_ARTICLE")
public class NoArticleException extends ApiException {
    public NoArticleException(String message) {
        super(message);
    }
}
