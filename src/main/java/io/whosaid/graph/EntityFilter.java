package io.whosaid.graph;

import java.util.List;

/**
 * A checked people/organizations filter: the typed texts (null: no filter) and the ids an affiliation must reach.
 * The texts become keys here, by {@link NameKeys}, as the stored names did.
 */
public record EntityFilter(String startsWith, String contains, String alias, List<String> affiliatedWithIds) {

    public boolean byName() {
        return startsWith != null || contains != null || alias != null;
    }
}
