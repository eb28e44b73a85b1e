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
import io.whosaid.api.EntityFields;
import io.whosaid.api.Prefetch;
import io.whosaid.api.SelectionReader;
import io.whosaid.api.fetch.PrefetchedOrLoaded;
import io.whosaid.api.fetch.RecordAccessorFetcher;
import io.whosaid.model.Connection;
import io.whosaid.model.Organization;
import io.whosaid.model.Person;
import java.util.HashMap;
import java.util.Map;

/**
 * How the direct execution reads each field below the root, by the schema's own data fetchers: a record
 * component is its accessor, a related field is what the root query prefetched (else the request goes to
 * graphql-java), and the few computed fields with arguments call the same methods SmallRye calls. A field
 * missing here is one the direct execution does not answer.
 */
final class FieldReaders {

    private final Map<FieldCoordinates, FieldReader> readers;

    private FieldReaders(Map<FieldCoordinates, FieldReader> readers) {
        this.readers = readers;
    }

    static FieldReaders of(GraphQLSchema schema, Prefetch prefetch, EntityFields entityFields) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        Map<FieldCoordinates, FieldReader> readers = new HashMap<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || Introspection.isIntrospectionTypes(object)
                    || object == schema.getQueryType() || object == schema.getMutationType()) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                FieldReader reader = reader(registry.getDataFetcher(coordinates, field), object.getName(),
                        field.getName(), prefetch, entityFields);
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

    private static FieldReader reader(DataFetcher<?> fetcher, String type, String field, Prefetch prefetch,
                                      EntityFields entityFields) {
        if (fetcher instanceof RecordAccessorFetcher accessor) {
            return (source, selected) -> accessor.read(source);
        }
        if (fetcher instanceof PrefetchedOrLoaded related) {
            String signature = related.field();
            return (source, selected) -> {
                if (!prefetch.holds(source, signature)) {
                    throw new NotDirect(type + "." + field + " was not read with the root query");
                }
                return prefetch.answer(source, signature);
            };
        }
        if (field.equals("totalCount") && type.endsWith("Connection")) {
            return (source, selected) -> ((Connection<?>) source).totalCountSupplier().getAsInt();
        }
        return switch (type + "." + field) {
            case "Person.said" -> (source, selected) -> entityFields.said((Person) source,
                    integer(selected, "first"), string(selected, "after"));
            case "Person.quotedAbout" -> (source, selected) -> entityFields.quotedAbout((Person) source,
                    integer(selected, "first"), string(selected, "after"));
            case "Person.topSpeakers" -> (source, selected) -> entityFields.topSpeakers((Person) source,
                    integer(selected, "first"));
            case "Organization.said" -> (source, selected) -> entityFields.organizationSaid((Organization) source,
                    integer(selected, "first"), string(selected, "after"));
            case "Organization.quotedAbout" -> (source, selected) -> entityFields.organizationQuotedAbout(
                    (Organization) source, integer(selected, "first"), string(selected, "after"));
            case "Organization.topSpeakers" -> (source, selected) -> entityFields.organizationTopSpeakers(
                    (Organization) source, integer(selected, "first"));
            default -> null;
        };
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
