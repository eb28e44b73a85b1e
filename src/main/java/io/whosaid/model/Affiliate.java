package io.whosaid.model;

import org.eclipse.microprofile.graphql.NonNull;

/** The other side of an affiliation: a person with their role at an organization. */
public record Affiliate(@NonNull Person person, String role) {
}
