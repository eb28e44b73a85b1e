package io.whosaid.graph.projection;

/** The node types whose related fields the projection compiler knows. ENTITY is a person or an organization. */
public enum NodeType { ARTICLE, PERSON, ORGANIZATION, ENTITY, QUOTE, COMMENT, COMMENTER }
