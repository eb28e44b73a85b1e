package io.whosaid.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record's components become a parameter map under their own names, the same on every call. */
class RecordParametersTest {

    record Row(String id, int count, List<String> names, String missing) {}

    record Other(String id, boolean flag) {}

    @Test
    void eachComponentIsAnEntryUnderItsName() {
        Map<String, Object> expected = new HashMap<>();
        expected.put("id", "row-1");
        expected.put("count", 3);
        expected.put("names", List.of("a", "b"));
        expected.put("missing", null);
        assertEquals(expected, RecordParameters.of(new Row("row-1", 3, List.of("a", "b"), null)));
    }

    @Test
    void everyCallReadsItsOwnRowAndGivesANewMap() {
        Map<String, Object> first = RecordParameters.of(new Row("first", 1, List.of(), null));
        Map<String, Object> second = RecordParameters.of(new Row("second", 2, List.of("x"), "m"));
        assertEquals("first", first.get("id"));
        assertEquals(Map.of("id", "second", "count", 2, "names", List.of("x"), "missing", "m"), second);
        assertNotSame(first, second);
        assertEquals(List.of(Map.of("id", "o", "flag", true)), RecordParameters.of(List.of(new Other("o", true))));
    }
}
