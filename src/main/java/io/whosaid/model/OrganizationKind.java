package io.whosaid.model;

/** What an organization is known as, beside being named in articles. Stored lower case as the {@code kind} property. */
public enum OrganizationKind {
    /** the source of an article (its {@code Source:} line, or the page's publisher) */
    PUBLISHER;

    /** The kind a stored {@code kind} property names; null for none, or for one this version does not know. */
    public static OrganizationKind of(String stored) {
        if (stored == null) {
            return null;
        }
        for (OrganizationKind kind : values()) {
            if (kind.name().equalsIgnoreCase(stored)) {
                return kind;
            }
        }
        return null;
    }
}
