package io.whosaid.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The byte budget of an answer, on its own. */
class BoundedJsonTest {

    @Test
    void anAnswerIsWrittenUpToItsBudgetAndNoFurther() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("data", Map.of("articles", List.of(Map.of("text", "x".repeat(1000)), Map.of("text", "é ✓"))));
        Buffer expected = Json.encodeToBuffer(data);
        assertEquals(
                expected.toString(), BoundedJson.encode(data, expected.length()).toString(), "the same JSON");
        assertThrows(BoundedJson.TooLarge.class, () -> BoundedJson.encode(data, expected.length() - 1));
        assertThrows(BoundedJson.TooLarge.class, () -> BoundedJson.encode(data, 100));
        assertTrue(BoundedJson.over(expected, expected.length() - 1));
        assertFalse(BoundedJson.over(expected, expected.length()));
    }
}
