package io.whosaid.api.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The per-client rate, on its own. */
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
}
