package io.whosaid.graph;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place a name becomes the key that name filters compare: decomposed (NFD), marks dropped, lower case, spaces
 * collapsed, so "Vladimír" and "VLADIMIR" are both "vladimir". An entity keeps the keys of its name and aliases in
 * {@code nameKeys}, one string with each key between newlines ({@code "\nvladimir putin\nputin\n"}), so that one TEXT
 * index answers a prefix of any of them ({@code CONTAINS "\nvlad"}) and a part of any ({@code CONTAINS "lad"}).
 * Written on ingest ({@code write/article.cypher}), by every edit ({@code edit/GraphState}) and for stored entities by
 * the migration step {@code V0008}.
 */
public final class NameKeys {

    /** The property that holds the keys. */
    public static final String PROPERTY = "nameKeys";

    private static final String SEPARATOR = "\n";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private NameKeys() {}

    /** The key of one name (also of what a user typed to find it). */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip()
                .replace(SEPARATOR, " ");
    }

    /** The keys of a name and its aliases, each once, between separators. */
    public static String of(String name, List<String> aliases) {
        Set<String> keys = new LinkedHashSet<>();
        if (name != null) {
            keys.add(key(name));
        }
        if (aliases != null) {
            for (String alias : aliases) {
                keys.add(key(alias));
            }
        }
        keys.remove("");
        return SEPARATOR + String.join(SEPARATOR, keys) + SEPARATOR;
    }

    /** The text that finds a key starting with {@code typed} in {@code nameKeys}. */
    public static String prefixNeedle(String typed) {
        return SEPARATOR + key(typed);
    }

    /** The text that finds a whole key equal to {@code typed}. */
    public static String wholeNeedle(String typed) {
        return SEPARATOR + key(typed) + SEPARATOR;
    }

    /** A person's or organization's properties with {@code nameKeys} made from its name and aliases; others as given. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> withKeys(List<String> labels, Map<String, Object> properties) {
        if (!(labels.contains("Person") || labels.contains("Organization"))
                || !(properties.get("name") instanceof String name)) {
            return properties;
        }
        Map<String, Object> keyed = new HashMap<>(properties);
        keyed.put(
                PROPERTY,
                of(name, properties.get("aliases") instanceof List<?> aliases ? (List<String>) aliases : List.of()));
        return keyed;
    }
}
