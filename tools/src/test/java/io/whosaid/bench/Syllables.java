package io.whosaid.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Word tables for synthetic, fictional text: names are glued from syllables, sentences from generic words, so
 * nothing in a generated corpus is real news or a real person.
 */
final class Syllables {

    private static final List<String> GIVEN_START = List.of(
            "Al", "Bre", "Cor", "Da", "El", "Fen", "Ga", "Hal", "Iv", "Jo", "Ka", "Lu", "Mar", "Ne", "Or", "Pe", "Ros",
            "Sa", "Ta", "Ul", "Ve", "Wyn", "Ya", "Zel", "Ari", "Bel", "Cas", "Dor", "Edi", "Fio");
    private static final List<String> GIVEN_END = List.of(
            "na", "ric", "lia", "mon", "dra", "ven", "lo", "sa", "tan", "rin", "bel", "da", "mir", "nor", "ta", "vic",
            "wen", "ria");
    private static final List<String> FAMILY_START = List.of(
            "Ash", "Brem", "Cald", "Dun", "Eld", "Farr", "Gal", "Hoth", "Ilv", "Jask", "Kerr", "Lind", "Mor", "Nath",
            "Ost", "Pell", "Quen", "Rask", "Sol", "Tarv", "Umb", "Vask", "Wend", "Yarl", "Zorn", "Bal", "Cren", "Drev",
            "Fal", "Gorm", "Hald", "Kesh");
    private static final List<String> FAMILY_MIDDLE = List.of(
            "", "a", "e", "i", "o", "er", "en", "ol", "an", "ur", "il", "ev", "ad", "om", "is", "ar", "on", "el", "um",
            "ith");
    private static final List<String> FAMILY_END = List.of(
            "wick", "ford", "ley", "son", "by", "holt", "more", "ton", "dale", "ski", "ova", "ez", "ani", "berg",
            "wood", "hurst", "mann", "ard", "ine", "lock");
    private static final List<String> PLACE_START = List.of(
            "Brack", "Vel", "Stor", "Ald", "Mer", "Tam", "Harr", "Quill", "Oss", "Renn", "Glar", "Pim", "Carr", "Dosk",
            "Fenn", "Lorr", "Nim", "Sarr", "Tolv", "Wray");
    private static final List<String> PLACE_END = List.of(
            "water", "mora", "haven", "gate", "mere", "wick", "stead", "ford", "holm", "vale", "port", "crest", "field",
            "burgh");
    /** Makes organization names numerous enough for big corpora: 280 places x 13 qualifiers x 20 kinds. */
    static final List<String> ORG_QUALIFIERS = List.of(
            "", "North", "South", "East", "West", "Upper", "Lower", "Central", "Greater", "New", "Old", "United",
            "Royal");

    static final List<String> ORG_KINDS = List.of(
            "Harbour Authority",
            "Water Board",
            "Workers Union",
            "Institute",
            "City Council",
            "Rail Company",
            "Health Trust",
            "Energy Cooperative",
            "Chamber of Commerce",
            "Planning Office",
            "Football Club",
            "University",
            "Bank",
            "Police Service",
            "Teachers Association",
            "Mining Group",
            "Shipping Line",
            "Farmers League",
            "Court",
            "Ministry of Works");
    static final List<String> PUBLISHER_KINDS = List.of(
            "Ledger", "Courier", "Herald", "Gazette", "Observer", "Chronicle", "Dispatch", "Post", "Tribune", "Review");
    static final List<String> ROLES = List.of(
            "director",
            "chief engineer",
            "spokesperson",
            "chair",
            "treasurer",
            "head of research",
            "general secretary",
            "deputy mayor",
            "chief executive",
            "senior analyst",
            "press officer",
            "coach",
            "founder",
            "lead counsel",
            "board member");
    static final List<String> CUES = List.of(
            "said", "warned", "argued", "added", "told reporters", "insisted", "claimed", "noted", "wrote", "admitted");
    static final List<String> NOUNS = List.of(
            "budget",
            "bridge",
            "harbour",
            "council",
            "report",
            "plan",
            "levy",
            "pipeline",
            "contract",
            "strike",
            "hearing",
            "audit",
            "merger",
            "season",
            "rescue",
            "library",
            "reservoir",
            "tram",
            "school",
            "clinic",
            "market",
            "election",
            "review",
            "forecast",
            "tunnel",
            "factory",
            "ferry",
            "archive",
            "vote",
            "deadline",
            "survey",
            "pension",
            "subsidy",
            "permit",
            "warehouse",
            "garden");
    static final List<String> ADJECTIVES = List.of(
            "new",
            "old",
            "costly",
            "quiet",
            "urgent",
            "fragile",
            "public",
            "northern",
            "local",
            "delayed",
            "careful",
            "honest",
            "broken",
            "fair",
            "secret",
            "modest",
            "bold");
    static final List<String> VERBS = List.of(
            "approve",
            "delay",
            "fund",
            "block",
            "review",
            "publish",
            "repair",
            "cancel",
            "defend",
            "explain",
            "question",
            "support",
            "reject",
            "rebuild",
            "protect",
            "audit");
    static final List<String> OPINIONS = List.of(
            "never explained",
            "misread",
            "ignored",
            "understood",
            "defended",
            "promised",
            "underestimated",
            "welcomed",
            "opposed",
            "delayed");
    static final List<String> HANDLE_WORDS = List.of(
            "river",
            "owl",
            "tapwater",
            "oldpipes",
            "northside",
            "reader",
            "moss",
            "granite",
            "lamp",
            "kettle",
            "ferry",
            "quill",
            "sparrow",
            "harbour",
            "clover",
            "tinker",
            "birch");

    private Syllables() {}

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    static String givenName(SplittableRandom random) {
        return pick(GIVEN_START, random) + pick(GIVEN_END, random);
    }

    static String familyName(SplittableRandom random) {
        return pick(FAMILY_START, random) + pick(FAMILY_MIDDLE, random) + pick(FAMILY_END, random);
    }

    static String place(SplittableRandom random) {
        return pick(PLACE_START, random) + pick(PLACE_END, random);
    }

    static String handle(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(HANDLE_WORDS, random) + "_" + givenName(random).toLowerCase();
            case 1 -> givenName(random) + " " + familyName(random).charAt(0);
            default -> pick(HANDLE_WORDS, random) + random.nextInt(1000);
        };
    }

    /** "Velmora Harbour Authority" -> "VHA". */
    static String acronym(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                letters.append(word.charAt(0));
            }
        }
        return letters.toString();
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
