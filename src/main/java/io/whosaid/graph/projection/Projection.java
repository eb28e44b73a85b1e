package io.whosaid.graph.projection;

import java.util.List;
import java.util.Map;

/**
 * A compiled map projection for one node variable: {@code cypher} is the text after the variable
 * ({@code {.*, labels: labels(v), sel0: ...}}), {@code parameters} the values it refers to.
 */
public record Projection(String cypher, Map<String, Object> parameters, List<Compiled> fields) {
}
