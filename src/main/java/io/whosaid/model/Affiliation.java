package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

public record Affiliation(@NonNull Organization organization, String role) {
}
