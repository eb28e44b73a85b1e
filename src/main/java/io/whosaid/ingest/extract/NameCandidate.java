package io.whosaid.ingest.extract;

/**
 * A run of capitalised words read as one name, before it is resolved to an entity.
 * Token ranges are half-open: {@code [first, end)} is the whole run as written ("Deputy Foreign Minister
 * Sergei A. Ryabkov"), {@code [titleFirst, titleEnd)} the office title if any ("Deputy Foreign Minister"),
 * {@code [nameFirst, end)} the name itself ("Sergei A. Ryabkov").
 *
 * @param country     the country a demonym or country word before the title names ("Russian President X"), or null
 * @param qualifierOrg a capitalised organization word before the title ("NATO Secretary General X"), as written, or null
 * @param gender      what a courtesy or office title says
 * @param leader      the title is a head of state or government's
 * @param honorific   the run starts with a courtesy title (Mr., Ms., Dr.)
 * @param possessive  a possessive ’s follows the run
 */
record NameCandidate(
        int first,
        int end,
        int titleFirst,
        int titleEnd,
        int nameFirst,
        Kind kind,
        String country,
        String qualifierOrg,
        Gender gender,
        boolean leader,
        boolean honorific,
        boolean possessive) {

    enum Kind {
        /** A person's name of two words or more, or one word after a title ("Mr. Putin", "President Biden"). */
        PERSON,
        /** An organization: head noun, "the X", or a long name with "of"/"for". */
        ORGANIZATION,
        /** All capitals, two letters or more, not a place: "NATO", "OSCE". */
        ACRONYM,
        /** One capitalised word with nothing around it to say what it is: a surname or short name used before. */
        UNKNOWN,
        /** An office title with no name after it: "the Foreign Minister". */
        TITLE_ONLY
    }

    boolean hasTitle() {
        return titleFirst >= 0 && titleEnd > titleFirst;
    }

    int nameLength() {
        return end - nameFirst;
    }

    /**
     * True when the name is a surname alone: one word, or words starting with a lower-case particle
     * ("Ms. van der Meer").
     */
    boolean surnameOnly(ArticleText doc) {
        return nameLength() == 1
                || Lexicon.NAME_PARTICLES.contains(doc.token(nameFirst).text());
    }
}
