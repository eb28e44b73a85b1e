package io.whosaid.eval;

import io.whosaid.ingest.extract.CommentFacts;
import io.whosaid.ingest.extract.EntityType;
import io.whosaid.ingest.extract.ExtractedAffiliation;
import io.whosaid.ingest.extract.ExtractedEntity;
import io.whosaid.ingest.extract.ExtractedQuote;
import io.whosaid.ingest.extract.Extraction;
import io.whosaid.ingest.extract.QuoteKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares one article's extraction with its gold file; the matching rules are those of {@code eval/README.md}. */
public final class ArticleScorer {

    /** DIRECT and PARTIAL quotes must cover the same words, allowing a trimmed edge of at most 20 %. */
    static final double MARKED_QUOTE_OVERLAP = 0.8;
    /** Reported clauses have loose edges ("that", a trailing attribution), so INDIRECT asks for 60 % shared words. */
    static final double INDIRECT_OVERLAP = 0.6;

    private ArticleScorer() {}

    private record QuotePair(GoldQuote gold, ExtractedQuote predicted) {}

    /** A role reduced to what is compared: canonical person, canonical organization (or null), role words. */
    private record RoleFact(String person, String organization, String role) {}

    public static ArticleEvaluation score(String name, GoldFile gold, Extraction extraction, String publisher) {
        return score(name, gold, extraction, publisher, null);
    }

    /**
     * @param articleText the parsed article's text that quote evidence offsets point into, so the pieces of a quote
     *                    written in pieces can be compared one by one; null when not at hand
     */
    public static ArticleEvaluation score(
            String name, GoldFile gold, Extraction extraction, String publisher, String articleText) {
        List<Finding> findings = new ArrayList<>();
        Scores scores = Scores.empty();
        EntityAlignment entities = new EntityAlignment(gold.entities(), nullSafe(extraction.entities()), publisher);

        scores = scoreEntities(gold, entities, scores, findings);
        scores = scoreNonPeople(gold, entities, scores, findings);

        List<ExtractedQuote> predictedQuotes = nullSafe(extraction.quotes());
        QuoteText texts = new QuoteText(articleText);
        List<QuotePair> pairs = alignQuotes(gold.quotes(), predictedQuotes, texts);
        scores = scoreQuoteDetection(gold, predictedQuotes, pairs, texts, scores, findings);
        scores = scoreSpeakers(pairs, entities, scores, findings);
        scores = scoreAbout(pairs, entities, scores, findings);
        scores = scoreScareQuotes(gold, predictedQuotes, scores, findings);
        scores = scoreRoles(gold, nullSafe(extraction.affiliations()), entities, scores, findings);
        scores = scoreComments(gold, nullSafe(extraction.comments()), entities, scores, findings);
        return new ArticleEvaluation(name, scores, findings);
    }

    /** The pieces of a predicted quote, read from the article text when the quote has several. */
    private record QuoteText(String articleText) {
        List<String> pieces(ExtractedQuote p) {
            return p.pieceTexts(articleText);
        }
    }

    // ---- entities

    private static Scores scoreEntities(
            GoldFile gold, EntityAlignment entities, Scores scores, List<Finding> findings) {
        Map<EntityType, int[]> fpFn = new HashMap<>();
        for (EntityType t : EntityType.values()) {
            fpFn.put(t, new int[2]);
        }
        for (ExtractedEntity p : entities.unmatchedPredicted()) {
            fpFn.get(p.type())[0]++;
            findings.add(new Finding(
                    category(p.type()),
                    Finding.Kind.FP,
                    p.name() + " "
                            + EntityAlignment.namesOf(p)
                                    .subList(1, EntityAlignment.namesOf(p).size())));
        }
        for (GoldEntity g : entities.unmatchedGold()) {
            fpFn.get(g.type())[1]++;
            findings.add(new Finding(category(g.type()), Finding.Kind.FN, g.name() + " " + g.aliases()));
        }
        for (EntityType t : EntityType.values()) {
            Counts c = new Counts(entities.matchedCount(t), fpFn.get(t)[0], fpFn.get(t)[1]);
            scores = scores.with(category(t), c).with(Category.ENTITY, c);
        }
        return scores;
    }

    /**
     * Person nodes that are not people: predicted people sharing no name with a gold person (so a place, a
     * building, an organization or a run of words glued to a name), as a share of all predicted people.
     */
    private static Scores scoreNonPeople(
            GoldFile gold, EntityAlignment entities, Scores scores, List<Finding> findings) {
        for (ExtractedEntity p : entities.predicted()) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            boolean person = entities.sharesNameWithGold(p, EntityType.PERSON);
            scores = scores.with(Category.PERSON_NOT_PERSON, new Tally(person ? 0 : 1, 1));
            if (!person) {
                String what = gold.others().stream()
                        .filter(o -> EntityAlignment.namesOf(p).stream()
                                .anyMatch(n -> o.allNames().stream()
                                        .anyMatch(on -> TextFolding.nameKey(n).equals(TextFolding.nameKey(on)))))
                        .map(o -> "gold OTHER " + o.type())
                        .findFirst()
                        .orElse(
                                entities.sharesNameWithGold(p, EntityType.ORGANIZATION)
                                        ? "gold ORG"
                                        : "nothing in the gold");
                findings.add(new Finding(Category.PERSON_NOT_PERSON, Finding.Kind.FP, p.name() + " (" + what + ")"));
            }
        }
        return scores;
    }

    private static Category category(EntityType type) {
        return type == EntityType.PERSON ? Category.PERSON : Category.ORGANIZATION;
    }

    // ---- quotes

    static boolean sameFamily(QuoteKind a, QuoteKind b) {
        return (a == QuoteKind.INDIRECT) == (b == QuoteKind.INDIRECT);
    }

    /** How well a predicted text covers a gold text of the given kind: 0 when it does not match at all. */
    static double textMatch(QuoteKind goldKind, String goldText, String predictedText) {
        List<String> g = TextFolding.tokens(goldText);
        List<String> p = TextFolding.tokens(predictedText == null ? "" : predictedText);
        double overlap = TextFolding.overlap(g, p);
        if (goldKind == QuoteKind.INDIRECT) {
            return overlap >= INDIRECT_OVERLAP ? overlap : 0;
        }
        if (g.equals(p)) {
            return 1.0;
        }
        boolean nested = TextFolding.containsRun(g, p) || TextFolding.containsRun(p, g);
        return nested && overlap >= MARKED_QUOTE_OVERLAP ? overlap : 0;
    }

    /**
     * The best match between a gold quote and a predicted one, whole text or piece by piece: a quote written in
     * pieces counts once, whether the gold or the extractor joined its pieces.
     */
    static double pieceMatch(GoldQuote g, List<String> predictedPieces, String predictedText) {
        double best = textMatch(g.kind(), g.text(), predictedText);
        List<String> goldPieces = g.pieces();
        if (goldPieces.size() == 1 && predictedPieces.size() == 1) {
            return best;
        }
        for (String gp : goldPieces) {
            best = Math.max(best, textMatch(g.kind(), gp, predictedText));
            for (String pp : predictedPieces) {
                best = Math.max(best, textMatch(g.kind(), gp, pp));
            }
        }
        for (String pp : predictedPieces) {
            best = Math.max(best, textMatch(g.kind(), g.text(), pp));
        }
        return best;
    }

    private static List<QuotePair> alignQuotes(List<GoldQuote> gold, List<ExtractedQuote> predicted, QuoteText texts) {
        record Candidate(GoldQuote gold, ExtractedQuote predicted, double strength) {}
        List<Candidate> candidates = new ArrayList<>();
        for (GoldQuote g : gold) {
            for (ExtractedQuote p : predicted) {
                if (p.kind() == null || !sameFamily(g.kind(), p.kind())) {
                    continue;
                }
                double match = pieceMatch(g, texts.pieces(p), p.text());
                if (match > 0) {
                    // A same-kind partner wins a tie, so kind errors are only counted when unavoidable.
                    candidates.add(new Candidate(g, p, match + (g.kind() == p.kind() ? 0.001 : 0)));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::strength).reversed());
        Set<GoldQuote> goldTaken = identitySet();
        Set<ExtractedQuote> predictedTaken = identitySet();
        List<QuotePair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldTaken.contains(c.gold()) && !predictedTaken.contains(c.predicted())) {
                goldTaken.add(c.gold());
                predictedTaken.add(c.predicted());
                pairs.add(new QuotePair(c.gold(), c.predicted()));
            }
        }
        return pairs;
    }

    private static Scores scoreQuoteDetection(
            GoldFile gold,
            List<ExtractedQuote> predicted,
            List<QuotePair> pairs,
            QuoteText texts,
            Scores scores,
            List<Finding> findings) {
        Map<GoldQuote, ExtractedQuote> byGold = new java.util.IdentityHashMap<>();
        Map<ExtractedQuote, GoldQuote> byPredicted = new java.util.IdentityHashMap<>();
        for (QuotePair pair : pairs) {
            byGold.put(pair.gold(), pair.predicted());
            byPredicted.put(pair.predicted(), pair.gold());
        }
        // Another piece of a quote already matched is part of that quote: neither found twice nor missed.
        Set<ExtractedQuote> absorbedPredicted = identitySet();
        for (ExtractedQuote p : predicted) {
            if (p.kind() != null
                    && !byPredicted.containsKey(p)
                    && pairs.stream()
                            .anyMatch(pair -> pair.gold().pieces().size() > 1
                                    && sameFamily(pair.gold().kind(), p.kind())
                                    && pieceMatch(pair.gold(), texts.pieces(p), p.text()) > 0)) {
                absorbedPredicted.add(p);
            }
        }
        Set<GoldQuote> absorbedGold = identitySet();
        for (GoldQuote g : gold.quotes()) {
            if (!byGold.containsKey(g)
                    && pairs.stream()
                            .anyMatch(pair -> texts.pieces(pair.predicted()).size() > 1
                                    && sameFamily(g.kind(), pair.predicted().kind())
                                    && pieceMatch(
                                                    g,
                                                    texts.pieces(pair.predicted()),
                                                    pair.predicted().text())
                                            > 0)) {
                absorbedGold.add(g);
            }
        }
        int[] direct = new int[3];
        int[] partial = new int[3];
        int[] marked = new int[3];
        int[] indirect = new int[3];
        for (GoldQuote g : gold.quotes()) {
            if (absorbedGold.contains(g)) {
                continue;
            }
            ExtractedQuote p = byGold.get(g);
            int[] family = g.kind() == QuoteKind.INDIRECT ? indirect : marked;
            family[p == null ? 2 : 0]++;
            if (g.kind() != QuoteKind.INDIRECT) {
                int[] strict = g.kind() == QuoteKind.DIRECT ? direct : partial;
                strict[p != null && p.kind() == g.kind() ? 0 : 2]++;
            }
            if (p == null) {
                findings.add(new Finding(
                        g.kind() == QuoteKind.INDIRECT ? Category.QUOTE_INDIRECT : strictCategory(g.kind()),
                        Finding.Kind.FN,
                        g.kind() + " “" + g.text() + "” (" + orNone(g.speaker()) + ")"));
            } else if (p.kind() != g.kind()) {
                findings.add(new Finding(
                        strictCategory(g.kind()),
                        Finding.Kind.WRONG,
                        "kind " + p.kind() + ", gold " + g.kind() + ": “" + g.text() + "”"));
            }
        }
        for (ExtractedQuote p : predicted) {
            if (p.kind() == null || absorbedPredicted.contains(p)) {
                continue;
            }
            GoldQuote g = byPredicted.get(p);
            if (p.kind() == QuoteKind.INDIRECT) {
                if (g == null) {
                    indirect[1]++;
                }
            } else {
                if (g == null) {
                    marked[1]++;
                }
                if (g == null || g.kind() != p.kind()) {
                    (p.kind() == QuoteKind.DIRECT ? direct : partial)[1]++;
                }
            }
            if (g == null) {
                findings.add(new Finding(
                        p.kind() == QuoteKind.INDIRECT ? Category.QUOTE_INDIRECT : strictCategory(p.kind()),
                        Finding.Kind.FP,
                        p.kind() + " “" + p.text() + "” (cue " + p.cue() + ")"));
            }
        }
        return scores.with(Category.QUOTE_DIRECT, counts(direct))
                .with(Category.QUOTE_PARTIAL, counts(partial))
                .with(Category.QUOTE_DIRECT_OR_PARTIAL, counts(marked))
                .with(Category.QUOTE_INDIRECT, counts(indirect));
    }

    private static Category strictCategory(QuoteKind kind) {
        return kind == QuoteKind.DIRECT ? Category.QUOTE_DIRECT : Category.QUOTE_PARTIAL;
    }

    private static Scores scoreSpeakers(
            List<QuotePair> pairs, EntityAlignment entities, Scores scores, List<Finding> findings) {
        for (QuotePair pair : pairs) {
            GoldQuote gold = pair.gold();
            ExtractedQuote predicted = pair.predicted();
            Category category = switch (gold.kind()) {
                case DIRECT -> Category.SPEAKER_DIRECT;
                case PARTIAL -> Category.SPEAKER_PARTIAL;
                case INDIRECT -> Category.SPEAKER_INDIRECT;
            };
            String predictedKey = predicted.speakerKey();
            boolean right;
            if (gold.unnamedSource() != null) {
                right = predictedKey == null
                        && describesSameSource(gold.unnamedSource(), predicted.sourceDescription());
            } else if (gold.speaker() == null) {
                right = predictedKey == null && predicted.sourceDescription() == null;
            } else {
                GoldEntity resolved = entities.resolve(predictedKey);
                right = resolved != null && resolved.name().equals(gold.speaker());
            }
            Tally tally = new Tally(right ? 1 : 0, 1);
            scores = scores.with(category, tally).with(Category.SPEAKER_ALL, tally);
            if (gold.unnamedSource() != null || (gold.speaker() != null && entities.isOrganization(gold.speaker()))) {
                scores = scores.with(Category.SPEAKER_DESCRIBED_OR_GROUP, tally);
            }
            if (gold.kind() != QuoteKind.INDIRECT && (gold.speaker() != null || gold.unnamedSource() != null)) {
                boolean none = predictedKey == null && predicted.sourceDescription() == null;
                scores = scores.with(Category.SPEAKER_MISSING, new Tally(none ? 1 : 0, 1));
            }
            if (!right) {
                String expected = gold.unnamedSource() != null ? "~" + gold.unnamedSource() : orNone(gold.speaker());
                String found = predictedKey == null && predicted.sourceDescription() != null
                        ? "~" + predicted.sourceDescription()
                        : entities.describe(predictedKey);
                findings.add(new Finding(
                        category,
                        Finding.Kind.WRONG,
                        "“" + shorten(gold.text()) + "” gold " + expected + ", found " + found));
            }
        }
        return scores;
    }

    /** Words that say nothing about who a source is: "a", "two", "the", "said". */
    private static final Set<String> DESCRIPTION_FILLER = Set.of(
            "a", "an", "the", "one", "two", "three", "four", "several", "some", "of", "with", "to", "in", "on", "at",
            "for", "and", "who", "that", "his", "her", "their", "its", "by", "as", "said", "says", "s");

    /**
     * An unnamed source is described alike when the two descriptions share a word that says who it is
     * ("a senior administration official" and "the official", "people familiar with the talks" and "people
     * familiar with the matter").
     */
    static boolean describesSameSource(String gold, String predicted) {
        if (predicted == null) {
            return false;
        }
        Set<String> words = new LinkedHashSet<>(TextFolding.tokens(gold));
        words.removeAll(DESCRIPTION_FILLER);
        return TextFolding.tokens(predicted).stream().anyMatch(words::contains);
    }

    private static Scores scoreAbout(
            List<QuotePair> pairs, EntityAlignment entities, Scores scores, List<Finding> findings) {
        for (QuotePair pair : pairs) {
            Set<String> expected = new LinkedHashSet<>(pair.gold().about());
            Set<String> found = new LinkedHashSet<>();
            for (String key : nullSafe(pair.predicted().aboutKeys())) {
                if (entities.isIgnored(key)) {
                    continue;
                }
                GoldEntity g = entities.resolve(key);
                found.add(g == null ? "?" + entities.describe(key) : g.name());
            }
            scores = scores.with(
                    Category.ABOUT,
                    compare(
                            expected,
                            found,
                            Category.ABOUT,
                            findings,
                            "“" + shorten(pair.gold().text()) + "” about "));
        }
        return scores;
    }

    private static Scores scoreScareQuotes(
            GoldFile gold, List<ExtractedQuote> predicted, Scores scores, List<Finding> findings) {
        for (String scare : gold.notQuotes()) {
            boolean taken = predicted.stream().anyMatch(p -> textMatch(QuoteKind.DIRECT, scare, p.text()) > 0);
            scores = scores.with(Category.SCARE_QUOTE_TAKEN, new Tally(taken ? 1 : 0, 1));
            if (taken) {
                findings.add(new Finding(Category.SCARE_QUOTE_TAKEN, Finding.Kind.FP, "“" + scare + "”"));
            }
        }
        return scores;
    }

    // ---- roles

    private static Scores scoreRoles(
            GoldFile gold,
            List<ExtractedAffiliation> affiliations,
            EntityAlignment entities,
            Scores scores,
            List<Finding> findings) {
        List<RoleFact> predicted = new ArrayList<>();
        for (ExtractedAffiliation a : affiliations) {
            GoldEntity person = entities.resolve(a.personKey());
            GoldEntity org = a.organizationKey() == null ? null : entities.resolve(a.organizationKey());
            predicted.add(new RoleFact(
                    person == null ? "?" + entities.describe(a.personKey()) : person.name(),
                    a.organizationKey() == null
                            ? null
                            : org == null ? "?" + entities.describe(a.organizationKey()) : org.name(),
                    a.role() == null ? "" : a.role()));
        }
        List<GoldRole> withOrg =
                gold.roles().stream().filter(r -> r.organization() != null).toList();
        List<GoldRole> withoutOrg =
                gold.roles().stream().filter(r -> r.organization() == null).toList();

        Set<String> goldPairs = new LinkedHashSet<>();
        withOrg.forEach(r -> goldPairs.add(r.person() + " @ " + r.organization()));
        Set<String> foundPairs = new LinkedHashSet<>();
        predicted.stream()
                .filter(r -> r.organization() != null)
                .forEach(r -> foundPairs.add(r.person() + " @ " + r.organization()));
        scores = scores.with(Category.ROLE_PAIR, compare(goldPairs, foundPairs, Category.ROLE_PAIR, findings, ""));

        scores = scores.with(
                Category.ROLE_WITH_WORD,
                matchRoles(
                        withOrg,
                        predicted.stream().filter(r -> r.organization() != null).toList(),
                        List.of(),
                        Category.ROLE_WITH_WORD,
                        findings));
        // A role given without an organization that the gold also holds with one is redundant, not wrong.
        return scores.with(
                Category.ROLE_WITHOUT_ORG,
                matchRoles(
                        withoutOrg,
                        predicted.stream().filter(r -> r.organization() == null).toList(),
                        withOrg,
                        Category.ROLE_WITHOUT_ORG,
                        findings));
    }

    private static Counts matchRoles(
            List<GoldRole> gold,
            List<RoleFact> predicted,
            List<GoldRole> tolerated,
            Category category,
            List<Finding> findings) {
        Set<GoldRole> used = identitySet();
        int tp = 0;
        int fp = 0;
        for (RoleFact p : new LinkedHashSet<>(predicted)) {
            GoldRole hit = gold.stream()
                    .filter(g -> !used.contains(g)
                            && g.person().equals(p.person())
                            && Objects.equals(g.organization(), p.organization())
                            && roleWordsMatch(g.role(), p.role()))
                    .findFirst()
                    .orElse(null);
            if (hit != null) {
                used.add(hit);
                tp++;
            } else if (tolerated.stream()
                    .noneMatch(g -> g.person().equals(p.person()) && roleWordsMatch(g.role(), p.role()))) {
                fp++;
                findings.add(new Finding(
                        category, Finding.Kind.FP, p.person() + " — " + p.role() + " — " + orNone(p.organization())));
            }
        }
        int fn = 0;
        for (GoldRole g : gold) {
            if (!used.contains(g)) {
                fn++;
                findings.add(new Finding(
                        category, Finding.Kind.FN, g.person() + " — " + g.role() + " — " + orNone(g.organization())));
            }
        }
        return new Counts(tp, fp, fn);
    }

    /** The gold's role words all appear in the predicted role ("director" in "director of the Center"), or the reverse. */
    static boolean roleWordsMatch(String gold, String predicted) {
        List<String> g = TextFolding.tokens(gold);
        List<String> p = TextFolding.tokens(predicted);
        return !g.isEmpty() && !p.isEmpty() && (p.containsAll(g) || g.containsAll(p));
    }

    // ---- comments

    private static Scores scoreComments(
            GoldFile gold,
            List<CommentFacts> comments,
            EntityAlignment entities,
            Scores scores,
            List<Finding> findings) {
        Set<String> expected = new LinkedHashSet<>();
        gold.mentions().forEach(m -> expected.add(m.commentNumber() + " → " + m.entity()));
        Set<String> found = new LinkedHashSet<>();
        Set<String> foundSpam = new LinkedHashSet<>();
        for (CommentFacts c : comments) {
            for (String key : nullSafe(c.mentionKeys())) {
                if (!entities.isIgnored(key)) {
                    GoldEntity g = entities.resolve(key);
                    found.add(c.number() + " → " + (g == null ? "?" + entities.describe(key) : g.name()));
                }
            }
            if (c.spam()) {
                foundSpam.add(c.number());
            }
        }
        return scores.with(
                        Category.COMMENT_MENTION,
                        compare(expected, found, Category.COMMENT_MENTION, findings, "comment "))
                .with(Category.SPAM, compare(gold.spamComments(), foundSpam, Category.SPAM, findings, "comment "));
    }

    // ---- helpers

    private static Counts compare(
            Set<String> expected, Set<String> found, Category category, List<Finding> findings, String prefix) {
        int tp = 0;
        for (String f : found) {
            if (expected.contains(f)) {
                tp++;
            } else {
                findings.add(new Finding(category, Finding.Kind.FP, prefix + f));
            }
        }
        for (String e : expected) {
            if (!found.contains(e)) {
                findings.add(new Finding(category, Finding.Kind.FN, prefix + e));
            }
        }
        return new Counts(tp, found.size() - tp, expected.size() - tp);
    }

    private static Counts counts(int[] tpFpFn) {
        return new Counts(tpFpFn[0], tpFpFn[1], tpFpFn[2]);
    }

    private static <T> Set<T> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String orNone(String s) {
        return s == null ? "-" : s;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
