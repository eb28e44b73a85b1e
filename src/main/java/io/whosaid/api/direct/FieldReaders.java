package io.whosaid.api.direct;

import graphql.introspection.Introspection;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.whosaid.api.RelatedLoader;
import io.whosaid.api.SelectionReader;
import io.whosaid.api.fetch.RecordAccessorFetcher;
import io.whosaid.graph.projection.FieldTable;
import io.whosaid.graph.projection.RelatedField;
import io.whosaid.model.Connection;
import io.whosaid.model.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the direct execution reads each field below the root, from the schema and the field table: a record
 * component is its accessor, a related field ({@link FieldTable}) is what the root query prefetched for it with
 * the arguments the request gave (else the request goes to graphql-java), and a connection's totalCount is its
 * count. A field none of these covers is one the direct execution does not answer.
 */
final class FieldReaders {

    private final Map<FieldCoordinates, FieldReader> readers;

    private FieldReaders(Map<FieldCoordinates, FieldReader> readers) {
        this.readers = readers;
    }

    static FieldReaders of(GraphQLSchema schema, RelatedLoader related) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        Map<FieldCoordinates, FieldReader> readers = new HashMap<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object)
                    || Introspection.isIntrospectionTypes(object)
                    || object == schema.getQueryType()
                    || object == schema.getMutationType()) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                FieldReader reader =
                        reader(registry.getDataFetcher(coordinates, field), object.getName(), field.getName(), related);
                if (reader != null) {
                    readers.put(coordinates, reader);
                }
            }
        }
        return new FieldReaders(readers);
    }

    /** The reader of a field, or null when the direct execution leaves it to graphql-java. */
    FieldReader get(String typeName, String fieldName) {
        return readers.get(FieldCoordinates.coordinates(typeName, fieldName));
    }

    private static FieldReader reader(DataFetcher<?> fetcher, String type, String field, RelatedLoader related) {
        if (fetcher instanceof RecordAccessorFetcher accessor) {
            return (source, selected) -> accessor.read(source);
        }
        RelatedField row = FieldTable.related(type, field);
        if (row != null) {
            return (source, selected) -> {
                Integer first = integer(selected, "first");
                String after = string(selected, "after");
                Integer last = integer(selected, "last");
                String before = string(selected, "before");
                List<String> statuses = SelectionReader.statuses(
                        row, selected.getResolvedArguments().get("statuses"));
                if (!related.prefetched(source, row, first, after, last, before, statuses)) {
                    throw new NotDirect(type + "." + field + " was not read with the root query");
                }
                return related.value((Node) source, row, first, after, last, before, statuses);
            };
        }
        if (field.equals("totalCount") && type.endsWith("Connection")) {
            return (source, selected) ->
                    ((Connection<?>) source).totalCountSupplier().getAsInt();
        }
        return null;
    }

    /** An Int argument of a field as the request gave it (defaults applied), or null. */
    static Integer integer(ExecutableNormalizedField field, String argument) {
        return SelectionReader.integer(field.getResolvedArguments().get(argument));
    }

    /** A String or ID argument of a field as the request gave it, or null. */
    static String string(ExecutableNormalizedField field, String argument) {
        Object value = field.getResolvedArguments().get(argument);
        return value == null ? null : value.toString();
    }
}
