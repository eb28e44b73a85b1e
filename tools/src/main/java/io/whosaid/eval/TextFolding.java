package io.whosaid.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the evaluation compares names and quoted words: case, accents, punctuation and quotation-mark style
 * never decide a match, so a curly apostrophe in the article and a straight one in the gold are the same.
 */
final class TextFolding {

    /**
     * Titles stripped from the front of a name when at least two words remain, so "Dr. Amara Okafor" and
     * "Amara Okafor" are one name while "Mr. Holloway" and "Ms. Holloway" stay apart.
     */
    private static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "prof",
            "professor",
            "president",
            "senator",
            "sen",
            "coach",
            "judge",
            "justice",
            "governor",
            "gov",
            "mayor",
            "rep",
            "representative",
            "ambassador",
            "councilman",
            "councilwoman",
            "councillor",
            "councilor",
            "minister",
            "chancellor",
            "general",
            "gen",
            "sir",
            "dame",
            "rev",
            "reverend");

    private TextFolding() {}

    /** Words of a text, lower-cased, accents and punctuation dropped; apostrophes inside words vanish ("don’t" → "dont"). */
    static List<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’‘`´]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** The comparable form of an entity name: tokens without a possessive, a leading "the" or a leading title. */
    static String nameKey(String name) {
        String withoutPossessive = name.strip().replaceAll("['’]s$", "");
        List<String> words = new ArrayList<>(tokens(withoutPossessive));
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 2 && TITLES.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /** The name without any leading title, however few words remain ("Ms. Ostby" → "ostby"): who it names, not how. */
    static String bareNameKey(String name) {
        List<String> words = new ArrayList<>(List.of(nameKey(name).split(" ")));
        while (words.size() > 1 && TITLES.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /** Shared words (counted with multiplicity) over the length of the longer text: 1.0 means the same words. */
    static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> rest = new ArrayList<>(b);
        int shared = 0;
        for (String word : a) {
            if (rest.remove(word)) {
                shared++;
            }
        }
        return (double) shared / Math.max(a.size(), b.size());
    }

    /** True when {@code part} occurs in {@code whole} as a run of consecutive words. */
    static boolean containsRun(List<String> whole, List<String> part) {
        return !part.isEmpty() && java.util.Collections.indexOfSubList(whole, part) >= 0;
    }
}
