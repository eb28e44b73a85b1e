package io.whosaid.api.direct;

import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the objects a root query returned into the answer's maps and lists, field by field as the request
 * selected them, the way graphql-java completes values: scalars and enums serialized by the schema's own
 * types, keys in the order of the request. Where graphql-java would report an error (a null in a non-null
 * field, a value a scalar refuses) it stops with {@link NotDirect}, so graphql-java answers instead.
 */
final class AnswerWriter {

    private final GraphQLSchema schema;
    private final FieldReaders readers;
    private final GraphQLContext context = GraphQLContext.getDefault();

    AnswerWriter(GraphQLSchema schema, FieldReaders readers) {
        this.schema = schema;
        this.readers = readers;
    }

    /** The value of {@code field}, of the schema's {@code type}, completed with what the request selected below it. */
    Object complete(Object value, GraphQLOutputType type, ExecutableNormalizedField field) throws Exception {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                throw new NotDirect("null in the non-null field " + field.getName());
            }
            return complete(value, (GraphQLOutputType) nonNull.getWrappedType(), field);
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            if (!(value instanceof Collection<?> items)) {
                throw new NotDirect("a list field returned " + value.getClass().getSimpleName());
            }
            List<Object> completed = new ArrayList<>(items.size());
            for (Object item : items) {
                completed.add(complete(item, (GraphQLOutputType) list.getWrappedType(), field));
            }
            return completed;
        }
        if (type instanceof GraphQLScalarType scalar) {
            return scalar.getCoercing().serialize(value, context, Locale.getDefault());
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.serialize(value, context, Locale.getDefault());
        }
        return object(value, objectType(value, type), field);
    }

    private Map<String, Object> object(Object value, GraphQLObjectType type, ExecutableNormalizedField field)
            throws Exception {
        Map<String, Object> answer = new LinkedHashMap<>();
        for (ExecutableNormalizedField child : field.getChildren()) {
            if (!child.getObjectTypeNames().contains(type.getName())) {
                continue;
            }
            String key = child.getResultKey();
            if (answer.containsKey(key)) {
                throw new NotDirect("two selections answer " + key);
            }
            if (child.getName().equals("__typename")) {
                answer.put(key, type.getName());
                continue;
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(child.getName());
            FieldReader reader = readers.get(type.getName(), child.getName());
            if (definition == null || reader == null) {
                throw new NotDirect(type.getName() + "." + child.getName() + " is not read directly");
            }
            answer.put(key, complete(reader.read(value, child), definition.getType(), child));
        }
        return answer;
    }

    /**
     * The object type of a value in an interface or union position. The read model's classes carry their
     * GraphQL type's name (as SmallRye maps them); anything else is left to graphql-java's type resolver.
     */
    private GraphQLObjectType objectType(Object value, GraphQLOutputType type) {
        if (type instanceof GraphQLObjectType object) {
            return object;
        }
        GraphQLObjectType candidate = schema.getObjectType(value.getClass().getSimpleName());
        if (candidate == null || !schema.isPossibleType((graphql.schema.GraphQLNamedType) type, candidate)) {
            throw new NotDirect("no object type for " + value.getClass().getName());
        }
        return candidate;
    }
}
