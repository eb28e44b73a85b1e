package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A person or organization while the article is being read: names gathered so far, gender, roles, mentions. */
final class EntityDraft {

    /**
     * How the article describes someone, so a later "the Russian president" or "the spokesman" can refer back.
     *
     * @param role      the role word(s), lower case ("president", "deputy foreign minister", "spokesman")
     * @param country   the country the role is of, or null
     * @param org       the organization the role is with, or null
     * @param principal the person the role serves ("Mr. Putin's spokesman"), or null
     * @param leader    the role heads a state or government, so "the leader" may stand for it
     */
    record Descriptor(String role, String country, EntityDraft org, EntityDraft principal, boolean leader) {}

    final EntityType type;
    final int order;
    String name;
    /** Folded words of the canonical name; for a person the last one is the surname. */
    List<String> words;

    final Set<String> aliases = new LinkedHashSet<>();
    Gender gender = Gender.UNKNOWN;
    String description;
    final List<Descriptor> descriptors = new ArrayList<>(2);
    int mentions;
    int firstToken = Integer.MAX_VALUE;
    int lastMentionToken = -1;

    EntityDraft(EntityType type, String name, List<String> words, int order) {
        this.type = type;
        this.name = name;
        this.words = words;
        this.order = order;
    }

    String key() {
        return Lexicon.fold(name);
    }

    String surname() {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    boolean isPerson() {
        return type == EntityType.PERSON;
    }

    void addAlias(String alias) {
        if (alias != null && !alias.isBlank()) {
            aliases.add(alias.strip());
        }
    }

    void learnGender(Gender g) {
        if (gender == Gender.UNKNOWN && g != null) {
            gender = g;
        }
    }

    @Override
    public String toString() {
        return type + ":" + name;
    }
}
