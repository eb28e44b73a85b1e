package io.whosaid.eval;

import java.util.List;

/**
 * A named thing that is neither a person nor an organization (a place, event, day, object, a group of
 * people such as "Afghans"), kept so that a scorer can count extracted people or organizations that are
 * really one of these.
 *
 * @param type the source corpus's word for what it is ("place", "event", "time", "group", …)
 */
public record GoldOther(String name, String type, List<String> aliases) {

    public GoldOther {
        aliases = List.copyOf(aliases);
    }

    /** The name first, then the aliases. */
    public List<String> allNames() {
        return GoldEntity.nameThenAliases(name, aliases);
    }
}
