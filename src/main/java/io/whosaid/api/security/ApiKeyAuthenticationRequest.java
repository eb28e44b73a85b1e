package io.whosaid.api.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * A key presented in {@code X-API-Key} or as {@code Authorization: Bearer}.
 *
 * @param key            the key as sent
 * @param fromBearer     true when it came as a bearer token, which may instead be a JWT
 */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;
    private final boolean fromBearer;

    public ApiKeyAuthenticationRequest(String key, boolean fromBearer) {
        this.key = key;
        this.fromBearer = fromBearer;
    }

    public String key() {
        return key;
    }

    public boolean fromBearer() {
        return fromBearer;
    }
}
