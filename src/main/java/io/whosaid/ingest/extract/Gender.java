package io.whosaid.ingest.extract;

/** What a courtesy title or office title tells about a person, so "she said" never picks a "Mr.". */
enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    static Gender of(String code) {
        return switch (code.strip()) {
            case "M" -> MALE;
            case "F" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** True unless both are known and differ. */
    boolean compatibleWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
