package io.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.extract.CommentFacts;
import io.whosaid.ingest.extract.EntityType;
import io.whosaid.ingest.extract.Evidence;
import io.whosaid.ingest.extract.ExtractedAffiliation;
import io.whosaid.ingest.extract.ExtractedEntity;
import io.whosaid.ingest.extract.ExtractedQuote;
import io.whosaid.ingest.extract.Extraction;
import io.whosaid.ingest.extract.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring math and matching rules, on hand-built gold files and extractions. */
class ScoresTest {

    private static final double EPS = 1e-9;

    private static final GoldFile GOLD = GoldParser.parse("""
            PERSON|Tomas Feld|Mr. Feld
            PERSON|Elin Feld|Ms. Feld
            PERSON|Sanna Okoro|Dr. Sanna Okoro;Dr. Okoro
            ORG|Kessel Valley Mountain Rescue Team|
            ORG|Ministry of the Interior|
            QUOTE|DIRECT|Tomas Feld|People ask me why we do it for free|
            QUOTE|DIRECT|Elin Feld|Dad told me it would be boring most of the time|about:Tomas Feld
            QUOTE|DIRECT|Sanna Okoro|Hypothermia kills slowly, and then very fast|
            QUOTE|PARTIAL|Sanna Okoro|the difference between a broken leg and a funeral|
            QUOTE|INDIRECT|Tomas Feld|the team’s oldest vehicle had 310,000 kilometers on it|about:Kessel Valley Mountain Rescue Team
            NOTQUOTE|iron giraffes
            ROLE|Tomas Feld|leader|Kessel Valley Mountain Rescue Team
            ROLE|Sanna Okoro|emergency physician|-
            MENTION|1|Tomas Feld
            MENTION|2|Sanna Okoro
            SPAM|1.1
            """);

    private static ExtractedEntity person(String key, String name, String... aliases) {
        return new ExtractedEntity(key, EntityType.PERSON, name, List.of(aliases), 1, null);
    }

    private static ExtractedEntity org(String key, String name, String... aliases) {
        return new ExtractedEntity(key, EntityType.ORGANIZATION, name, List.of(aliases), 1, null);
    }

    private static ExtractedQuote quote(QuoteKind kind, String text, String speakerKey, String... about) {
        return new ExtractedQuote(
                text, kind, "said", speakerKey, List.of(about), new Evidence(text, 0, text.length()), 0.9);
    }

    @Test
    void countsGivePrecisionRecallAndF1() {
        Counts c = new Counts(6, 2, 4);
        assertEquals(0.75, c.precision(), EPS);
        assertEquals(0.6, c.recall(), EPS);
        assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), EPS);
        assertEquals(new Counts(7, 2, 5), c.plus(new Counts(1, 0, 1)));
        assertEquals(1.0, Counts.ZERO.precision(), EPS, "nothing found: nothing wrong");
        assertEquals(0.0, new Counts(0, 3, 2).f1(), EPS);
        assertEquals(0.5, new Tally(1, 2).share(), EPS);
    }

    @Test
    void scoresAddUpPerCategoryAndRefuseTheWrongKindOfFigure() {
        Scores a = Scores.empty()
                .with(Category.PERSON, new Counts(1, 1, 0))
                .with(Category.SPEAKER_DIRECT, new Tally(1, 1));
        Scores b = Scores.empty()
                .with(Category.PERSON, new Counts(2, 0, 1))
                .with(Category.SPEAKER_DIRECT, new Tally(0, 1));
        Scores sum = a.plus(b);
        assertEquals(new Counts(3, 1, 1), sum.counts(Category.PERSON));
        assertEquals(new Tally(1, 2), sum.tally(Category.SPEAKER_DIRECT));
        assertEquals(Counts.ZERO, sum.counts(Category.ORGANIZATION));
        assertEquals(new Counts(1, 1, 0), a.counts(Category.PERSON), "plus leaves its operands alone");
        assertThrows(IllegalArgumentException.class, () -> sum.counts(Category.SPEAKER_DIRECT));
    }

    @Test
    void aPerfectExtractionScoresOneEverywhere() {
        Extraction perfect = new Extraction(
                List.of(
                        person("tomas feld", "Tomas Feld", "Mr. Feld"),
                        person("elin feld", "Elin Feld", "Ms. Feld"),
                        person("sanna okoro", "Sanna Okoro", "Dr. Okoro"),
                        org("kvmrt", "Kessel Valley Mountain Rescue Team"),
                        org("moi", "Ministry of the Interior")),
                List.of(
                        quote(QuoteKind.DIRECT, "People ask me why we do it for free,", "tomas feld"),
                        quote(
                                QuoteKind.DIRECT,
                                "Dad told me it would be boring most of the time,",
                                "elin feld",
                                "tomas feld"),
                        quote(QuoteKind.DIRECT, "Hypothermia kills slowly, and then very fast,", "sanna okoro"),
                        quote(QuoteKind.PARTIAL, "the difference between a broken leg and a funeral", "sanna okoro"),
                        quote(
                                QuoteKind.INDIRECT,
                                "that the team's oldest vehicle had 310,000 kilometers on it",
                                "tomas feld",
                                "kvmrt")),
                List.of(
                        new ExtractedAffiliation("tomas feld", "kvmrt", "the team's leader"),
                        new ExtractedAffiliation("sanna okoro", null, "an emergency physician")),
                List.of(
                        new CommentFacts("1", List.of("tomas feld"), false),
                        new CommentFacts("1.1", List.of(), true),
                        new CommentFacts("2", List.of("sanna okoro"), false)));

        ArticleEvaluation result = ArticleScorer.score("perfect", GOLD, perfect, null);

        for (Category c : Category.values()) {
            if (c.isPrecisionRecall()) {
                Counts n = result.scores().counts(c);
                assertEquals(0, n.falsePositives() + n.falseNegatives(), c + " " + n);
            } else if (c == Category.SCARE_QUOTE_TAKEN) {
                assertEquals(new Tally(0, 1), result.scores().tally(c));
            } else if (c == Category.PERSON_NOT_PERSON || c == Category.SPEAKER_MISSING) {
                assertEquals(0, result.scores().tally(c).hits(), c.toString()); // a share of errors
            } else {
                Tally t = result.scores().tally(c);
                assertEquals(t.total(), t.hits(), c + " " + t);
            }
        }
        assertEquals(new Counts(3, 0, 0), result.scores().counts(Category.PERSON));
        assertEquals(new Counts(3, 0, 0), result.scores().counts(Category.QUOTE_DIRECT));
        assertEquals(List.of(), result.findings());
    }

    @Test
    void entitiesMatchOnAnyFoldedNameOfTheSameTypeAndAMergeCostsOnePerson() {
        Extraction extraction = new Extraction(
                List.of(
                        // one entity for both Felds: pairs with Tomas (same canonical name), Elin is missed
                        person("tomas feld", "Tomas Feld", "Mr. Feld", "Ms. Feld", "Elin Feld"),
                        // title and case folded away: "DR. SANNA OKORO" is Sanna Okoro
                        person("okoro", "DR. SANNA OKORO"),
                        // a person is not an organization
                        person("moi", "Ministry of the Interior"),
                        org("kvmrt", "Kessel Valley Mountain Rescue Team"),
                        org("hornet ridge", "Hornet Ridge")),
                List.of(),
                List.of(),
                List.of());

        Scores s = ArticleScorer.score("entities", GOLD, extraction, null).scores();

        assertEquals(new Counts(2, 1, 1), s.counts(Category.PERSON));
        assertEquals(new Counts(1, 1, 1), s.counts(Category.ORGANIZATION));
        assertEquals(new Counts(3, 2, 2), s.counts(Category.ENTITY));
    }

    @Test
    void thePublisherIsNeitherRightNorWrong() {
        Extraction extraction = new Extraction(
                List.of(org("the meridian ledger", "The Meridian Ledger")),
                List.of(),
                List.of(),
                List.of(new CommentFacts("1", List.of("the meridian ledger"), false)));

        Scores s = ArticleScorer.score("publisher", GOLD, extraction, "The Meridian Ledger")
                .scores();

        assertEquals(0, s.counts(Category.ORGANIZATION).falsePositives());
        assertEquals(0, s.counts(Category.COMMENT_MENTION).falsePositives());
    }

    @Test
    void quoteTextsMatchWhenEqualOrNestedWithEightyPercentOverlap() {
        assertEquals(
                1.0, ArticleScorer.textMatch(QuoteKind.DIRECT, "Who the heck knows?", "“who the heck knows”"), EPS);
        assertEquals(
                1.0,
                ArticleScorer.textMatch(QuoteKind.DIRECT, "That’s where", "That's where"),
                EPS,
                "apostrophes fold");
        // 9 of 10 words, nested: a match
        assertEquals(
                0.9,
                ArticleScorer.textMatch(
                        QuoteKind.DIRECT,
                        "one two three four five six seven eight nine ten",
                        "one two three four five six seven eight nine"),
                EPS);
        // 7 of 10 words, nested: too short
        assertEquals(
                0.0,
                ArticleScorer.textMatch(
                        QuoteKind.DIRECT,
                        "one two three four five six seven eight nine ten",
                        "one two three four five six seven"),
                EPS);
        // same words, not a run of the other: no match for quoted words
        assertEquals(0.0, ArticleScorer.textMatch(QuoteKind.PARTIAL, "a b c d e", "a b x c d e"), EPS);
        // INDIRECT: 6 of 10 shared words are enough, 5 are not
        assertEquals(
                0.6,
                ArticleScorer.textMatch(
                        QuoteKind.INDIRECT,
                        "one two three four five six seven eight nine ten",
                        "six five four three two one"),
                EPS);
        assertEquals(
                0.0,
                ArticleScorer.textMatch(
                        QuoteKind.INDIRECT,
                        "one two three four five six seven eight nine ten",
                        "one two three four five"),
                EPS);
    }

    @Test
    void quoteKindsSpeakersSubjectsAndScareQuotesAreCountedSeparately() {
        Extraction extraction = new Extraction(
                List.of(
                        person("tomas feld", "Tomas Feld", "Mr. Feld"),
                        person("elin feld", "Elin Feld", "Ms. Feld"),
                        person("sanna okoro", "Sanna Okoro"),
                        person("feld", "Feld"),
                        org("kvmrt", "Kessel Valley Mountain Rescue Team")),
                List.of(
                        // right text, but the speaker "Feld" is a name two gold people share: it stands for neither
                        quote(QuoteKind.DIRECT, "People ask me why we do it for free", "feld"),
                        // right speaker, one right subject and one wrong
                        quote(
                                QuoteKind.DIRECT,
                                "Dad told me it would be boring most of the time",
                                "elin feld",
                                "tomas feld",
                                "kvmrt"),
                        // a DIRECT quote taken for PARTIAL: found in marks, wrong kind
                        quote(QuoteKind.PARTIAL, "Hypothermia kills slowly, and then very fast", "sanna okoro"),
                        // the PARTIAL quote missed; a scare quote taken for a quote instead
                        quote(QuoteKind.PARTIAL, "iron giraffes", null),
                        // INDIRECT with loose edges and no speaker
                        quote(
                                QuoteKind.INDIRECT,
                                "the team's oldest vehicle had 310,000 kilometers on it and that he was praying",
                                null)),
                List.of(),
                List.of());

        ArticleEvaluation result = ArticleScorer.score("quotes", GOLD, extraction, null);
        Scores s = result.scores();

        assertEquals(new Counts(2, 0, 1), s.counts(Category.QUOTE_DIRECT));
        assertEquals(new Counts(0, 2, 1), s.counts(Category.QUOTE_PARTIAL));
        assertEquals(new Counts(3, 1, 1), s.counts(Category.QUOTE_DIRECT_OR_PARTIAL));
        assertEquals(new Counts(1, 0, 0), s.counts(Category.QUOTE_INDIRECT));
        assertEquals(new Tally(2, 3), s.tally(Category.SPEAKER_DIRECT));
        assertEquals(new Tally(0, 1), s.tally(Category.SPEAKER_INDIRECT));
        // pairs: (Elin's quote, Tomas) right, (Elin's quote, team) wrong, (indirect, team) missed
        assertEquals(new Counts(1, 1, 1), s.counts(Category.ABOUT));
        assertEquals(new Tally(1, 1), s.tally(Category.SCARE_QUOTE_TAKEN));
        assertTrue(result.findings().stream()
                .anyMatch(f -> f.kind() == Finding.Kind.WRONG
                        && f.category() == Category.SPEAKER_DIRECT
                        && f.detail().contains("People ask me")));
    }

    @Test
    void aDuplicateEntityWithAUniqueNameStillNamesTheRightSpeaker() {
        Extraction extraction = new Extraction(
                List.of(person("sanna okoro", "Sanna Okoro"), person("dr okoro", "Dr. Okoro")),
                List.of(quote(QuoteKind.DIRECT, "Hypothermia kills slowly, and then very fast", "dr okoro")),
                List.of(),
                List.of());

        Scores s = ArticleScorer.score("duplicate", GOLD, extraction, null).scores();

        assertEquals(new Tally(1, 1), s.tally(Category.SPEAKER_DIRECT));
        assertEquals(1, s.counts(Category.PERSON).falsePositives(), "the duplicate itself still costs precision");
    }

    @Test
    void rolesCountPairsRoleWordsAndRolesWithoutAnOrganization() {
        Extraction extraction = new Extraction(
                List.of(
                        person("tomas feld", "Tomas Feld"), person("sanna okoro", "Sanna Okoro"),
                        org("kvmrt", "Kessel Valley Mountain Rescue Team"), org("moi", "Ministry of the Interior")),
                List.of(),
                List.of(
                        new ExtractedAffiliation("tomas feld", "kvmrt", "plumber"), // right pair, wrong role word
                        new ExtractedAffiliation("tomas feld", null, "leader"), // redundant with the org role: ignored
                        new ExtractedAffiliation("sanna okoro", "moi", "physician")), // wrong pair
                List.of());

        Scores s = ArticleScorer.score("roles", GOLD, extraction, null).scores();

        assertEquals(new Counts(1, 1, 0), s.counts(Category.ROLE_PAIR));
        assertEquals(new Counts(0, 2, 1), s.counts(Category.ROLE_WITH_WORD));
        assertEquals(new Counts(0, 0, 1), s.counts(Category.ROLE_WITHOUT_ORG));
        assertTrue(ArticleScorer.roleWordsMatch("director", "director of the Carnegie Moscow Center"));
        assertTrue(ArticleScorer.roleWordsMatch("head of emergency medicine", "head"));
        assertFalse(ArticleScorer.roleWordsMatch("director", "founder"));
    }

    @Test
    void commentMentionsAndSpamArePrecisionAndRecallOverComments() {
        Extraction extraction = new Extraction(
                List.of(person("tomas feld", "Tomas Feld"), person("sanna okoro", "Sanna Okoro")),
                List.of(),
                List.of(),
                List.of(
                        new CommentFacts("1", List.of("tomas feld", "sanna okoro"), false),
                        new CommentFacts("1.1", List.of(), false),
                        new CommentFacts("2", List.of(), true)));

        Scores s = ArticleScorer.score("comments", GOLD, extraction, null).scores();

        assertEquals(new Counts(1, 1, 1), s.counts(Category.COMMENT_MENTION));
        assertEquals(new Counts(0, 1, 1), s.counts(Category.SPAM));
    }

    private static final GoldFile REAL = GoldParser.parse("""
            PERSON|Mara Ostby|Ostby
            ORG|Ministry of Finance|the ministry
            OTHER|White House|building
            QUOTE|DIRECT|Mara Ostby|We will not wait any longer // The budget is already late.|
            QUOTE|DIRECT|~a senior administration official|Nobody expected the vote to pass|
            QUOTE|DIRECT|-|Prices will rise again next year|
            QUOTE|DIRECT|Ministry of Finance|The figures speak for themselves|
            """);

    @Test
    void aSplitQuoteCountsOnceWhetherFoundInPiecesOrJoined() {
        String body = "“We will not wait any longer,” Ostby said. “The budget is already late.”";
        Evidence first = new Evidence(body, 1, 28);
        Evidence second = new Evidence(body, 44, 71);
        assertEquals("We will not wait any longer", body.substring(first.start(), first.end()));
        assertEquals("The budget is already late.", body.substring(second.start(), second.end()));
        List<ExtractedEntity> people = List.of(person("mara ostby", "Mara Ostby", "Ostby"));

        Extraction pieces = new Extraction(
                people,
                List.of(
                        quote(QuoteKind.DIRECT, "We will not wait any longer", "mara ostby"),
                        quote(QuoteKind.DIRECT, "The budget is already late.", "mara ostby")),
                List.of(),
                List.of());
        Scores inPieces =
                ArticleScorer.score("pieces", REAL, pieces, null, body).scores();
        assertEquals(new Counts(1, 0, 3), inPieces.counts(Category.QUOTE_DIRECT_OR_PARTIAL));

        ExtractedQuote joined = new ExtractedQuote(
                "We will not wait any longer … The budget is already late.",
                QuoteKind.DIRECT,
                "said",
                "mara ostby",
                List.of(),
                first,
                0.9,
                List.of(first, second),
                null);
        Scores whole = ArticleScorer.score(
                        "joined", REAL, new Extraction(people, List.of(joined), List.of(), List.of()), null, body)
                .scores();
        assertEquals(new Counts(1, 0, 3), whole.counts(Category.QUOTE_DIRECT_OR_PARTIAL));
        assertEquals(new Tally(1, 1), whole.tally(Category.SPEAKER_ALL));

        // The fictional sets annotate the pieces as two quotes: one joined quote covers both there too.
        GoldFile twoPieces = GoldParser.parse("""
                PERSON|Mara Ostby|
                QUOTE|DIRECT|Mara Ostby|We will not wait any longer|
                QUOTE|DIRECT|Mara Ostby|The budget is already late.|
                """);
        Scores old = ArticleScorer.score(
                        "old", twoPieces, new Extraction(people, List.of(joined), List.of(), List.of()), null, body)
                .scores();
        assertEquals(new Counts(1, 0, 0), old.counts(Category.QUOTE_DIRECT_OR_PARTIAL));
    }

    @Test
    void unnamedSourcesNobodyAndGroupsAreScoredAsSpeakers() {
        List<ExtractedEntity> entities = List.of(org("ministry of finance", "Ministry of Finance"));
        Extraction x = new Extraction(
                entities,
                List.of(
                        new ExtractedQuote(
                                "Nobody expected the vote to pass",
                                QuoteKind.DIRECT,
                                "said",
                                null,
                                List.of(),
                                new Evidence("", 0, 1),
                                0.8,
                                null,
                                "the official"),
                        new ExtractedQuote(
                                "Prices will rise again next year",
                                QuoteKind.DIRECT,
                                "said",
                                null,
                                List.of(),
                                new Evidence("", 0, 1),
                                0.8,
                                null,
                                "an economist"),
                        quote(QuoteKind.DIRECT, "The figures speak for themselves", null)),
                List.of(),
                List.of());
        Scores s = ArticleScorer.score("sources", REAL, x, null).scores();
        // right: the official; wrong: an economist for nobody; wrong: no speaker where the ministry spoke
        assertEquals(new Tally(1, 3), s.tally(Category.SPEAKER_ALL));
        assertEquals(new Tally(1, 2), s.tally(Category.SPEAKER_DESCRIBED_OR_GROUP));
        assertEquals(new Tally(1, 2), s.tally(Category.SPEAKER_MISSING));
        assertTrue(ArticleScorer.describesSameSource(
                "two people familiar with the talks", "people familiar with the matter"));
        assertFalse(ArticleScorer.describesSameSource("a senior administration official", "two aides"));
    }

    @Test
    void personNodesThatAreNotPeopleAreCountedAsAShare() {
        Extraction x = new Extraction(
                List.of(
                        person("mara ostby", "Mara Ostby"),
                        person("ostby", "Ms. Ostby"),
                        person("white house", "White House"),
                        person("ministry of finance", "Ministry of Finance")),
                List.of(),
                List.of(),
                List.of());
        ArticleEvaluation result = ArticleScorer.score("people", REAL, x, null);
        assertEquals(new Tally(2, 4), result.scores().tally(Category.PERSON_NOT_PERSON));
        assertTrue(
                result.findings().stream().anyMatch(f -> f.detail().contains("gold OTHER building")),
                result.findings().toString());
    }
}
