package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;

/**
 * The kind of a node in a subgraph or a search hit. Its values are the node types' names, as the strings of these
 * fields were before they became an enum, so a client compares {@code type} with {@code __typename} as it did.
 */
@Description("The kind of a node: the name of its GraphQL type")
public enum NodeKind {
    Article,
    Person,
    Organization,
    Quote,
    Comment,
    Commenter
}
