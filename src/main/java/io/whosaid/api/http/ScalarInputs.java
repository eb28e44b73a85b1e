package io.whosaid.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Checks the built-in scalar inputs of an operation as the GraphQL spec coerces them, before execution: an
 * {@code Int} literal or variable must be a whole number within 32 bits, and a variable of type {@code Float},
 * {@code String}, {@code ID} or {@code Boolean} must hold that kind of JSON value. SmallRye GraphQL's own number
 * scalars would otherwise wrap {@code 4294967297} to 1 and take {@code 1.5} for 1, and a string where a number
 * belongs failed inside execution with an internal message.
 */
final class ScalarInputs {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    /** A document's literals do not change: checked once per parsed document (ParsedDocuments keeps them). */
    private static final Cache<Document, Optional<String>> LITERAL_PROBLEMS =
            Caffeine.newBuilder().weakKeys().maximumSize(500).build();

    private ScalarInputs() {}

    /** The first input that is not a valid value of its scalar type, as a message for the client; empty if none. */
    static Optional<String> problem(Document document, Optional<OperationDefinition> operation, JsonObject variables) {
        Optional<String> literal = LITERAL_PROBLEMS.get(document, ScalarInputs::outOfRangeIntLiteral);
        if (literal.isPresent() || operation.isEmpty()) {
            return literal;
        }
        for (VariableDefinition definition : operation.get().getVariableDefinitions()) {
            JsonValue value = variables.get(definition.getName());
            Optional<String> problem = check("$" + definition.getName(), definition.getType(), value);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * Every integer literal in the document: the schema takes integers only as {@code Int} (a huge literal given
     * for a {@code Float} or {@code ID} argument is refused too, which no client of this schema needs).
     */
    private static Optional<String> outOfRangeIntLiteral(Document document) {
        String[] found = new String[1];
        new NodeTraverser()
                .depthFirst(
                        new NodeVisitorStub() {
                            @Override
                            public TraversalControl visitIntValue(IntValue node, TraverserContext<Node> context) {
                                if (found[0] == null && !fitsInt(node.getValue())) {
                                    found[0] = "Int cannot represent " + node.getValue()
                                            + ": an Int is a 32-bit signed integer";
                                }
                                return TraversalControl.CONTINUE;
                            }
                        },
                        document);
        return Optional.ofNullable(found[0]);
    }

    private static Optional<String> check(String name, Type<?> type, JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty(); // absent or null: graphql-java reports a missing non-null value itself
        }
        if (type instanceof NonNullType nonNull) {
            return check(name, nonNull.getType(), value);
        }
        if (type instanceof ListType list) {
            if (value instanceof JsonArray array) {
                for (JsonValue item : array) {
                    Optional<String> problem = check(name, list.getType(), item);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
                return Optional.empty();
            }
            return check(name, list.getType(), value); // a single value is coerced to a list of one
        }
        if (!(type instanceof TypeName typeName)) {
            return Optional.empty();
        }
        boolean valid = switch (typeName.getName()) {
            case "Int" ->
                value instanceof JsonNumber number
                        && isWhole(number.bigDecimalValue())
                        && fitsInt(number.bigDecimalValue().toBigInteger());
            case "Float" -> value instanceof JsonNumber;
            case "String" -> value instanceof JsonString;
            case "ID" ->
                value instanceof JsonString || value instanceof JsonNumber number && isWhole(number.bigDecimalValue());
            case "Boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            default -> true; // enums and input objects: graphql-java's coercion reports them
        };
        return valid
                ? Optional.empty()
                : Optional.of("Variable " + name + " is not a valid " + typeName.getName()
                        + (typeName.getName().equals("Int") ? " (a whole number from -2147483648 to 2147483647)" : ""));
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static boolean fitsInt(BigInteger value) {
        return value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0;
    }
}
