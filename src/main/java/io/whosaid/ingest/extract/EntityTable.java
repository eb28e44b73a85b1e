package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The entities of one article and every mention of them, findable by token. */
final class EntityTable {

    final List<EntityDraft> entities = new ArrayList<>();
    private final Mention[] mentionAt;
    private final List<Mention> mentions = new ArrayList<>();
    private boolean sorted = true;
    private final Map<String, EntityDraft> orgByName = new HashMap<>();
    /** Single-word candidates nothing claimed ("R.Politik" before a role rule names it), by token. */
    final Map<Integer, NameCandidate> unresolved = new HashMap<>();
    /** Title-only runs ("the Foreign Minister"), by first token, for the description finder. */
    final Map<Integer, NameCandidate> titlesOnly = new HashMap<>();
    /** Person runs with their titles, by first name token, for the role finder. */
    final Map<Integer, NameCandidate> candidateAtName = new HashMap<>();

    EntityTable(int tokenCount) {
        this.mentionAt = new Mention[tokenCount];
    }

    EntityDraft newEntity(EntityType type, String name, List<String> words) {
        EntityDraft e = new EntityDraft(type, name, words, entities.size());
        entities.add(e);
        if (type == EntityType.ORGANIZATION) {
            orgByName.putIfAbsent(Lexicon.fold(name), e);
        }
        return e;
    }

    /** The organization called this (name or alias, folded), or null. */
    EntityDraft organizationNamed(String name) {
        return orgByName.get(Lexicon.fold(name));
    }

    void nameOrganization(String alias, EntityDraft org) {
        orgByName.putIfAbsent(Lexicon.fold(alias), org);
    }

    /** Folds organization {@code part} into {@code whole}: its names become aliases of the whole. */
    void mergeOrganization(EntityDraft part, EntityDraft whole) {
        whole.addAlias(part.name);
        for (String alias : part.aliases) {
            whole.addAlias(alias);
        }
        orgByName.replaceAll((name, org) -> org == part ? whole : org);
        entities.remove(part);
    }

    /** Records a mention unless its tokens are taken; counts it and moves the entity's last-mention mark. */
    boolean add(Mention m) {
        for (int k = m.first(); k < m.end(); k++) {
            if (mentionAt[k] != null) {
                return false;
            }
        }
        for (int k = m.first(); k < m.end(); k++) {
            mentionAt[k] = m;
        }
        if (!mentions.isEmpty() && mentions.get(mentions.size() - 1).first() > m.first()) {
            sorted = false;
        }
        mentions.add(m);
        EntityDraft e = m.entity();
        e.mentions++;
        e.firstToken = Math.min(e.firstToken, m.first());
        e.lastMentionToken = Math.max(e.lastMentionToken, m.first());
        return true;
    }

    /** The mention covering token k, or null. */
    Mention at(int k) {
        return k >= 0 && k < mentionAt.length ? mentionAt[k] : null;
    }

    /** All mentions in text order. */
    List<Mention> mentions() {
        if (!sorted) {
            mentions.sort(Comparator.comparingInt(Mention::first));
            sorted = true;
        }
        return mentions;
    }

    /** Token of the entity's last mention before {@code at}, or -1. */
    int lastMentionBefore(EntityDraft e, int at) {
        int last = -1;
        for (Mention m : mentions()) {
            if (m.first() >= at) {
                break;
            }
            if (m.entity() == e) {
                last = m.first();
            }
        }
        return last;
    }
}
