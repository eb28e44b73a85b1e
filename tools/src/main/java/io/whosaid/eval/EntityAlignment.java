package io.whosaid.eval;

import io.whosaid.ingest.extract.ExtractedEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs predicted entities with gold ones, one to one. A pair needs the same type and a shared name (canonical
 * or alias, compared by {@link TextFolding#nameKey}); pairs whose canonical names agree are taken first, so a
 * predicted entity that wrongly merges two people is paired with one of them and the other counts as missed.
 * Quotes, roles and mentions then see a predicted entity through {@link #resolve}.
 */
final class EntityAlignment {

    private final Map<ExtractedEntity, GoldEntity> partner = new HashMap<>();
    private final Map<String, ExtractedEntity> byKey = new HashMap<>();
    private final Set<String> ignoredKeys = new HashSet<>();
    private final List<GoldEntity> gold;
    private final List<ExtractedEntity> predicted = new ArrayList<>();

    private record Candidate(GoldEntity gold, ExtractedEntity predicted, int strength, int order) {}

    /**
     * @param publisher the name on the article's Source line, or null; a predicted entity that is only the
     *                  publisher is neither right nor wrong here (the graph links it with PUBLISHED_BY)
     *                  unless the gold lists it because the body names it
     */
    EntityAlignment(List<GoldEntity> gold, List<ExtractedEntity> extracted, String publisher) {
        this.gold = gold;
        String publisherKey = publisher == null ? null : TextFolding.nameKey(publisher);
        boolean goldHasPublisher = publisherKey != null
                && gold.stream().anyMatch(g -> keysOf(g.allNames()).contains(publisherKey));
        for (ExtractedEntity e : extracted) {
            byKey.putIfAbsent(e.key(), e);
            if (publisherKey != null && !goldHasPublisher && keysOf(namesOf(e)).contains(publisherKey)) {
                ignoredKeys.add(e.key());
            } else {
                predicted.add(e);
            }
        }

        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (GoldEntity g : gold) {
            Set<String> goldKeys = keysOf(g.allNames());
            String goldName = TextFolding.nameKey(g.name());
            for (ExtractedEntity p : predicted) {
                Set<String> predictedKeys = keysOf(namesOf(p));
                if (p.type() != g.type() || predictedKeys.stream().noneMatch(goldKeys::contains)) {
                    continue;
                }
                String predictedName = TextFolding.nameKey(p.name());
                int strength = goldName.equals(predictedName)
                        ? 3
                        : goldKeys.contains(predictedName) || predictedKeys.contains(goldName) ? 2 : 1;
                candidates.add(new Candidate(g, p, strength, order++));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::strength).reversed().thenComparingInt(Candidate::order));
        Set<GoldEntity> taken = new HashSet<>();
        for (Candidate c : candidates) {
            if (!taken.contains(c.gold()) && !partner.containsKey(c.predicted())) {
                taken.add(c.gold());
                partner.put(c.predicted(), c.gold());
            }
        }
    }

    List<GoldEntity> unmatchedGold() {
        Set<GoldEntity> matched = new HashSet<>(partner.values());
        return gold.stream().filter(g -> !matched.contains(g)).toList();
    }

    List<ExtractedEntity> unmatchedPredicted() {
        return predicted.stream().filter(p -> !partner.containsKey(p)).toList();
    }

    int matchedCount(io.whosaid.ingest.extract.EntityType type) {
        return (int) partner.values().stream().filter(g -> g.type() == type).count();
    }

    /** Predicted entities that are scored (the publisher set aside). */
    List<ExtractedEntity> predicted() {
        return predicted;
    }

    /** True when any name of the predicted entity is a name of a gold entity of this type. */
    boolean sharesNameWithGold(ExtractedEntity e, io.whosaid.ingest.extract.EntityType type) {
        Set<String> names = new HashSet<>();
        namesOf(e).forEach(n -> names.add(TextFolding.bareNameKey(n)));
        return gold.stream()
                .anyMatch(g -> g.type() == type
                        && g.allNames().stream().map(TextFolding::bareNameKey).anyMatch(names::contains));
    }

    /** True when a gold canonical name is an organization's. */
    boolean isOrganization(String canonicalName) {
        return gold.stream()
                .anyMatch(g -> g.name().equals(canonicalName)
                        && g.type() == io.whosaid.ingest.extract.EntityType.ORGANIZATION);
    }

    boolean isIgnored(String key) {
        return ignoredKeys.contains(key);
    }

    /**
     * The gold entity a predicted key stands for: its one-to-one partner, or else the single gold entity that
     * shares a name with it (a duplicate "Mr. Putin" beside "Vladimir Putin" still names the right speaker;
     * the duplicate itself is counted against entity precision). Null when there is none or it is ambiguous.
     */
    GoldEntity resolve(String key) {
        ExtractedEntity e = key == null ? null : byKey.get(key);
        if (e == null) {
            return null;
        }
        GoldEntity direct = partner.get(e);
        if (direct != null) {
            return direct;
        }
        Set<String> names = keysOf(namesOf(e));
        List<GoldEntity> sharing = gold.stream()
                .filter(g -> keysOf(g.allNames()).stream().anyMatch(names::contains))
                .toList();
        return sharing.size() == 1 ? sharing.get(0) : null;
    }

    /** A readable name for a predicted key in error listings. */
    String describe(String key) {
        ExtractedEntity e = key == null ? null : byKey.get(key);
        return e == null ? (key == null ? "(none)" : "?" + key) : e.name();
    }

    static List<String> namesOf(ExtractedEntity e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        if (e.aliases() != null) {
            names.addAll(e.aliases());
        }
        return names;
    }

    private static Set<String> keysOf(List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            String k = TextFolding.nameKey(n);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }
}
