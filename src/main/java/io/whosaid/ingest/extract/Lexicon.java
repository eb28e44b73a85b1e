package io.whosaid.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The general knowledge the extractor reads English with: places and demonyms, courtesy titles and
 * office titles, organization head nouns, role nouns, speech verbs, sentence-start words. Loaded once
 * from {@code src/main/resources/extract/}, immutable afterwards, shared by every thread.
 */
final class Lexicon {

    /** What a title word before a name tells: whether it ends a title, the gender it implies, whether it heads a state. */
    record Title(boolean head, Gender gender, boolean leader) {}

    /** A speech verb form: its first form on the line (for grouping) and whether it only counts beside a quotation. */
    record Cue(String lemma, boolean weak) {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Particles that sit inside a name in lower case: "Ursula von der Leyen", "Mohammed bin Salman". */
    static final Set<String> NAME_PARTICLES = Set.of(
            "de", "da", "di", "del", "della", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "la", "le",
            "du", "dos", "das", "do", "ben", "af", "zu", "st", "y");

    /** Abbreviations whose period never ends a sentence because a name always follows. */
    static final Set<String> NAME_ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr",
            "gov", "sen", "rep", "rev", "fr", "st", "mt", "ft", "pres", "brig", "supt", "insp", "det", "hon");

    /** Abbreviations that keep their period but may also end a sentence ("Acme Inc. The company said"). */
    static final Set<String> OTHER_ABBREVIATIONS = Set.of(
            "inc", "corp", "co", "ltd", "jr", "sr", "bros", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rd", "dept", "univ", "est", "approx", "plc",
            "llc", "a.m", "p.m", "e.g", "i.e");

    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    private final Set<String> places = new HashSet<>();
    private final Set<String> placeHeads = new HashSet<>();
    private final Set<String> regions = new HashSet<>();
    private final Map<String, Gender> givenNames = new HashMap<>();
    private final Map<String, Gender> wideGivenNames = new HashMap<>();
    private final Map<String, Gender> honorifics = new HashMap<>();
    private final Map<String, Title> titles = new HashMap<>();
    private int longestTitle = 1;
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> orgNouns = new HashSet<>();
    private final Set<String> roleNouns = new HashSet<>();
    private final Set<String> documentNouns = new HashSet<>();
    private final Set<String> roleFirstWords = new HashSet<>();
    private final Set<String> roleLastWords = new HashSet<>();
    private final Set<String> titleFirstWords = new HashSet<>();
    private int longestRole = 1;
    private final Map<String, Cue> cues = new HashMap<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();

    private static final class Holder {
        static final Lexicon STANDARD = new Lexicon();
    }

    /** The lexicon built from the bundled resource files. */
    static Lexicon standard() {
        return Holder.STANDARD;
    }

    private Lexicon() {
        read("countries.tsv", line -> {
            String[] cols = line.split("\t");
            String country = cols[0].strip();
            countryByName.put(fold(country), country);
            if (cols.length > 1) {
                for (String d : cols[1].split(",")) {
                    if (!d.isBlank()) {
                        countryByDemonym.put(fold(d), country);
                    }
                }
            }
            if (cols.length > 2) {
                for (String a : cols[2].split(",")) {
                    if (!a.isBlank()) {
                        countryByName.put(fold(a), country);
                    }
                }
            }
        });
        read("places.txt", line -> places.add(fold(line)));
        readRegions();
        read("place-heads.txt", line -> placeHeads.add(fold(line)));
        read("given-names.txt", line -> {
            String[] words = line.strip().split("\\s+");
            Gender gender = Gender.of(words[0]);
            for (int i = 1; i < words.length; i++) {
                givenNames.put(fold(words[i]), gender);
            }
        });
        read("given-names-moby.txt", line -> {
            String[] words = line.strip().split("\\s+");
            Gender gender = Gender.of(words[0]);
            for (int i = 1; i < words.length; i++) {
                wideGivenNames.put(fold(words[i]), gender);
            }
        });
        read("honorifics.txt", line -> {
            String[] cols = line.split("\t");
            honorifics.put(fold(cols[0]), cols.length > 1 ? Gender.of(cols[1]) : Gender.UNKNOWN);
        });
        read("titles.txt", line -> {
            String[] cols = line.split("\t");
            boolean head = cols[0].equals("HEAD");
            Gender gender = cols.length > 2 ? Gender.of(cols[2]) : Gender.UNKNOWN;
            boolean leader = cols.length > 3 && cols[3].equals("LEADER");
            String key = fold(cols[1]);
            Title existing = titles.get(key);
            // A word listed both as a head and as a modifier ("Chief") keeps the head reading.
            if (existing == null || (!existing.head() && head)) {
                titles.put(key, new Title(head, gender, leader));
            }
            longestTitle = Math.max(longestTitle, key.split(" ").length);
            titleFirstWords.add(key.split(" ")[0]);
        });
        read("org-heads.txt", line -> orgHeads.add(fold(line)));
        read("org-nouns.txt", line -> orgNouns.add(fold(line)));
        read("document-nouns.txt", line -> documentNouns.add(fold(line)));
        read("role-nouns.txt", line -> {
            String key = fold(line);
            roleNouns.add(key);
            String[] words = key.split(" ");
            roleFirstWords.add(words[0]);
            roleLastWords.add(words[words.length - 1]);
            longestRole = Math.max(longestRole, words.length);
        });
        read("cue-verbs.txt", line -> {
            String[] words = line.split("\\s+");
            boolean weak = words[0].equals("weak");
            int first = weak ? 1 : 0;
            boolean lemmaOnly = words[first].startsWith("-");
            String lemma = lemmaOnly ? words[first].substring(1) : words[first];
            for (int i = lemmaOnly ? first + 1 : first; i < words.length; i++) {
                cues.putIfAbsent(words[i], new Cue(lemma, weak));
            }
        });
        read("common-words.txt", line -> commonWords.add(line.strip().toLowerCase(Locale.ROOT)));
        read("not-names.txt", line -> notNames.add(fold(line)));
    }

    /** The continents and regions section of places.txt: names an organization may carry ("… in Europe"). */
    private void readRegions() {
        try (InputStream in = Lexicon.class.getResourceAsStream("/extract/places.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean inRegions = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    inRegions = line.startsWith("# Continents");
                } else if (inRegions && !line.isBlank()) {
                    regions.add(fold(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A country, continent or wide region ("Europe", "Asia", "Latin America"), not a city. */
    boolean isCountryOrRegion(String phrase) {
        String f = fold(phrase);
        return countryByName.containsKey(f) || regions.contains(f);
    }

    private static void read(String resource, Consumer<String> lineHandler) {
        String path = "/extract/" + resource;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lineHandler.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The comparable form of a name or phrase: lower case, accents dropped, every run of punctuation a single
     * space ("Vladimir V. Putin" → "vladimir v putin", "R.Politik" → "r politik"). This is also an entity's key.
     */
    static String fold(String text) {
        String s = text;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                // Accents off ("José" → "Jose"); only text outside ASCII pays for the normalizer.
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '’') {
                continue; // "O’Brien" → "obrien", "Supporters’" → "supporters"
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The country a name, alias or demonym stands for ("Russian", "Russia", "U.S."), or null. */
    String country(String phrase) {
        String f = fold(phrase);
        String c = countryByName.get(f);
        return c != null ? c : countryByDemonym.get(f);
    }

    /** A country's name or alias ("Russia", "U.S."), not its demonym. */
    boolean isCountryName(String phrase) {
        return countryByName.containsKey(fold(phrase));
    }

    /** True for a country, demonym or other place ("Geneva", "Eastern Europe", "the West"). */
    boolean isPlace(String phrase) {
        String f = fold(phrase);
        return countryByName.containsKey(f) || countryByDemonym.containsKey(f) || places.contains(f);
    }

    /** A common given name ("Anna", "Joaquín"): a run starting with one is a person. */
    boolean isGivenName(String token) {
        return givenNames.containsKey(fold(token));
    }

    /** A word of the wide given-name list ("Danny", but also "Hope"): a person only with the article's support. */
    boolean isWideGivenName(String token) {
        return wideGivenNames.containsKey(fold(token));
    }

    /** The gender a given name usually carries, UNKNOWN when either or not a known name. */
    Gender genderOfGivenName(String token) {
        return givenNames.getOrDefault(fold(token), Gender.UNKNOWN);
    }

    /** A word that ends a place's name: "Valley", "River", "Street". */
    boolean isPlaceHead(String token) {
        return placeHeads.contains(fold(token));
    }

    /** The gender a courtesy title implies, or null when the word is not a courtesy title. */
    Gender honorific(String token) {
        return honorifics.get(fold(token));
    }

    /** The title an exact phrase is ("Prime Minister", "Deputy"), or null. */
    Title title(String phrase) {
        return titles.get(fold(phrase));
    }

    int longestTitle() {
        return longestTitle;
    }

    boolean isOrgHead(String token) {
        return orgHeads.contains(fold(token));
    }

    boolean isOrgNoun(String phrase) {
        return orgNouns.contains(fold(phrase));
    }

    /** True when some role phrase starts with this word: a cheap test before building phrases. */
    boolean startsRole(String word) {
        return roleFirstWords.contains(firstWord(fold(word)));
    }

    /** True when some role phrase ends with this word ("secretary-general" folds to "secretary general"). */
    boolean endsRole(String word) {
        String f = fold(word);
        return roleLastWords.contains(f.substring(f.lastIndexOf(' ') + 1));
    }

    /** True when some title starts with this word. */
    boolean startsTitle(String word) {
        return titleFirstWords.contains(firstWord(fold(word)));
    }

    private static String firstWord(String folded) {
        int space = folded.indexOf(' ');
        return space < 0 ? folded : folded.substring(0, space);
    }

    /** "report", "statement": written work, whose words belong to its writer. */
    boolean isDocumentNoun(String lowerCaseWord) {
        return documentNouns.contains(lowerCaseWord);
    }

    boolean isRoleNoun(String phrase) {
        return roleNouns.contains(fold(phrase));
    }

    int longestRole() {
        return longestRole;
    }

    /** The speech verb a lower-case word form is, or null. */
    Cue cue(String lowerCaseWord) {
        return cues.get(lowerCaseWord);
    }

    boolean isCommonWord(String lowerCaseWord) {
        return commonWords.contains(lowerCaseWord);
    }

    /** Days, months, holidays, events, religions: capitalised but never a person or organization. */
    boolean isNotName(String phrase) {
        return notNames.contains(fold(phrase));
    }
}
