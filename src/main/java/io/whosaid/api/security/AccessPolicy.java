package io.whosaid.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may run what: every mutation needs the {@code editor} role; queries are open to anyone, or, with
 * {@code whosaid.auth.reads=token}, to any authenticated caller. Decided once per request, before anything runs.
 */
@ApplicationScoped
public class AccessPolicy {

    public static final String EDITOR_ROLE = "editor";

    /** Why a request may not run; {@code code} goes to {@code extensions.code}. */
    public enum Denial {
        UNAUTHENTICATED(401, "This operation needs an API key or token"),
        FORBIDDEN(403, "This operation needs the editor role");

        public final int status;
        public final String message;

        Denial(int status, String message) {
            this.status = status;
            this.message = message;
        }
    }

    private final ReadAccess reads;

    @Inject
    public AccessPolicy(@ConfigProperty(name = "whosaid.auth.reads", defaultValue = "open") String reads) {
        this(ReadAccess.parse(reads));
    }

    public AccessPolicy(ReadAccess reads) {
        this.reads = reads;
    }

    public ReadAccess reads() {
        return reads;
    }

    /** Empty when the caller may run the operation. */
    public Optional<Denial> check(boolean mutation, SecurityIdentity identity) {
        boolean anonymous = identity == null || identity.isAnonymous();
        if (mutation) {
            if (anonymous) {
                return Optional.of(Denial.UNAUTHENTICATED);
            }
            return identity.hasRole(EDITOR_ROLE) ? Optional.empty() : Optional.of(Denial.FORBIDDEN);
        }
        if (reads == ReadAccess.TOKEN && anonymous) {
            return Optional.of(Denial.UNAUTHENTICATED);
        }
        return Optional.empty();
    }
}
