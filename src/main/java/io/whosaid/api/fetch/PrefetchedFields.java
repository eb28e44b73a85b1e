package io.whosaid.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;
import io.whosaid.graph.projection.FieldTable;
import io.whosaid.graph.projection.RelatedField;

/**
 * Lets the related fields of the read model answer from what the root query already read, without SmallRye's
 * batch machinery. SmallRye serves a {@code @Source} field through a DataLoader, and for every parent object it
 * clones its request context and rebuilds the field's selection as JSON first; an article with 40 quotes paid
 * that 80 times for answers that were already in memory. Each related field without arguments of the field table
 * ({@link FieldTable}) gets a fetcher that returns the prefetched answer when there is one, and otherwise hands
 * the parent to SmallRye's fetcher, which batches it as before. Registered through SmallRye's
 * {@link EventingService} SPI in {@code META-INF/services}.
 */
public final class PrefetchedFields implements EventingService {

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
            for (RelatedField row : FieldTable.RELATED) {
                if (row.paging() != RelatedField.Paging.NONE || row.byStatus()) {
                    // fields with arguments: their resolvers look the answer up under the arguments' signature
                    continue;
                }
                for (String owner : row.owners()) {
                    GraphQLObjectType object = draft.getObjectType(owner);
                    GraphQLFieldDefinition field = object == null ? null : object.getFieldDefinition(row.field());
                    if (field == null) {
                        continue;
                    }
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                    codes.dataFetcher(
                            coordinates, new PrefetchedOrLoaded(row.signature(null, null, null, null), fetcher));
                }
            }
        });
        return builder.codeRegistry(wrapped);
    }
}
