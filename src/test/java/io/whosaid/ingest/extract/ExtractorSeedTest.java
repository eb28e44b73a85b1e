package io.whosaid.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.ArticleTextParser;
import io.whosaid.ingest.ParsedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article end to end: every span in quotation marks of its body, with the kind and speaker a careful
 * reader gives it, and the entities, roles and comment facts issue 3 names. Skipped when the seed is absent.
 */
class ExtractorSeedTest {

    private static final Path SEED = Path.of("../shared/seeds/000_30becfafe9eb7f07.txt");

    private static final String PUTIN = "vladimir v putin";
    private static final String RYABKOV = "sergei a ryabkov";
    private static final String LUKYANOV = "fyodor lukyanov";
    private static final String PESKOV = "dmitri s peskov";
    private static final String STANOVAYA = "tatiana stanovaya";
    private static final String TRENIN = "dmitri trenin";

    /** A quoted span of the body: the start of its words, its kind (null: not a quote) and speaker. */
    private record Expected(String textStart, QuoteKind kind, String speaker) {}

    /**
     * All quoted spans of the body in order. Single words after "declaring" are PARTIAL quotes of the one declaring
     * (a speech verb governs them); “We need long-term, legally binding guarantees” opens its sentence but the
     * sentence goes on in the writer's words ("that would roll back …"), so it is a fragment, PARTIAL;
     * “Politburo” has no speech verb and is a scare quote; the editor's note (“Putin strategy.”) is not in the body.
     */
    private static final List<Expected> SPANS = List.of(
            new Expected("deep", QuoteKind.PARTIAL, RYABKOV),
            new Expected("concrete", QuoteKind.PARTIAL, RYABKOV),
            new Expected("security of the whole European continent", QuoteKind.PARTIAL, RYABKOV),
            new Expected(
                    "The expert opinion that I can authoritatively declare is: Who the heck knows?",
                    QuoteKind.DIRECT,
                    LUKYANOV),
            new Expected("What matters is results", QuoteKind.DIRECT, PESKOV),
            new Expected("For now, there is nothing to say about any results.", QuoteKind.DIRECT, PESKOV),
            new Expected("whether it makes sense", QuoteKind.PARTIAL, PESKOV),
            new Expected("For the first time in 30 years, the United States has agreed", QuoteKind.DIRECT, STANOVAYA),
            new Expected("deal breaker", QuoteKind.PARTIAL, RYABKOV),
            new Expected("absolutely mandatory", QuoteKind.PARTIAL, RYABKOV),
            new Expected("fast response", QuoteKind.PARTIAL, RYABKOV),
            new Expected("no reason to fear an escalation scenario", QuoteKind.PARTIAL, RYABKOV),
            new Expected("For now, we do not see any substantive reason for optimism", QuoteKind.DIRECT, PESKOV),
            new Expected(
                    "No one knows with 100 percent certainty whether Putin is ready for war",
                    QuoteKind.DIRECT,
                    STANOVAYA),
            new Expected("military-technical response", QuoteKind.PARTIAL, PUTIN),
            new Expected("We need long-term, legally binding guarantees", QuoteKind.PARTIAL, PUTIN),
            new Expected("we need at least something, at least a legally binding agreement", QuoteKind.PARTIAL, PUTIN),
            new Expected("Politburo", null, null),
            new Expected("He assumes that the Americans will pay attention", QuoteKind.DIRECT, TRENIN),
            new Expected("He uses unpredictability, he uses tension, he uses threats.", QuoteKind.DIRECT, TRENIN),
            new Expected("He receives this or that information", QuoteKind.DIRECT, LUKYANOV),
            new Expected("Those who provide it don’t exert their own influence", QuoteKind.DIRECT, LUKYANOV));

    private static ParsedArticle article;
    private static Extraction extraction;

    @BeforeAll
    static void extractSeed() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article not present at " + SEED.toAbsolutePath());
        article = new ArticleTextParser().parse(Files.readString(SEED));
        extraction = new Extractor().extract(article);
    }

    private static List<ExtractedQuote> marked() {
        return extraction.quotes().stream()
                .filter(q -> q.kind() != QuoteKind.INDIRECT)
                .toList();
    }

    @Test
    void everyQuotedSpanHasItsKindAndSpeaker() {
        List<ExtractedQuote> marked = marked();
        List<String> problems = new ArrayList<>();
        for (Expected e : SPANS) {
            // A later piece of a quote written in pieces sits after the joiner in its text.
            List<ExtractedQuote> hits = marked.stream()
                    .filter(q -> q.text().startsWith(e.textStart())
                            || q.text().contains(ExtractedQuote.PIECE_JOINER + e.textStart()))
                    .toList();
            if (e.kind() == null) {
                if (!hits.isEmpty()) {
                    problems.add("scare quote taken as a quote: " + e.textStart());
                }
                continue;
            }
            if (hits.size() != 1) {
                problems.add(hits.size() + " quotes for “" + e.textStart() + "”");
                continue;
            }
            ExtractedQuote q = hits.get(0);
            if (q.kind() != e.kind() || !e.speaker().equals(q.speakerKey())) {
                problems.add("“" + e.textStart() + "”: " + q.kind() + " by " + q.speakerKey() + ", expected " + e.kind()
                        + " by " + e.speaker());
            }
        }
        assertEquals(List.of(), problems);
        long quotesExpected = SPANS.stream().filter(e -> e.kind() != null).count();
        assertEquals(
                quotesExpected,
                marked.stream().mapToInt(q -> q.evidenceSpans().size()).sum(),
                "no quotation beyond the listed ones: " + marked);
    }

    @Test
    void issueThreeFactsHold() {
        ExtractedQuote heck = only(q -> q.text().contains("Who the heck knows?"));
        assertEquals(QuoteKind.DIRECT, heck.kind());
        assertEquals(LUKYANOV, heck.speakerKey());

        ExtractedQuote noOneKnows = only(
                q -> q.text().startsWith("No one knows with 100 percent certainty whether Putin is ready for war"));
        assertEquals(STANOVAYA, noOneKnows.speakerKey());
        assertTrue(
                noOneKnows.aboutKeys().contains(PUTIN), noOneKnows.aboutKeys().toString());

        ExtractedQuote unpredictability = only(q -> q.text().startsWith("He uses unpredictability"));
        assertEquals(TRENIN, unpredictability.speakerKey());
        assertEquals(List.of(PUTIN), unpredictability.aboutKeys());
        ExtractedQuote assumes = only(q -> q.text().startsWith("He assumes"));
        assertEquals(List.of(PUTIN), assumes.aboutKeys(), "“said of the Russian president”");

        assertTrue(
                extraction
                        .affiliations()
                        .contains(new ExtractedAffiliation(TRENIN, "carnegie moscow center", "director")),
                extraction.affiliations().toString());
        assertTrue(
                extraction.affiliations().contains(new ExtractedAffiliation(PESKOV, "kremlin", "spokesman")),
                extraction.affiliations().toString());
        assertTrue(
                extraction.affiliations().contains(new ExtractedAffiliation(STANOVAYA, "r politik", "founder")),
                extraction.affiliations().toString());
        assertEquals(
                "Mr. Putin’s spokesman", entity(PESKOV).description(), "Peskov is introduced as Putin's spokesman");
    }

    @Test
    void quotesAboutPutinHaveTheirSpeakers() {
        Map<String, Set<String>> speakersAboutPutin = extraction.quotes().stream()
                .filter(q -> q.aboutKeys().contains(PUTIN))
                .collect(Collectors.groupingBy(
                        ExtractedQuote::kind, Collectors.mapping(ExtractedQuote::speakerKey, Collectors.toSet())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
        assertEquals(Set.of(STANOVAYA, TRENIN, LUKYANOV), speakersAboutPutin.get("DIRECT"));
        assertTrue(speakersAboutPutin.get("INDIRECT").contains(LUKYANOV), speakersAboutPutin.toString());
        assertTrue(
                speakersAboutPutin.get("INDIRECT").contains(STANOVAYA), "“not enough for him”: " + speakersAboutPutin);
    }

    @Test
    void peopleAndOrganizationsAppearOnceAndPlacesNever() {
        Set<String> people = keys(EntityType.PERSON);
        assertEquals(Set.of(PUTIN, RYABKOV, LUKYANOV, PESKOV, STANOVAYA, TRENIN, "biden"), people);
        Set<String> organizations = keys(EntityType.ORGANIZATION);
        assertEquals(
                Set.of(
                        "kremlin",
                        "nato",
                        "carnegie moscow center",
                        "r politik",
                        "organization for security and cooperation in europe",
                        "russian foreign ministry"),
                organizations,
                "the subtitle names the Russian Foreign Ministry");
        for (String place : List.of(
                "russia",
                "moscow",
                "ukraine",
                "united states",
                "washington",
                "geneva",
                "brussels",
                "eastern europe",
                "politburo",
                "west",
                "cold war")) {
            assertFalse(organizations.contains(place) || people.contains(place), place + " is not an entity");
        }
        ExtractedEntity putin = entity(PUTIN);
        assertEquals("Vladimir V. Putin", putin.name());
        assertTrue(
                putin.aliases().containsAll(List.of("Putin", "Mr. Putin")),
                putin.aliases().toString());
        assertTrue(
                putin.mentionCount() >= 20,
                "names, surname and “the Russian president/leader”: " + putin.mentionCount());
    }

    @Test
    void evidencePointsIntoTheText() {
        for (ExtractedQuote q : extraction.quotes()) {
            assertEquals(q.evidence(), q.evidenceSpans().get(0));
            List<String> pieces = new java.util.ArrayList<>();
            for (Evidence ev : q.evidenceSpans()) {
                String piece = article.text().substring(ev.start(), ev.end());
                pieces.add(piece);
                assertTrue(ev.sentence().contains(piece), ev.sentence());
                assertTrue(article.text().contains(ev.sentence()));
            }
            assertEquals(q.text(), String.join(ExtractedQuote.PIECE_JOINER, pieces));
        }
    }

    @Test
    void commentsMentionSurnamesAndAcronymsAndSpamIsFlagged() {
        Map<String, CommentFacts> byNumber =
                extraction.comments().stream().collect(Collectors.toMap(CommentFacts::number, c -> c));
        assertEquals(article.comments().size(), byNumber.size());
        assertTrue(byNumber.get("1").mentionKeys().contains(PUTIN));
        assertTrue(
                byNumber.get("4").mentionKeys().containsAll(List.of(PUTIN, "nato")),
                byNumber.get("4").toString());
        assertEquals(List.of("nato"), byNumber.get("8").mentionKeys());
        assertEquals(List.of(), byNumber.get("3.2").mentionKeys());
        Set<String> spam = byNumber.values().stream()
                .filter(CommentFacts::spam)
                .map(CommentFacts::number)
                .collect(Collectors.toSet());
        assertEquals(Set.of("1.1"), spam);
    }

    private static ExtractedQuote only(java.util.function.Predicate<ExtractedQuote> test) {
        List<ExtractedQuote> hits = extraction.quotes().stream().filter(test).toList();
        assertEquals(1, hits.size(), hits.toString());
        return hits.get(0);
    }

    private static ExtractedEntity entity(String key) {
        ExtractedEntity e = extraction.entities().stream()
                .filter(x -> x.key().equals(key))
                .findFirst()
                .orElse(null);
        assertNotNull(e, key);
        return e;
    }

    private static Set<String> keys(EntityType type) {
        return extraction.entities().stream()
                .filter(e -> e.type() == type)
                .map(ExtractedEntity::key)
                .collect(Collectors.toSet());
    }
}
