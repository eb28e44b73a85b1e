package io.whosaid.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.ParsedArticle;
import io.whosaid.ingest.ParsedComment;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One rule at a time, on invented sentences (all names fictional). */
class ExtractorRulesTest {

    private final Extractor extractor = new Extractor();

    static ParsedArticle article(String... paragraphs) {
        return articleWithComments(List.of(), paragraphs);
    }

    static ParsedArticle articleWithComments(List<ParsedComment> comments, String... paragraphs) {
        return new ParsedArticle(
                "Title", null, String.join("\n\n", paragraphs), List.of(paragraphs), List.of(), null, comments);
    }

    private Extraction extract(String... paragraphs) {
        return extractor.extract(article(paragraphs));
    }

    private static ExtractedQuote quote(Extraction x, String start) {
        List<ExtractedQuote> hits =
                x.quotes().stream().filter(q -> q.text().startsWith(start)).toList();
        assertEquals(1, hits.size(), "quotes starting “" + start + "”: " + x.quotes());
        return hits.get(0);
    }

    private static Set<String> keys(Extraction x, EntityType type) {
        return x.entities().stream()
                .filter(e -> e.type() == type)
                .map(ExtractedEntity::key)
                .collect(Collectors.toSet());
    }

    @Test
    void speakerAfterTheQuoteWithApposition() {
        Extraction x = extract(
                "“We will open the new laboratory in March,” said Anna Berg, a chemist at the Halden Institute.");
        ExtractedQuote q = quote(x, "We will open");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("anna berg", q.speakerKey());
        assertEquals("said", q.cue());
        assertTrue(
                x.affiliations().contains(new ExtractedAffiliation("anna berg", "halden institute", "chemist")),
                x.affiliations().toString());
    }

    @Test
    void speakerBeforeTheQuoteAfterAColon() {
        Extraction x =
                extract("Thomas Okafor, the treasurer of the Lindby Rowing Club, said: “The budget is not enough.”");
        ExtractedQuote q = quote(x, "The budget is not enough");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("thomas okafor", q.speakerKey());
        assertTrue(x.affiliations()
                .contains(new ExtractedAffiliation("thomas okafor", "lindby rowing club", "treasurer")));
    }

    @Test
    void pronounSpeakerSkipsThePersonOfTheOtherGender() {
        Extraction x = extract(
                "Ms. Ilse Varga met Mr. Piet Lind on Monday to discuss the harbour plan.",
                "“We found no agreement on the dredging,” she said.");
        assertEquals("ilse varga", quote(x, "We found no agreement").speakerKey());
    }

    @Test
    void pronounSpeakerIsTheSubjectOfThePreviousSentenceNotTheLastNameInIt() {
        Extraction x = extract(
                "The dispute deepened when the port’s director, Ms. Ilse Varga, rejected a proposal Mr. Piet Lind had made.",
                "“Nobody asked the fishermen,” she said. “Nobody ever does.”");
        ExtractedQuote q = quote(x, "Nobody asked");
        assertEquals("ilse varga", q.speakerKey());
        // The second quotation continues the first around its attribution: one quote in two pieces (issue 12).
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Nobody asked the fishermen … Nobody ever does.", q.text());
        assertEquals(2, q.evidenceSpans().size());
    }

    @Test
    void secondQuotedSentenceContinuesTheSpeaker() {
        Extraction x = extract("“The river is rising,” Jonas Hale told reporters on Friday. “We are ready for it.”");
        ExtractedQuote q = quote(x, "The river is rising");
        assertEquals("jonas hale", q.speakerKey());
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertTrue(q.text().endsWith("… We are ready for it."), q.text()); // one quote in two pieces (issue 12)
    }

    @Test
    void quotedFragmentInReportedSpeechIsPartial() {
        Extraction x = extract(
                "Jonas Hale warned that the cuts would leave the town “without a single working bus” by winter.");
        ExtractedQuote q = quote(x, "without a single working bus");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("jonas hale", q.speakerKey());
        assertEquals("warned", q.cue());
        assertTrue(
                x.quotes().stream().noneMatch(z -> z.kind() == QuoteKind.INDIRECT),
                "a reported clause with a quoted fragment yields the PARTIAL quote only");
    }

    @Test
    void reportedSpeechWithoutMarksIsIndirect() {
        Extraction x = extract(
                "Jonas Hale said that the council would vote on the harbour plan in June.",
                "The vote could be delayed, according to the Lindby Harbour Authority.",
                "Mr. Hale told reporters that he expected a narrow result.");
        ExtractedQuote vote = quote(x, "the council would vote");
        assertEquals(QuoteKind.INDIRECT, vote.kind());
        assertEquals("jonas hale", vote.speakerKey());
        ExtractedQuote delayed = quote(x, "The vote could be delayed");
        assertEquals("lindby harbour authority", delayed.speakerKey());
        ExtractedQuote narrow = quote(x, "he expected a narrow result");
        assertEquals("jonas hale", narrow.speakerKey());
        assertEquals(List.of(), narrow.aboutKeys(), "“he” in reported speech is the speaker, not a subject");
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        Extraction x = extract(
                "The so-called “Blue Corridor” plan was dropped in May.",
                "Critics called it “historic” in the wrong sense, and the council has no “Politburo” of its own.",
                "Residents watched the film “A River Runs Under It” at the town hall.");
        assertTrue(
                x.quotes().stream().noneMatch(q -> q.text().equals("Blue Corridor")),
                x.quotes().toString());
        assertTrue(
                x.quotes().stream().noneMatch(q -> q.text().equals("Politburo")),
                x.quotes().toString());
        assertTrue(
                x.quotes().stream().noneMatch(q -> q.text().startsWith("A River")),
                x.quotes().toString());
        assertTrue(keys(x, EntityType.ORGANIZATION).isEmpty(), x.entities().toString());
        assertTrue(keys(x, EntityType.PERSON).isEmpty(), x.entities().toString());
    }

    @Test
    void acronymsJoinTheirOrganization() {
        Extraction x = extract(
                "The Organization for Fair Trade in Asia said the tariff would hurt farmers.",
                "Officials at the OFTA declined to comment further.",
                "The International Rowing Federation (IRF) suspended the race. The IRF will meet again in May.");
        Set<String> orgs = keys(x, EntityType.ORGANIZATION);
        assertEquals(Set.of("organization for fair trade in asia", "international rowing federation"), orgs);
        ExtractedEntity irf = x.entities().stream()
                .filter(e -> e.key().equals("international rowing federation"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("IRF"), irf.aliases());
        assertEquals(3, irf.mentionCount());
    }

    @Test
    void twoPeopleSharingASurnameStayTwoAndABareSurnameMeansTheLastOneMentioned() {
        Extraction x = extract(
                "Anna Berg, a chemist, founded the company in 2009 with her brother, Thomas Berg.",
                "“We never planned to sell it,” Berg said.",
                "Anna Berg left the board last year. “It was time,” Ms. Berg said.");
        assertEquals(Set.of("anna berg", "thomas berg"), keys(x, EntityType.PERSON));
        assertEquals("thomas berg", quote(x, "We never planned").speakerKey());
        assertEquals("anna berg", quote(x, "It was time").speakerKey());
    }

    @Test
    void honorificAndSurnameLinkToTheFullName() {
        Extraction x = extract(
                "Dr. Amara N. Okonjo leads the study. Ms. Okonjo said the samples were clean.",
                "Okonjo added that more tests would follow.");
        ExtractedEntity p = x.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON)
                .findFirst()
                .orElseThrow();
        assertEquals("amara n okonjo", p.key());
        assertEquals(1, keys(x, EntityType.PERSON).size());
        assertTrue(
                p.aliases().containsAll(List.of("Ms. Okonjo", "Okonjo")),
                p.aliases().toString());
        assertEquals(3, p.mentionCount());
    }

    @Test
    void namesWithParticlesStayWhole() {
        Extraction x = extract(
                "Lotte van der Meer, the mayor of Lindby, opened the bridge.",
                "“It took eleven years,” Ms. van der Meer said.");
        assertEquals(Set.of("lotte van der meer"), keys(x, EntityType.PERSON));
        assertEquals("lotte van der meer", quote(x, "It took eleven years").speakerKey());
    }

    @Test
    void placesAndSentenceStartWordsAreNotPeople() {
        Extraction x = extract(
                "Moments later, Jonas Hale flew from Lisbon to Geneva.",
                "Emboldened, the Lindby Harbour Authority asked Eastern Europe’s ports for help.",
                "Unlike Soviet-era planners, the authority publishes its budget.");
        assertEquals(Set.of("jonas hale"), keys(x, EntityType.PERSON));
        assertEquals(Set.of("lindby harbour authority"), keys(x, EntityType.ORGANIZATION));
    }

    @Test
    void descriptionRefersBackToTheIntroducedPerson() {
        Extraction x = extract(
                "President Mara Lenz of Finland arrived in Oslo on Sunday.",
                "“We came to listen,” the Finnish president said.",
                "The visit was short. Observers said the Finnish leader looked tired.");
        ExtractedQuote q = quote(x, "We came to listen");
        assertEquals("mara lenz", q.speakerKey());
        ExtractedEntity lenz = x.entities().stream()
                .filter(e -> e.key().equals("mara lenz"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, lenz.mentionCount());
        assertEquals("President of Finland", lenz.description());
    }

    @Test
    void possessiveRolesKeepTheOrganizationWhenOneIsNamed() {
        Extraction x = extract(
                "The Halden Institute’s director, Dr. Ilse Varga, disagreed.",
                "Mr. Hale’s spokesman, Piet Roos, declined to comment.");
        assertTrue(
                x.affiliations().contains(new ExtractedAffiliation("ilse varga", "halden institute", "director")),
                x.affiliations().toString());
        assertTrue(
                x.affiliations().contains(new ExtractedAffiliation("piet roos", null, "spokesman")),
                x.affiliations().toString());
    }

    @Test
    void saidOfGivesTheSubjectAndPronounInsideTheQuoteIsNotTheSpeaker() {
        Extraction x = extract(
                "Jonas Hale has run the harbour for a decade.",
                "“He never takes a day off,” said Ilse Varga, his deputy.",
                "“She is right about that,” Mr. Hale said of Ms. Varga.");
        assertEquals(List.of("jonas hale"), quote(x, "He never takes").aboutKeys());
        ExtractedQuote ofVarga = quote(x, "She is right");
        assertEquals("jonas hale", ofVarga.speakerKey());
        assertEquals(List.of("ilse varga"), ofVarga.aboutKeys());
    }

    @Test
    void commentsMentionEntitiesBySurnameAndSpamNeedsALinkAndMoney() {
        List<ParsedComment> comments = List.of(
                new ParsedComment("1", null, "reader1", "Hale is right and the Authority is not."),
                new ParsedComment("1.1", "1", "promo", "Earn $400 per day from home! Visit www.example-cash.ga now"),
                new ParsedComment("2", null, "reader2", "See https://lindby.example.org/budget for the numbers."),
                new ParsedComment("3", null, "reader3", "The budget is $4 million, a lot of income for one town."));
        Extraction x = extractor.extract(articleWithComments(
                comments,
                "Jonas Hale, the chairman of the Lindby Harbour Authority (LHA), said the port would stay open."));
        CommentFacts first = x.comments().get(0);
        assertEquals(
                List.of("jonas hale", "lindby harbour authority"),
                first.mentionKeys(),
                "a surname alone, and “the Authority” for the one authority of the article");
        assertTrue(x.comments().get(1).spam());
        assertFalse(x.comments().get(2).spam(), "a link alone is not spam");
        assertFalse(x.comments().get(3).spam(), "money talk alone is not spam");
        assertFalse(first.spam());
    }

    @Test
    void indirectSpeechOfUnnamedPeopleHasNoSpeakerAndPassiveHasNone() {
        Extraction x = extract("Analysts said that the harbour would need dredging within two years.");
        ExtractedQuote q = quote(x, "the harbour would need dredging");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertNull(q.speakerKey());
        assertTrue(extract("It was said that the harbour would close.").quotes().isEmpty());
    }

    @Test
    void straightQuotesAndDoubleApostropheClosingWork() {
        Extraction x = extract(
                "\"The ferry will run all winter,\" said Jonas Hale.",
                "“The ice is thin this year,’’ Ilse Varga said.");
        assertEquals("jonas hale", quote(x, "The ferry will run").speakerKey());
        ExtractedQuote ice = quote(x, "The ice is thin this year");
        assertEquals("ilse varga", ice.speakerKey());
        assertEquals("The ice is thin this year", ice.text());
    }

    @Test
    void kindNounsReferBackToTheNamedOrganization() {
        Extraction x = extract(
                "The Lindby Dockworkers Union called a strike on Monday.",
                "The union’s president, Agnes Morrow, said the strike would last a week.",
                "Corwen Shipping said that it regretted the stoppage. Its chief executive, Paul Dray, declined to comment.",
                "The company said no ships had been diverted.");
        assertTrue(
                x.affiliations()
                        .contains(new ExtractedAffiliation("agnes morrow", "lindby dockworkers union", "president")),
                x.affiliations().toString());
        assertTrue(
                x.affiliations().contains(new ExtractedAffiliation("paul dray", "corwen shipping", "chief executive")),
                x.affiliations().toString());
        assertEquals("corwen shipping", quote(x, "no ships had been diverted").speakerKey());
    }

    @Test
    void termsAfterSoCalledOrANamingVerbAndTitlesAreNotQuotes() {
        Extraction x = extract(
                "The so-called “efficiency plan” was drafted by consultants, Jonas Hale said.",
                "Fans had long called it “the Curse of the Pier,” and a process engineers call “silting” did the rest.",
                "The exhibition’s title, “Night Harbour,” was chosen by the curator, Ilse Varga, who said it fit.",
                "Ms. Varga called the show “a letter to the river.”");
        List<String> texts = x.quotes().stream().map(ExtractedQuote::text).toList();
        assertFalse(texts.contains("efficiency plan"), texts.toString());
        assertFalse(texts.contains("the Curse of the Pier"), texts.toString());
        assertFalse(texts.contains("silting"), texts.toString());
        assertFalse(texts.contains("Night Harbour"), texts.toString());
        ExtractedQuote letter = quote(x, "a letter to the river");
        assertEquals(QuoteKind.PARTIAL, letter.kind(), "a naming verb with an object before the marks quotes someone");
        assertEquals("ilse varga", letter.speakerKey());
    }

    @Test
    void aQuotationThatOpensASentenceWhichGoesOnIsPartial() {
        Extraction x = extract("“We need more ferries” before the summer, Jonas Hale said on Friday.");
        ExtractedQuote q = quote(x, "We need more ferries");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("jonas hale", q.speakerKey());
    }

    @Test
    void reportedSpeechVariants() {
        Extraction x = extract(
                "Councilwoman Grace Abiola told me the council had never asked for a study.",
                "According to a person familiar with the talks, the port will reopen on Monday.",
                "In an interview, Ms. Abiola called the plan “rushed” and said she would vote against it.",
                "Jonas Hale promised an extra ferry for the winter.");
        assertEquals("grace abiola", quote(x, "the council had never asked").speakerKey());
        ExtractedQuote familiar = quote(x, "the port will reopen on Monday");
        assertNull(familiar.speakerKey(), "an unnamed source speaks, but is nobody we know");
        assertEquals("grace abiola", quote(x, "she would vote against it").speakerKey());
        assertTrue(
                x.quotes().stream().noneMatch(q -> q.text().contains("extra ferry")),
                "“promised an extra ferry” reports no clause");
    }

    @Test
    void relativeClauseBetweenVerbAndQuotationHasItsOwnSpeaker() {
        Extraction x = extract(
                "Karl Varga said he had shown the paintings to a dealer, who dismissed them as “too dark to sell.”");
        ExtractedQuote q = quote(x, "too dark to sell");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertNull(q.speakerKey(), "the unnamed dealer said it, not Karl Varga");
    }

    @Test
    void givenNamesTellMrFromMsWhenTwoPeopleShareASurname() {
        Extraction x = extract(
                "Edmund Rask designed the school in 1975. His daughter, Clara Rask, runs the practice now.",
                "Mr. Rask once said that light mattered more than heat.",
                "“He never really retired,” Ms. Rask said.");
        assertEquals("edmund rask", quote(x, "light mattered more than heat").speakerKey());
        ExtractedQuote retired = quote(x, "He never really retired");
        assertEquals("clara rask", retired.speakerKey());
        assertEquals(List.of("edmund rask"), retired.aboutKeys());
    }

    @Test
    void aTitleCaseHeadlineOnlyRecognisesNamesTheBodyIntroduces() {
        ParsedArticle a = new ParsedArticle(
                "Hale Says Ferry Plan Will Sink Without Help From Brightwater Group",
                "Even the Lindby Harbour Authority is unsure what comes next",
                "Jonas Hale, the mayor of Lindby, spoke on Monday.",
                List.of("Jonas Hale, the mayor of Lindby, spoke on Monday."),
                List.of(),
                null,
                List.of());
        Extraction x = extractor.extract(a);
        assertEquals(Set.of("jonas hale"), keys(x, EntityType.PERSON));
        assertEquals(
                Set.of("lindby harbour authority"),
                keys(x, EntityType.ORGANIZATION),
                "the sentence-case subtitle names an organization; the Title Case headline discovers none");
        ExtractedEntity hale = x.entities().stream()
                .filter(e -> e.key().equals("jonas hale"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, hale.mentionCount(), "the headline's “Hale” counts");
    }

    @Test
    void commentsNameByFirstNameAndByTheLastWordOfATeam() {
        List<ParsedComment> comments = List.of(
                new ParsedComment("1", null, "fan", "Darnell deserved better. The Comets will be back."),
                new ParsedComment("2", null, "other", "Rask was a genius."));
        Extraction x = extractor.extract(
                articleWithComments(
                        comments,
                        "The Calder City Comets lost the final. Darnell Reyes scored 20 points.",
                        "Edmund Rask, the architect, designed the arena. Mr. Rask died in May. Clara Rask, his daughter, spoke."));
        assertEquals(
                List.of("darnell reyes", "calder city comets"),
                x.comments().get(0).mentionKeys());
        assertEquals(List.of("edmund rask"), x.comments().get(1).mentionKeys(), "the Rask the article is about");
    }

    @Test
    void emptyArticleGivesEmptyExtraction() {
        Extraction x = extract("");
        assertTrue(x.entities().isEmpty());
        assertTrue(x.quotes().isEmpty());
        assertTrue(extractor.extract(null).entities().isEmpty());
        assertNotNull(x.comments());
    }
}
