package io.whosaid.api.export;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.model.EdgeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an export covers, read from its address's parameters, which are the GraphQL arguments of the same read:
 * a neighbourhood ({@code id}, {@code hops}, {@code limit}, {@code types}), every shortest path ({@code from},
 * {@code to}, {@code maxHops}, {@code limit}, {@code types}), a search ({@code q}, {@code first}, {@code types}) or, with none,
 * the whole graph. {@code types} is a comma-separated list of relationship types, or repeated.
 */
public record ExportRequest(Kind kind, Map<String, String> arguments, List<EdgeType> types) {

    public enum Kind {
        NEIGHBORHOOD(Set.of("id", "hops", "limit", "types")),
        PATH(Set.of("from", "to", "maxHops", "limit", "types")),
        SEARCH(Set.of("q", "first", "types")),
        WHOLE_GRAPH(Set.of());

        final Set<String> parameters;

        Kind(Set<String> parameters) {
            this.parameters = parameters;
        }
    }

    /** What the export of a neighbourhood, a path or a search selects, as the GraphQL query for it would. */
    static final String SUBGRAPH_FIELDS = "nodes { id type label degree said quotedAbout } "
            + "edges { id type source target weight supports } truncated";

    private static final Set<String> INTEGERS = Set.of("hops", "limit", "maxHops", "first");

    /**
     * @throws BadInputException for a parameter no export takes, one given twice, parameters of two kinds of
     *                           export, a number that is not one, or an unknown relationship type
     */
    public static ExportRequest parse(Map<String, List<String>> parameters) {
        Kind kind = parameters.containsKey("id")
                ? Kind.NEIGHBORHOOD
                : parameters.containsKey("from") || parameters.containsKey("to")
                        ? Kind.PATH
                        : parameters.containsKey("q") ? Kind.SEARCH : Kind.WHOLE_GRAPH;
        Map<String, String> arguments = new HashMap<>();
        List<EdgeType> types = null;
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!kind.parameters.contains(name)) {
                throw new BadInputException(unexpected(name, kind));
            }
            if (name.equals("types")) {
                types = types(parameter.getValue());
                continue;
            }
            if (parameter.getValue().size() != 1) {
                throw new BadInputException(name + " is given more than once");
            }
            String value = parameter.getValue().get(0);
            if (INTEGERS.contains(name)) {
                integer(name, value);
            }
            arguments.put(name, value);
        }
        if (kind == Kind.PATH && !(arguments.containsKey("from") && arguments.containsKey("to"))) {
            throw new BadInputException("A path export needs both from and to");
        }
        return new ExportRequest(kind, Map.copyOf(arguments), types);
    }

    private static String unexpected(String name, Kind kind) {
        boolean known = Arrays.stream(Kind.values()).anyMatch(k -> k.parameters.contains(name));
        if (!known) {
            return "No export takes the parameter " + name + "; a neighbourhood takes id, hops, limit, types; paths "
                    + "take from, to, maxHops, limit, types; a search takes q, first, types; none exports the whole graph";
        }
        return kind == Kind.WHOLE_GRAPH
                ? name + " needs id (a neighbourhood), from and to (paths) or q (a search)"
                : name + " does not go with the parameters of a "
                        + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " export ("
                        + String.join(", ", kind.parameters.stream().sorted().toList()) + ")";
    }

    private static List<EdgeType> types(List<String> values) {
        Set<EdgeType> types = new LinkedHashSet<>();
        for (String value : values) {
            for (String name : value.split(",", -1)) {
                String trimmed = name.strip();
                try {
                    types.add(EdgeType.valueOf(trimmed));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("types: " + (trimmed.isEmpty() ? "an empty name" : trimmed)
                            + " is not a relationship type; use "
                            + Arrays.stream(EdgeType.values()).map(Enum::name).collect(Collectors.joining(", ")));
                }
            }
        }
        return new ArrayList<>(types);
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(name + " must be a whole number, was " + value);
        }
    }

    public String argument(String name) {
        return arguments.get(name);
    }

    /** The number given, or null when left out (the read's default then applies). */
    public Integer integer(String name) {
        String value = arguments.get(name);
        return value == null ? null : integer(name, value);
    }

    /**
     * The GraphQL query that reads the same subgraph, and its numeric variables (as a request's are measured):
     * an export costs what that query costs, and is measured against the same budgets. Empty for the whole graph,
     * which no query bounds.
     */
    public Optional<EquivalentQuery> equivalentQuery() {
        Map<String, Object> numbers = new HashMap<>();
        arguments.forEach((name, value) -> {
            if (INTEGERS.contains(name)) {
                numbers.put(name, (long) integer(name));
            }
        });
        return switch (kind) {
            case NEIGHBORHOOD ->
                Optional.of(new EquivalentQuery(
                        "query($id: ID!, $hops: Int, $limit: Int) { "
                                + "neighborhood(id: $id, hops: $hops, limit: $limit) { " + SUBGRAPH_FIELDS + " } }",
                        numbers));
            case PATH ->
                Optional.of(new EquivalentQuery(
                        "query($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) { "
                                + "shortestPaths(fromId: $from, toId: $to, maxHops: $maxHops, limit: $limit) { graph { "
                                + SUBGRAPH_FIELDS + " } } }",
                        numbers));
            case SEARCH ->
                Optional.of(new EquivalentQuery(
                        "query($q: String!, $first: Int) { "
                                + "search(query: $q, first: $first) { type label node { id } } }",
                        numbers));
            case WHOLE_GRAPH -> Optional.empty();
        };
    }

    /** A GraphQL document and the numeric variables its cost depends on. */
    public record EquivalentQuery(String document, Map<String, Object> numericVariables) {}

    /** A name for the downloaded file: whosaid-neighborhood, whosaid-path, whosaid-search or whosaid-graph. */
    public String fileStem() {
        return "whosaid-"
                + switch (kind) {
                    case NEIGHBORHOOD -> "neighborhood";
                    case PATH -> "path";
                    case SEARCH -> "search";
                    case WHOLE_GRAPH -> "graph";
                };
    }
}
