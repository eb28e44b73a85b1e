package io.whosaid.api.security;

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

/** The per-client rate and the byte budget of an answer, on their own. */
class RateLimiterTest {

    @Test
    void eachClientHasItsOwnBucketAndAnonymousOnesAreSmaller() {
        RateLimiter limiter = new RateLimiter(5, 20);
        int admitted = 0;
        for (int i = 0; i < 10; i++) {
            admitted += limiter.admit("10.0.0.1", true) ? 1 : 0;
        }
        assertEquals(5, admitted, "a second's worth at once, then refused");
        assertTrue(limiter.admit("10.0.0.2", true), "another address has its own bucket");
        assertTrue(limiter.admit("10.0.0.1", false), "a key named like an address is not that address");
        int keyed = 1;
        while (limiter.admit("10.0.0.1", false)) {
            keyed++;
        }
        assertEquals(20, keyed);
    }

    @Test
    void theBucketRefillsAtItsRate() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(10, 10);
        while (limiter.admit("client", true)) {
            // drain it
        }
        assertFalse(limiter.admit("client", true));
        Thread.sleep(250);
        assertTrue(limiter.admit("client", true), "about 2.5 requests came back in 250 ms");
    }

    @Test
    void anAnswerIsWrittenUpToItsBudgetAndNoFurther() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("data", Map.of("articles", List.of(Map.of("text", "x".repeat(1000)), Map.of("text", "é ✓"))));
        Buffer expected = Json.encodeToBuffer(data);
        assertEquals(expected.toString(), BoundedJson.encode(data, expected.length()).toString(), "the same JSON");
        assertThrows(BoundedJson.TooLarge.class, () -> BoundedJson.encode(data, expected.length() - 1));
        assertThrows(BoundedJson.TooLarge.class, () -> BoundedJson.encode(data, 100));
        assertTrue(BoundedJson.over(expected, expected.length() - 1));
        assertFalse(BoundedJson.over(expected, expected.length()));
    }
}
