package io.whosaid.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.smallrye.graphql.spi.EventingService;
import java.util.Set;

/**
 * Lets the related fields of the read model answer from what the root query already read, without SmallRye's
 * batch machinery. SmallRye serves a {@code @Source} field through a DataLoader, and for every parent object it
 * clones its request context and rebuilds the field's selection as JSON first; an article with 40 quotes paid
 * that 80 times for answers that were already in memory. Each such field (one without arguments) gets a fetcher
 * that returns the prefetched answer when there is one, and otherwise hands the parent to SmallRye's fetcher,
 * which batches it as before. Registered through SmallRye's {@link EventingService} SPI in {@code META-INF/services}.
 */
public final class PrefetchedFields implements EventingService {

    /** The read model's object types whose related fields the root query prefetches. */
    private static final Set<String> TYPES = Set.of("Article", "Quote", "Comment", "Commenter", "Person", "Organization");

    /** Always on: no configuration key turns it off. */
    @Override
    public String getConfigKey() {
        return null;
    }

    /** Called by SmallRye GraphQL with the schema it is about to build, its data fetchers already registered. */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema draft = builder.build();
        GraphQLCodeRegistry registry = draft.getCodeRegistry();
        GraphQLCodeRegistry wrapped = registry.transform(codes -> {
            for (GraphQLType type : draft.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && TYPES.contains(object.getName())) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                        DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                        if (field.getArguments().isEmpty() && !(fetcher instanceof RecordAccessorFetcher)) {
                            codes.dataFetcher(coordinates, new PrefetchedOrLoaded(field.getName(), fetcher));
                        }
                    }
                }
            }
        });
        return builder.codeRegistry(wrapped);
    }
}
