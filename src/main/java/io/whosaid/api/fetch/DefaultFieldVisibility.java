package io.whosaid.api.fetch;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Gives the schema graphql-java's plain field visibility when none is configured.
 *
 * <p>SmallRye reads {@code quarkus.smallrye-graphql.field-visibility}, whose default is the word {@code default},
 * and treats any value other than {@code no-introspection} as a list of patterns of fields to hide. So with
 * nothing configured every schema carries a {@code BlockedFields} rule with the pattern "default", and graphql-java
 * runs a regular expression on every field of every answer to find it hides nothing (about 3% of the service's
 * CPU on an article request). A configured value ({@code no-introspection}, or patterns) is left as SmallRye set it.
 * Registered through SmallRye's {@link EventingService} SPI in {@code META-INF/services}.
 */
public final class DefaultFieldVisibility implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        if (!Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
            return builder;
        }
        GraphQLCodeRegistry registry = builder.build().getCodeRegistry();
        return builder.codeRegistry(registry.transform(
                codes -> codes.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)));
    }
}
