package io.whosaid.ingest.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void namesOfOnePersonShareAKeyAcrossArticles() {
        assertEquals("donald trump", Ids.personKey("Donald J. Trump"));
        assertEquals("donald trump", Ids.personKey("Donald Trump"));
        assertEquals("donald trump", Ids.personKey("Mr. Donald Trump"));
        assertEquals("vladimir putin", Ids.personKey("Vladimir V. Putin"));
        assertEquals("george bush", Ids.personKey("George H. W. Bush"));
        assertEquals("kim jong un", Ids.personKey("Kim Jong-un"));
        assertEquals("jose alvarez", Ids.personKey("José Álvarez"));
    }

    @Test
    void suffixesDifferentFirstNamesAndBareSurnamesStayApart() {
        assertNotEquals(Ids.personKey("Donald Trump"), Ids.personKey("Donald Trump Jr."));
        assertEquals("donald trump jr", Ids.personKey("Donald J. Trump Jr."));
        assertNotEquals(Ids.personKey("Donald Trump"), Ids.personKey("Eric Trump"));
        assertEquals("trump", Ids.personKey("Trump"), "a surname alone is never merged with a full name");
        assertEquals("ms ostby", Ids.personKey("Ms. Ostby"), "a courtesy title with a surname only is kept whole");
    }
}
