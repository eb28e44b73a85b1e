package io.whosaid.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A node as Cytoscape.js draws it: {@code {data: {id, type, label}}}. */
public record GraphNode(@Id @NonNull String id, @NonNull String type, @NonNull String label) {
}
