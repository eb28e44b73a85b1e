package io.whosaid.eval;

import io.whosaid.ingest.extract.EntityType;
import java.util.ArrayList;
import java.util.List;

/** A person or organization the annotator found in an article, with every form the article writes it in. */
public record GoldEntity(EntityType type, String name, List<String> aliases) {

    public GoldEntity {
        aliases = List.copyOf(aliases);
    }

    /** The canonical name first, then the aliases. */
    public List<String> allNames() {
        return nameThenAliases(name, aliases);
    }

    static List<String> nameThenAliases(String name, List<String> aliases) {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }
}
