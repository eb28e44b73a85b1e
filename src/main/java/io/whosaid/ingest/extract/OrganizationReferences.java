package io.whosaid.ingest.extract;

import java.util.Map;
import java.util.Set;

/**
 * "the company", "the union", "the council", "Its director": an organization named earlier, referred to by the
 * kind of thing it is. The referent is the organization mentioned last before the phrase whose name contains the
 * noun ("the council" → "Dunmore City Council"), else one whose name ends in a word of the same kind ("the union" →
 * "… Workers Federation"), else — only within the last few sentences — the organization mentioned last. Each
 * reference becomes a mention, so it can speak ("the company said"), hold roles ("the union's president") and be
 * a quote's subject.
 */
final class OrganizationReferences {

    /** Within this many sentences back, "the company" may mean the organization just mentioned, whatever its name. */
    private static final int NEARBY_SENTENCES = 3;
    /** Nouns general enough that "the company" may mean whichever organization was just named. */
    private static final Set<String> NEARBY_FALLBACK = Set.of(
            "company",
            "firm",
            "business",
            "start-up",
            "startup",
            "maker",
            "consortium",
            "union",
            "charity",
            "agency",
            "regulator",
            "group",
            "team",
            "club");

    private static final Set<String> MODIFIERS = Set.of(
            "local",
            "national",
            "regional",
            "state",
            "city",
            "own",
            "fast-growing",
            "private",
            "public",
            "new",
            "british",
            "american",
            "global",
            "international",
            "whole",
            "entire",
            "same",
            "parent",
            "rival",
            "embattled",
            "federal");
    private static final Map<String, Set<String>> KINDS = Map.ofEntries(
            Map.entry("company", corporate()),
            Map.entry("firm", corporate()),
            Map.entry("business", corporate()),
            Map.entry("start-up", corporate()),
            Map.entry("startup", corporate()),
            Map.entry("maker", corporate()),
            Map.entry(
                    "group",
                    Set.of(
                            "group",
                            "coalition",
                            "alliance",
                            "association",
                            "campaign",
                            "movement",
                            "network",
                            "society",
                            "friends",
                            "collective",
                            "initiative",
                            "project")),
            Map.entry("union", Set.of("union", "federation", "guild", "association", "workers", "congress")),
            Map.entry("consortium", Set.of("consortium", "association", "group", "alliance", "operators")),
            Map.entry("charity", Set.of("fund", "foundation", "trust", "charity", "alliance", "appeal")),
            Map.entry(
                    "agency",
                    Set.of(
                            "agency",
                            "authority",
                            "office",
                            "administration",
                            "bureau",
                            "commission",
                            "service",
                            "directorate")),
            Map.entry("regulator", Set.of("authority", "commission", "office", "agency", "commissioner", "board")),
            Map.entry("ministry", Set.of("ministry", "department")),
            Map.entry("department", Set.of("department", "ministry")),
            Map.entry("council", Set.of("council", "assembly", "board")),
            Map.entry("board", Set.of("board", "council", "commission", "authority")),
            Map.entry("authority", Set.of("authority", "agency", "board", "commission")),
            Map.entry("league", Set.of("league", "association", "federation", "conference")),
            Map.entry("team", Set.of()),
            Map.entry("club", Set.of("club", "fc", "united", "rovers", "athletic")),
            Map.entry("university", Set.of("university", "college", "institute", "school")),
            Map.entry("institute", Set.of("institute", "institution", "center", "centre", "laboratory", "lab")),
            Map.entry("museum", Set.of("museum", "gallery")),
            Map.entry("hospital", Set.of("hospital", "clinic")),
            Map.entry("party", Set.of("party", "front", "alliance", "movement")),
            Map.entry("bank", Set.of("bank", "bancorp", "reserve")),
            Map.entry("chamber", Set.of("chamber")),
            Map.entry("court", Set.of("court", "tribunal")),
            Map.entry("committee", Set.of("committee", "commission", "panel")),
            Map.entry(
                    "newspaper", Set.of("times", "post", "journal", "herald", "gazette", "ledger", "tribune", "news")));

    /** Last words of company names ("Systems", "Holdings"): such a company also goes by its first word. */
    static Set<String> corporate() {
        return Set.of(
                "company",
                "systems",
                "holdings",
                "inc",
                "corp",
                "corporation",
                "group",
                "ltd",
                "llc",
                "plc",
                "technologies",
                "partners",
                "ventures",
                "industries",
                "motors",
                "foods",
                "labs",
                "pharmaceuticals",
                "airlines",
                "airways",
                "bank",
                "media",
                "energy",
                "enterprises",
                "solutions",
                "software",
                "freight",
                "logistics",
                "cells",
                "capital",
                "co");
    }

    private final Lexicon lexicon;

    OrganizationReferences(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds a mention for every "the <kind of organization>" that points back to a named organization. */
    void find(ArticleText doc, EntityTable table) {
        for (int k = 0; k + 1 < doc.size(); k++) {
            Token t = doc.token(k);
            if (!(t.is("the") || t.is("The")) || table.at(k) != null || table.at(k + 1) != null) {
                continue;
            }
            Sentence s = doc.sentenceOf(k);
            int j = k + 1;
            while (j < s.endToken() - 1
                    && doc.token(j).isWord()
                    && MODIFIERS.contains(doc.token(j).lower())
                    && j - k <= 2) {
                j++;
            }
            Token noun = doc.token(j);
            if (!noun.isWord() || noun.isCapitalized() || !lexicon.isOrgNoun(noun.text())) {
                continue;
            }
            int end = j + 1;
            if (end < s.endToken()
                    && (doc.token(end).isCapitalized()
                            || doc.token(end).is("of")
                            || doc.token(end).isWord()
                                    && lexicon.isOrgNoun(doc.token(end).text()))) {
                continue; // "the company Acme", "the union of …", "the company store": not a reference
            }
            if (end < s.endToken() && doc.token(end).is(",") && end + 1 < s.endToken()) {
                int named = doc.token(end + 1).is("the") ? end + 2 : end + 1;
                Mention m = named < s.endToken() ? table.at(named) : null;
                if (m != null && !m.entity().isPerson()) {
                    continue; // "The consortium, the Northern Terminal Operators Association (NTOA), said": the name
                    // follows
                }
            }
            EntityDraft org = resolve(doc, table, noun.lower(), k);
            if (org != null) {
                boolean possessive = end < doc.size() && doc.token(end).kind() == Token.Kind.POSSESSIVE;
                table.add(new Mention(k, end, org, Mention.Kind.DESCRIPTION, possessive));
            }
        }
    }

    /**
     * The organization a kind noun ("union", "company") stands for at token {@code at}, or null. Sentences are read
     * backwards from the reference; within a sentence the first organization named wins (the sentence's subject
     * more often than a rival named in passing at its end).
     */
    EntityDraft resolve(ArticleText doc, EntityTable table, String noun, int at) {
        Set<String> kind = KINDS.getOrDefault(noun, Set.of(noun));
        EntityDraft byKind = null;
        EntityDraft nearby = null;
        int sentence = doc.sentenceOf(at).index();
        for (int i = sentence; i >= 0; i--) {
            Sentence s = doc.sentences.get(i);
            for (int k = s.firstToken(); k < Math.min(s.endToken(), at); k++) {
                Mention m = table.at(k);
                if (m == null || m.first() != k || m.entity().isPerson()) {
                    continue;
                }
                EntityDraft e = m.entity();
                if (e.words.contains(noun)) {
                    return e;
                }
                if (byKind == null
                        && (kind.contains(e.surname()) || e.words.stream().anyMatch(kind::contains))) {
                    byKind = e;
                }
                if (nearby == null && sentence - i <= NEARBY_SENTENCES && !doc.inQuote(k)) {
                    nearby = e;
                }
            }
            if (byKind != null) {
                return byKind;
            }
        }
        return NEARBY_FALLBACK.contains(noun) ? nearby : null;
    }

    /** "Its director, Owen Marsh": the organization named last before token k, within the last sentences. */
    EntityDraft its(ArticleText doc, EntityTable table, int k) {
        int from = doc.sentences.get(Math.max(0, doc.sentenceOf(k).index() - 2)).firstToken();
        for (int j = k - 1; j >= from; j--) {
            Mention m = table.at(j);
            if (m != null && !m.entity().isPerson() && !doc.inQuote(j)) {
                return m.entity();
            }
        }
        return null;
    }
}
