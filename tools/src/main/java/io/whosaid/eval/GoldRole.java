package io.whosaid.eval;

/**
 * A role the article gives a person.
 *
 * @param person       canonical name of the person
 * @param role         the role's head words ("director", "spokesman")
 * @param organization canonical name of the organization, or null when the article names none
 */
public record GoldRole(String person, String role, String organization) {}
