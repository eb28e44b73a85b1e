package io.whosaid.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An edge as Cytoscape.js draws it: {@code {data: {id, type, source, target}}}. */
public record GraphEdge(@Id @NonNull String id, @NonNull String type, @Id @NonNull String source,
                        @Id @NonNull String target) {
}
