package io.whosaid.api.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Turns a configured API key into an identity holding the key's role; an unknown key yields no identity. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    private final ApiKeys keys;

    public ApiKeyIdentityProvider(@ConfigProperty(name = "whosaid.auth.api-keys") Optional<List<String>> entries) {
        this.keys = entries.map(ApiKeys::parse).orElse(ApiKeys.none());
        LOG.infof("API keys configured: %d", keys.size());
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom()
                .item(keys.lookup(request.key())
                        .map(grant -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                                .setPrincipal(new QuarkusPrincipal(grant.name()))
                                .addRole(grant.role())
                                .build())
                        .orElse(null));
    }
}
