package io.whosaid.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.net.SocketAddress;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a caller is, in the edit log, the access log and the rate limiter alike: an API key's name, or a JWT's subject.
 * Not the principal's name for a token: smallrye-jwt names it by its {@code upn} or {@code preferred_username} when
 * the token has one, and the subject is what a token promises to keep.
 */
public final class CallerName {

    private CallerName() {}

    /** The caller's name; {@code anonymous} for a caller without a credential. */
    public static String of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /**
     * The key the rate limiter counts a caller's requests under: its name, or for an anonymous caller the address it
     * connects from ({@code unknown} when the connection has none, as a test's in-process request may not).
     */
    public static String rateKey(SecurityIdentity identity, SocketAddress remoteAddress) {
        if (!identity.isAnonymous()) {
            return of(identity);
        }
        return remoteAddress == null ? "unknown" : remoteAddress.hostAddress();
    }
}
