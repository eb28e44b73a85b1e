package io.whosaid.graph.projection;

import java.util.Set;

/** The node types whose fields the read path knows, by the GraphQL types they stand for. ENTITY is a person or an organization. */
public enum NodeType {
    ARTICLE(Set.of("Article")),
    PERSON(Set.of("Person")),
    ORGANIZATION(Set.of("Organization")),
    ENTITY(Set.of("Person", "Organization")),
    QUOTE(Set.of("Quote")),
    COMMENT(Set.of("Comment")),
    COMMENTER(Set.of("Commenter"));

    private final Set<String> typeNames;

    NodeType(Set<String> typeNames) {
        this.typeNames = typeNames;
    }

    /** The GraphQL object types a node of this type can be. */
    public Set<String> typeNames() {
        return typeNames;
    }

    /** The node type of a GraphQL type name (an object type, or the Entity interface). */
    public static NodeType of(String typeName) {
        return switch (typeName) {
            case "Article" -> ARTICLE;
            case "Person" -> PERSON;
            case "Organization" -> ORGANIZATION;
            case "Entity" -> ENTITY;
            case "Quote" -> QUOTE;
            case "Comment" -> COMMENT;
            case "Commenter" -> COMMENTER;
            default -> throw new IllegalArgumentException("No node type " + typeName);
        };
    }
}
