package io.whosaid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.graph.SearchQuery.InvalidSearchException;
import io.whosaid.graph.SearchQuery.Kind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The search language, read by Lucene's syntax parser and written back as the whitelist allows. */
class SearchQueryTest {

    @Test
    void wordsSideBySideMustAllOccurAndOrBindsTighter() {
        assertEquals("(putin AND talks)", SearchQuery.parse("Putin talks").lucene());
        assertEquals("(putin AND talks)", SearchQuery.parse("Putin AND talks").lucene());
        assertEquals(
                "(putin AND (talks OR negotiations))",
                SearchQuery.parse("putin talks OR negotiations").lucene());
        assertEquals(
                "((a1 OR b1) AND (c1 OR d1))",
                SearchQuery.parse("a1 OR b1 c1 OR d1").lucene());
    }

    @Test
    void phrasesPrefixesAndExclusions() {
        SearchQuery query = SearchQuery.parse("\"Vladimir Putin\" Volt* -Kremlin");
        assertEquals("(\"vladimir putin\" AND volt* AND NOT kremlin)", query.lucene());
        assertEquals(List.of("vladimir", "putin", "kremlin"), query.terms());
        assertEquals(List.of("volt"), query.prefixes());
        // a word the analyzer cuts in two is a phrase, as the index holds it
        assertEquals("\"e mail\"", SearchQuery.parse("e-mail").lucene());
        // an escaped special character is text: the analyzer keeps what the index keeps of it
        assertEquals("(c AND rust)", SearchQuery.parse("c\\+\\+ rust").lucene());
        assertEquals("(o'neill AND u.s)", SearchQuery.parse("O'Neill U.S.").lucene());
    }

    @Test
    void typeChoosesKinds() {
        SearchQuery people = SearchQuery.parse("type:person putin");
        assertEquals(Set.of(Kind.PERSON), people.kinds());
        assertEquals("putin", people.lucene());
        assertEquals(
                Set.of(Kind.PERSON, Kind.ORGANIZATION),
                SearchQuery.parse("type:(person OR organization) nato").kinds());
        assertEquals(Set.of(Kind.values()), Set.copyOf(SearchQuery.parse("nato").kinds()));
        assertEquals(Set.of(Kind.QUOTE), SearchQuery.parse("TYPE:Quote gas").kinds());
    }

    @Test
    void refusesWhatTheLanguageDoesNotHave() {
        for (String bad : List.of(
                "a*",
                "ab*",
                "te?t",
                "a*b",
                "x~2",
                "putin^3",
                "[a TO b]",
                "/re.*/",
                "name:putin",
                "type:comment x",
                "type:person type:quote x",
                "putin OR type:person",
                "type:person",
                "-putin",
                "NOT putin",
                "putin OR -talks",
                "\"unclosed",
                "(open",
                "Quell AND (ferry OR *) ~ \"",
                "AND",
                "!!!")) {
            InvalidSearchException e = assertThrows(InvalidSearchException.class, () -> SearchQuery.parse(bad), bad);
            assertTrue(!e.getMessage().isBlank(), bad);
        }
    }

    @Test
    void limitsTheNumberOfWords() {
        String many = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16";
        assertEquals(16, SearchQuery.parse(many).terms().size());
        assertThrows(InvalidSearchException.class, () -> SearchQuery.parse(many + " w17"));
        assertThrows(InvalidSearchException.class, () -> SearchQuery.parse("\"" + many + " w17\""));
    }
}
