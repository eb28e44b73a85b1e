package io.whosaid.graph.projection;

import java.util.List;
import java.util.Map;

/**
 * A compiled map projection for one node variable: {@code cypher} is the text after the variable
 * ({@code {.id, .name, labels: labels(v), sel0: ...}}), {@code parameters} the values it refers to,
 * {@code hoisted} the columns ({@code , COLLECT {...} AS h1}) the query's WITH before its RETURN must add.
 */
public record Projection(String cypher, Map<String, Object> parameters, List<Compiled> fields, String hoisted) {}
