package io.whosaid.api.http;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.smallrye.graphql.api.Context.VariablesParser;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an operation's variables against their types before execution, so a value refused anywhere in a
 * variable is {@code BAD_INPUT}: what graphql-java's coercion refuses (an enum value that does not exist, a missing
 * required input field) with its message, and a {@code DateTime} that is not ISO 8601 with an offset wherever it
 * sits (inside a filter's date range). graphql-java lets a DateTime string through and SmallRye refused it later,
 * during execution, with an internal message and no {@code extensions.code}. The built-in scalars are checked
 * before, by {@link ScalarInputs}.
 */
final class VariableCoercion {

    private static final String DATE_TIME = "DateTime";

    private VariableCoercion() {}

    /** The message of the first variable its type refuses; empty when all are good (or there is no operation). */
    static Optional<String> problem(
            GraphQLSchema schema, Optional<OperationDefinition> operation, JsonObject variables) {
        if (schema == null
                || operation.isEmpty()
                || operation.get().getVariableDefinitions().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> raw = VariablesParser.toMap(variables).orElse(Map.of());
        try {
            ValuesResolver.coerceVariableValues(
                    schema,
                    operation.get().getVariableDefinitions(),
                    RawVariables.of(raw),
                    GraphQLContext.getDefault(),
                    Locale.ENGLISH);
        } catch (RuntimeException e) {
            // a variable of a type the schema lacks is the validation's to report, in its words
            return e instanceof GraphQLError ? Optional.of(e.getMessage()) : Optional.empty();
        }
        for (VariableDefinition definition : operation.get().getVariableDefinitions()) {
            GraphQLType type = type(schema, definition.getType());
            Optional<String> problem = type == null
                    ? Optional.empty()
                    : dateTimes("$" + definition.getName(), type, raw.get(definition.getName()));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** The first DateTime in {@code value} that does not parse, as a message naming where it is. */
    private static Optional<String> dateTimes(String path, GraphQLType type, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (type instanceof GraphQLNonNull nonNull) {
            return dateTimes(path, nonNull.getWrappedType(), value);
        }
        if (type instanceof GraphQLList list) {
            List<?> items = value instanceof List<?> given ? given : List.of(value);
            for (int i = 0; i < items.size(); i++) {
                Optional<String> problem = dateTimes(path + "[" + i + "]", list.getWrappedType(), items.get(i));
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                Optional<String> problem =
                        dateTimes(path + "." + field.getName(), field.getType(), fields.get(field.getName()));
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLScalarType scalar && scalar.getName().equals(DATE_TIME)) {
            try {
                OffsetDateTime.parse(value.toString());
            } catch (DateTimeParseException e) {
                return Optional.of(path + " is not a DateTime: '" + value
                        + "'; give an ISO 8601 date and time with an offset, e.g. 2026-01-12T00:00:00Z");
            }
        }
        return Optional.empty();
    }

    /** The schema's type for a variable's declared type; null when the schema has no type of that name. */
    private static GraphQLType type(GraphQLSchema schema, Type<?> declared) {
        if (declared instanceof NonNullType nonNull) {
            GraphQLType inner = type(schema, nonNull.getType());
            return inner == null ? null : GraphQLNonNull.nonNull(inner);
        }
        if (declared instanceof ListType list) {
            GraphQLType inner = type(schema, list.getType());
            return inner == null ? null : GraphQLList.list(inner);
        }
        return schema.getType(((TypeName) declared).getName());
    }
}
