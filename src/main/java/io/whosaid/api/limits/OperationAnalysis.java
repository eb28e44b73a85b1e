package io.whosaid.api.limits;

import com.google.common.math.LongMath;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures the operation a request will run, before it runs: which operation (as graphql-java picks it), whether
 * it can write, how deep it nests, how many aliases it uses and what it may cost.
 *
 * <p>Cost model, so a client can predict it (docs/security.md, "Cost"): every field costs 1, and a list field multiplies the
 * cost of what it selects by how many items it may return. With a page size (its own {@code first}/{@code last}/
 * {@code limit}, else that of its parent field, so the {@code edges} of {@code articles(first: 50)} are 50, else the
 * argument's schema default or the default page size) that is the page size, or the longest such list the data
 * holds when that is shorter ({@link ListSizes}: a person who said 3 quotes has no page of 20). Without a page size
 * it is the longest such list the data holds (comments per article, per commenter, subjects per quote, ...), or
 * {@code listFanOut} when the data's figure is not known. A text field adds what its values may hold, as the data
 * has them ({@link ListSizes#textCost}: the longest texts of that field, the n longest for n values).
 * Introspection ({@code __schema}, {@code __type}, {@code __typename}) is not counted: graphql-java's
 * good-faith introspection check already bounds it.
 *
 * <p>The document is not validated yet (unknown fields count 1 and select nothing), and fragment cycles, which
 * validation rejects later, are cut here. Work is bounded: once a limit is certainly exceeded, counting stops.
 */
public final class OperationAnalysis {

    /** What the request will run; {@code operation} is empty when graphql-java will reject the choice itself. */
    public record Shape(
            Optional<OperationDefinition> operation, boolean mayWrite, int depth, long complexity, int aliases) {}

    /** The limits counting may stop at; exceeding one is reported, so exact counts above it are not needed. */
    public record Bounds(int maxDepth, long maxComplexity, int maxAliases, int defaultPageSize, int listFanOut) {}

    /** What the data holds, for the cost: how long each list may be, how long each text. */
    @FunctionalInterface
    public interface ListSizes {
        ListSizes NONE = (type, field) -> 0;

        /** The longest list of this field the data holds (at least 1 when known); 0 when not known. */
        long of(String typeName, String fieldName);

        /**
         * The cost, beyond the 1 every field costs, of {@code values} values of this text field together, from
         * their lengths as the data has them; 0 when not known or not a long text.
         */
        default long textCost(String typeName, String fieldName, long values) {
            return 0;
        }
    }

    private static final List<String> SIZE_ARGUMENTS = List.of("first", "last", "limit");

    private final GraphQLSchema schema;
    private final Bounds bounds;
    private final ListSizes listSizes;
    private final Map<String, Object> variables;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Deque<String> fragmentPath = new ArrayDeque<>();
    private int maxDepthSeen;
    private int aliases;
    private long visitedFields;
    /** Every selection visited, fragments and introspection included: bounds the work on crafted fragment trees. */
    private long work;

    private OperationAnalysis(GraphQLSchema schema, Bounds bounds, ListSizes listSizes, Map<String, Object> variables) {
        this.schema = schema;
        this.bounds = bounds;
        this.listSizes = listSizes;
        this.variables = variables == null ? Map.of() : variables;
    }

    /**
     * @param schema        the executable schema, for field types and argument defaults; null measures without it
     *                      (every field then counts as a single object)
     * @param operationName as the request named it, or null
     */
    public static Shape analyse(
            Document document,
            String operationName,
            Map<String, Object> variables,
            GraphQLSchema schema,
            Bounds bounds) {
        return analyse(document, operationName, variables, schema, bounds, ListSizes.NONE);
    }

    /** As above, with list sizes from the data for lists that take no page size. */
    public static Shape analyse(
            Document document,
            String operationName,
            Map<String, Object> variables,
            GraphQLSchema schema,
            Bounds bounds,
            ListSizes listSizes) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        Optional<OperationDefinition> chosen = choose(operations, operationName);
        // When graphql-java will refuse to pick an operation nothing runs; still, be as strict as the strictest one.
        boolean mayWrite = chosen.map(OperationAnalysis::writes)
                .orElseGet(() -> operations.stream().anyMatch(OperationAnalysis::writes));
        if (chosen.isEmpty()) {
            return new Shape(chosen, mayWrite, 0, 0, 0);
        }
        OperationAnalysis analysis = new OperationAnalysis(schema, bounds, listSizes, variables);
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> analysis.fragments.put(f.getName(), f));
        OperationDefinition operation = chosen.get();
        long complexity;
        try {
            complexity = analysis.selectionCost(operation.getSelectionSet(), rootType(schema, operation), 1, null, 1);
        } catch (LimitReached reached) {
            complexity = reached.complexity;
        }
        return new Shape(chosen, mayWrite, analysis.maxDepthSeen, complexity, analysis.aliases);
    }

    /** graphql-java's rule: the named operation, or the only one when no name is given. */
    static Optional<OperationDefinition> choose(List<OperationDefinition> operations, String operationName) {
        if (operationName == null) {
            return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
        }
        return operations.stream()
                .filter(o -> operationName.equals(o.getName()))
                .findFirst();
    }

    private static boolean writes(OperationDefinition operation) {
        return operation.getOperation() == OperationDefinition.Operation.MUTATION;
    }

    private static GraphQLType rootType(GraphQLSchema schema, OperationDefinition operation) {
        if (schema == null) {
            return null;
        }
        return switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    }

    /**
     * The cost of a selection set whose fields sit at {@code depth}; {@code pageSize} is the parent's size argument,
     * {@code instances} how many objects of {@code parentType} the answer may hold at this place.
     */
    private long selectionCost(
            SelectionSet selectionSet, GraphQLType parentType, int depth, Integer pageSize, long instances) {
        if (selectionSet == null) {
            return 0;
        }
        long cost = 0;
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (++work > 10 * bounds.maxComplexity() + 1000) {
                throw new LimitReached(Long.MAX_VALUE);
            }
            if (selection instanceof Field field) {
                cost = add(cost, fieldCost(field, parentType, depth, pageSize, instances));
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType type = inline.getTypeCondition() == null
                        ? parentType
                        : typeNamed(inline.getTypeCondition().getName());
                cost = add(cost, selectionCost(inline.getSelectionSet(), type, depth, pageSize, instances));
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment == null || fragmentPath.contains(spread.getName())) {
                    continue; // unknown fragment or a cycle: validation reports both
                }
                fragmentPath.push(spread.getName());
                cost = add(
                        cost,
                        selectionCost(
                                fragment.getSelectionSet(),
                                typeNamed(fragment.getTypeCondition().getName()),
                                depth,
                                pageSize,
                                instances));
                fragmentPath.pop();
            }
        }
        return cost;
    }

    private long fieldCost(Field field, GraphQLType parentType, int depth, Integer parentPageSize, long instances) {
        if (field.getName().startsWith("__")) {
            return 0;
        }
        visitedFields++;
        if (field.getAlias() != null) {
            aliases++;
        }
        maxDepthSeen = Math.max(maxDepthSeen, depth);
        if (visitedFields > bounds.maxComplexity() || aliases > bounds.maxAliases() || depth > bounds.maxDepth()) {
            throw new LimitReached(visitedFields);
        }
        GraphQLFieldDefinition definition = definitionOf(parentType, field.getName());
        GraphQLType fieldType = definition == null ? null : GraphQLTypeUtil.unwrapNonNull(definition.getType());
        long longest = listSizes.of(typeName(parentType), field.getName());
        Integer ownSize = sizeArgument(field, definition);
        if (ownSize != null && longest > 0) {
            ownSize = (int) Math.min(ownSize, longest);
        }
        long fanOut = 1;
        if (fieldType != null && GraphQLTypeUtil.isList(fieldType)) {
            fanOut = ownSize != null
                    ? ownSize
                    : parentPageSize != null ? parentPageSize : longest > 0 ? longest : bounds.listFanOut();
            fanOut = Math.max(fanOut, 1);
        }
        long values = multiply(instances, fanOut);
        long children = selectionCost(
                field.getSelectionSet(),
                fieldType == null ? null : GraphQLTypeUtil.unwrapAll(fieldType),
                depth + 1,
                ownSize,
                values);
        long text = field.getSelectionSet() == null
                ? listSizes.textCost(typeName(parentType), field.getName(), values) / Math.max(values, 1)
                : 0;
        return add(1, multiply(fanOut, add(children, text)));
    }

    /**
     * The field's {@code first}, {@code last} or {@code limit}: as given (literal or variable), else its schema
     * default. Every given one is looked at before any default, so {@code last: 100} is not counted as a default
     * {@code first}.
     */
    private Integer sizeArgument(Field field, GraphQLFieldDefinition definition) {
        for (String name : SIZE_ARGUMENTS) {
            Argument argument = field.getArguments().stream()
                    .filter(a -> a.getName().equals(name))
                    .findFirst()
                    .orElse(null);
            if (argument != null) {
                if (argument.getValue() instanceof IntValue literal) {
                    return clamp(literal.getValue().longValue());
                }
                if (argument.getValue() instanceof VariableReference reference
                        && variables.get(reference.getName()) instanceof Number number) {
                    return clamp(number.longValue());
                }
            }
        }
        for (String name : SIZE_ARGUMENTS) {
            Argument argument = field.getArguments().stream()
                    .filter(a -> a.getName().equals(name))
                    .findFirst()
                    .orElse(null);
            GraphQLArgument declared = definition == null ? null : definition.getArgument(name);
            if (declared != null) {
                if (argument == null && declared.hasSetDefaultValue()) {
                    try {
                        Object value = GraphQLArgument.getArgumentDefaultValue(declared);
                        if (value instanceof Number number) {
                            return clamp(number.longValue());
                        }
                    } catch (RuntimeException unreadable) {
                        // fall back to the default page size below
                    }
                }
                return bounds.defaultPageSize();
            }
        }
        return null;
    }

    private static int clamp(long value) {
        return (int) Math.max(0, Math.min(value, Integer.MAX_VALUE));
    }

    private GraphQLFieldDefinition definitionOf(GraphQLType parentType, String name) {
        if (parentType instanceof GraphQLFieldsContainer container) {
            return container.getFieldDefinition(name);
        }
        return null;
    }

    private static String typeName(GraphQLType type) {
        return type instanceof graphql.schema.GraphQLNamedType named ? named.getName() : "";
    }

    private GraphQLType typeNamed(String name) {
        if (schema == null) {
            return null;
        }
        return schema.getType(name);
    }

    private static long add(long a, long b) {
        return LongMath.saturatedAdd(a, b);
    }

    private static long multiply(long a, long b) {
        return LongMath.saturatedMultiply(a, b);
    }

    /**
     * Thrown to stop counting once a limit is certainly exceeded; the work stays bounded by the limits.
     * {@code complexity} is a lower bound of the operation's cost (above the limit when that is what was exceeded).
     */
    private static final class LimitReached extends RuntimeException {
        final long complexity;

        LimitReached(long complexity) {
            super(null, null, false, false);
            this.complexity = complexity;
        }
    }
}
