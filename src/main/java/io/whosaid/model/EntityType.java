package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;

/** What an editor says an entity is: a person, an organization, or no entity at all (a misread name). */
@Description(
        "What an entity is: PERSON, ORGANIZATION, or NOT_AN_ENTITY (removed, and its name not taken again as that type)")
public enum EntityType {
    PERSON,
    ORGANIZATION,
    NOT_AN_ENTITY
}
