package io.whosaid.ingest.extract;

/**
 * A person's role, and the organization it is with when the article names one.
 *
 * @param personKey       key of the person
 * @param organizationKey key of the organization, or null when the role names none ("a prominent analyst")
 * @param role            the role words as written ("director", "spokesman", "founder")
 */
public record ExtractedAffiliation(String personKey, String organizationKey, String role) {}
