package io.whosaid.api.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads an API key from {@code X-API-Key}, or from {@code Authorization: Bearer}. It runs before the JWT mechanism:
 * a bearer value that is not a configured key is left to the JWT mechanism (no identity here), while an unknown
 * {@code X-API-Key} fails authentication outright.
 *
 * <p>{@link HttpAuthenticationMechanism} sits in a Quarkus {@code runtime} package but is the extension point
 * Quarkus documents for a mechanism of one's own (guides "Quarkus Security architecture" and "Security tips and
 * tricks").
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    public static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String headerKey = context.request().getHeader(API_KEY_HEADER);
        if (headerKey != null) {
            return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                    new ApiKeyAuthenticationRequest(headerKey.strip(), false), context));
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null
                && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).strip();
            return identityProviderManager
                    .authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                            new ApiKeyAuthenticationRequest(token, true), context))
                    // not one of our keys: perhaps a JWT, which the JWT mechanism checks next
                    .onFailure(AuthenticationFailedException.class)
                    .recoverWithNull();
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
