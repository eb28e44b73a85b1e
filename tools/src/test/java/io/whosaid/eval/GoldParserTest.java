package io.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.extract.EntityType;
import io.whosaid.ingest.extract.QuoteKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoldParserTest {

    private static final String SAMPLE = """
            # a comment line, then a blank one

            PERSON|Agnes Toivonen|Ms. Toivonen;Toivonen
            PERSON|Henrik Saale|
            ORG|Northern Terminal Operators Association|NTOA
            QUOTE|DIRECT|Ms. Toivonen|We have been patient for eleven months|
            QUOTE|PARTIAL|Henrik Saale|a fair and generous package.|about:NTOA;Agnes Toivonen
            QUOTE|INDIRECT|-|the dispute reflected a wider fight
            ROLE|Henrik Saale|chief negotiator|NTOA
            ROLE|Agnes Toivonen|president|-
            MENTION|3.1|Toivonen
            SPAM|2
            NOTQUOTE|iron giraffes
            """;

    @Test
    void readsEveryRecordTypeAndStoresReferencesByCanonicalName() {
        GoldFile gold = GoldParser.parse(SAMPLE);

        assertEquals(3, gold.entities().size());
        GoldEntity toivonen = gold.entities().get(0);
        assertEquals(EntityType.PERSON, toivonen.type());
        assertEquals(List.of("Ms. Toivonen", "Toivonen"), toivonen.aliases());
        assertEquals(List.of(), gold.entities().get(1).aliases());
        assertEquals(EntityType.ORGANIZATION, gold.entities().get(2).type());

        assertEquals(3, gold.quotes().size());
        GoldQuote direct = gold.quotes().get(0);
        assertEquals(QuoteKind.DIRECT, direct.kind());
        assertEquals("Agnes Toivonen", direct.speaker(), "an alias resolves to the canonical name");
        assertEquals("We have been patient for eleven months", direct.text());
        assertEquals(List.of(), direct.about());
        assertEquals(
                List.of("Northern Terminal Operators Association", "Agnes Toivonen"),
                gold.quotes().get(1).about());
        GoldQuote indirect = gold.quotes().get(2);
        assertEquals(QuoteKind.INDIRECT, indirect.kind());
        assertNull(indirect.speaker(), "'-' means no named speaker");

        assertEquals(
                new GoldRole("Henrik Saale", "chief negotiator", "Northern Terminal Operators Association"),
                gold.roles().get(0));
        assertNull(gold.roles().get(1).organization());
        assertEquals(List.of(new GoldMention("3.1", "Agnes Toivonen")), gold.mentions());
        assertEquals(Set.of("2"), gold.spamComments());
        assertEquals(List.of("iron giraffes"), gold.notQuotes());
    }

    @Test
    void aReferenceToAnUndeclaredEntityNamesItsLine() {
        GoldFormatException e = assertThrows(
                GoldFormatException.class,
                () -> GoldParser.parse(
                        "PERSON|Agnes Toivonen|\nQUOTE|DIRECT|Agnes Toivonen|fine|\nQUOTE|DIRECT|Mr. Saale|text|"));
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
        assertTrue(e.getMessage().contains("Mr. Saale"), e.getMessage());
    }

    @Test
    void anAliasSharedByTwoPeopleCannotNameASpeaker() {
        String twoFelds = "PERSON|Tomas Feld|Feld\nPERSON|Elin Feld|Feld\nQUOTE|DIRECT|Feld|Every time|";
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldParser.parse(twoFelds));
        assertTrue(e.getMessage().contains("could mean any of"), e.getMessage());
    }

    @Test
    void aRoleMustNameAPersonAndAnOrganizationOfTheRightType() {
        assertThrows(
                GoldFormatException.class,
                () -> GoldParser.parse("PERSON|Ann Lee|\nORG|Acme Works|\nROLE|Acme Works|director|Ann Lee"));
    }

    @Test
    void readsOtherRecordsUnnamedSourcesAndSplitQuotes() {
        GoldFile gold = GoldParser.parse("""
                PERSON|Mara Ostby|Ostby
                OTHER|White House|place
                OTHER|United States|place|U.S.;US
                QUOTE|DIRECT|Ostby|We will not wait, // We have waited long enough.|about:Mara Ostby
                QUOTE|INDIRECT|~two people familiar with the talks|the deal was close
                """);

        assertEquals(
                List.of(
                        new GoldOther("White House", "place", List.of()),
                        new GoldOther("United States", "place", List.of("U.S.", "US"))),
                gold.others());
        assertEquals(1, gold.entities().size(), "OTHER records are not people or organizations");

        GoldQuote split = gold.quotes().get(0);
        assertEquals("Mara Ostby", split.speaker());
        assertNull(split.unnamedSource());
        assertEquals(List.of("We will not wait,", "We have waited long enough."), split.pieces());

        GoldQuote unnamed = gold.quotes().get(1);
        assertNull(unnamed.speaker(), "an unnamed source is not a named speaker");
        assertEquals("two people familiar with the talks", unnamed.unnamedSource());
        assertEquals(List.of("the deal was close"), unnamed.pieces());
    }

    @Test
    void rejectsMalformedOtherRecordsUnnamedSourcesAndPieces() {
        assertThrows(GoldFormatException.class, () -> GoldParser.parse("OTHER|White House"));
        assertThrows(GoldFormatException.class, () -> GoldParser.parse("OTHER|White House||"));
        assertThrows(GoldFormatException.class, () -> GoldParser.parse("QUOTE|DIRECT|~|text|"));
        assertThrows(GoldFormatException.class, () -> GoldParser.parse("QUOTE|DIRECT|-|A, // // B.|"));
        assertThrows(GoldFormatException.class, () -> GoldParser.parse("QUOTE|DIRECT|-|A, //|"));
        GoldFormatException e = assertThrows(
                GoldFormatException.class,
                () -> GoldParser.parse("OTHER|White House|place\nQUOTE|DIRECT|White House|text|"));
        assertTrue(e.getMessage().contains("White House"), "an OTHER name cannot be a speaker: " + e.getMessage());
    }

    @Test
    void rejectsMalformedLines() {
        assertThrows(GoldFormatException.class, () -> GoldParser.parse("QUOTE|SAID|-|text|"));
        assertThrows(
                GoldFormatException.class,
                () -> GoldParser.parse("PERSON|Ann Lee|\nQUOTE|DIRECT|Ann Lee|text|who:Ann Lee"));
        assertThrows(GoldFormatException.class, () -> GoldParser.parse("SPAM|third"));
        assertThrows(GoldFormatException.class, () -> GoldParser.parse("PERSON|Ann Lee|\nPERSON|Ann Lee|"));
        assertThrows(GoldFormatException.class, () -> GoldParser.parse("QUOTE|DIRECT|-||"));
        assertThrows(GoldFormatException.class, () -> GoldParser.parse("ENTITY|Ann Lee|"));
    }
}
