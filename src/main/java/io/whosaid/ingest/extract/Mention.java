package io.whosaid.ingest.extract;

/**
 * One place the article refers to an entity: by name ("Mr. Putin"), by description ("the Russian
 * president") or by pronoun ("he", once resolved). Tokens {@code [first, end)}.
 *
 * @param possessive the mention is a possessor ("Putin’s"): it is then never the subject of a verb
 */
record Mention(int first, int end, EntityDraft entity, Kind kind, boolean possessive) {

    enum Kind {
        NAME,
        DESCRIPTION,
        PRONOUN
    }
}
