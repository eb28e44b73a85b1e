package io.whosaid.api.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests per second for each client: a token bucket per API key or token subject, or per remote address for
 * callers without one, which get the smaller rate. A client over its rate gets HTTP 429 and {@code RATE_LIMITED}
 * at once, before anything is parsed further or run; it may send again after about a second.
 *
 * <p>Behind a reverse proxy every anonymous caller has the proxy's address unless Quarkus is told to trust the
 * forwarded one ({@code quarkus.http.proxy.proxy-address-forwarding=true}).
 */
@ApplicationScoped
public class RateLimiter {

    /** Buckets idle this long are full again, so they are dropped when the table grows. */
    private static final long IDLE_NANOS = 60_000_000_000L;

    private static final int SWEEP_ABOVE = 10_000;

    private final double anonymousPerSecond;
    private final double keyedPerSecond;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(
            @ConfigProperty(name = "whosaid.api.anonymous-rate-limit", defaultValue = "50") double anonymousPerSecond,
            @ConfigProperty(name = "whosaid.api.rate-limit", defaultValue = "500") double keyedPerSecond) {
        if (anonymousPerSecond <= 0 || keyedPerSecond <= 0) {
            throw new IllegalArgumentException("Rate limits must be positive");
        }
        this.anonymousPerSecond = anonymousPerSecond;
        this.keyedPerSecond = keyedPerSecond;
    }

    /**
     * Takes one request from the client's bucket.
     *
     * @param client    the key or subject's name, or the remote address
     * @param anonymous whether the caller has no credential
     * @return whether the request may go on
     */
    public boolean admit(String client, boolean anonymous) {
        double rate = anonymous ? anonymousPerSecond : keyedPerSecond;
        long now = System.nanoTime();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_NANOS);
        }
        // Separate tables in one map: an anonymous address can never drain a key's bucket, or the reverse.
        return buckets.computeIfAbsent((anonymous ? "address:" : "key:") + client, k -> new Bucket(rate, now))
                .take(now);
    }

    public double rate(boolean anonymous) {
        return anonymous ? anonymousPerSecond : keyedPerSecond;
    }

    /** Holds up to one second's worth of requests (the burst); refills at the rate. */
    static final class Bucket {
        private final double rate;
        private double tokens;
        private long updatedNanos;

        Bucket(double rate, long now) {
            this.rate = rate;
            this.tokens = rate;
            this.updatedNanos = now;
        }

        synchronized boolean take(long now) {
            tokens = Math.min(rate, tokens + (now - updatedNanos) / 1e9 * rate);
            updatedNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized long idleSince(long now) {
            return now - updatedNanos;
        }
    }
}
