package io.whosaid.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.whosaid.ingest.fetch.FetchRefusedException.Reason;
import io.whosaid.support.LocalPages;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fetcher against a real local HTTP server; loopback allowed where a test fetches, refused by default. */
class PageFetcherTest {

    private static final int MAX_BYTES = 1_000_000;
    private static Vertx vertx;
    private static LocalPages pages;
    private static PageFetcher loopbackAllowed;
    private static PageFetcher byDefault;
    private static PageFetcher impatient;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        pages = new LocalPages();
        // Generous limits: a busy machine's first connection can take seconds (Netty warming up).
        loopbackAllowed = new PageFetcher(vertx, new AddressPolicy(true), MAX_BYTES, 3, Duration.ofSeconds(15));
        byDefault = new PageFetcher(vertx, new AddressPolicy(false), MAX_BYTES, 3, Duration.ofSeconds(15));
        impatient = new PageFetcher(vertx, new AddressPolicy(true), MAX_BYTES, 3, Duration.ofSeconds(1));
    }

    @AfterAll
    static void stop() {
        pages.close();
        vertx.close();
    }

    private static Reason refusal(PageFetcher fetcher, String url) {
        return assertThrows(FetchRefusedException.class, () -> fetcher.fetch(url), url)
                .reason();
    }

    @Test
    void fetchesAPageWithItsCharset() {
        FetchedPage page = loopbackAllowed.fetch(pages.url("/pages/wordpress-repost.html"));
        assertEquals(pages.url("/pages/wordpress-repost.html"), page.url());
        assertEquals("utf-8", page.charset());
        assertTrue(
                new String(page.body(), StandardCharsets.UTF_8).contains("Port Commission Rejects Night Ferry Plan"));
    }

    @Test
    void gzipIsDecompressed() {
        assertTrue(new String(loopbackAllowed.fetch(pages.url("/gzip")).body(), StandardCharsets.UTF_8)
                .contains("Orrin Flats"));
    }

    @Test
    void redirectsAreFollowedAndBounded() {
        FetchedPage page = loopbackAllowed.fetch(pages.url("/redirect/2"));
        assertEquals(pages.url("/pages/wordpress-repost.html"), page.url(), "the address it was finally found at");
        assertEquals(Reason.TOO_MANY_REDIRECTS, refusal(loopbackAllowed, pages.url("/redirect/3")), "four redirects");
        assertEquals(Reason.TOO_MANY_REDIRECTS, refusal(loopbackAllowed, pages.url("/loop")));
    }

    @Test
    void everyRedirectIsCheckedAgain() {
        assertEquals(Reason.ADDRESS_NOT_ALLOWED, refusal(loopbackAllowed, pages.url("/to-unspecified")));
        assertEquals(Reason.SCHEME_NOT_ALLOWED, refusal(loopbackAllowed, pages.url("/to-file")));
    }

    @Test
    void sizeAndTimeAreLimited() {
        assertEquals(Reason.TOO_LARGE, refusal(loopbackAllowed, pages.url("/endless")), "counted as it arrives");
        assertEquals(
                Reason.TOO_LARGE, refusal(loopbackAllowed, pages.url("/declared-huge")), "refused on Content-Length");
        long begun = System.nanoTime();
        assertEquals(Reason.TIMEOUT, refusal(impatient, pages.url("/slow")));
        assertTrue(
                System.nanoTime() - begun < Duration.ofSeconds(15).toNanos(),
                "gave up at the limit, not when the server answered");
    }

    @Test
    void errorsAndNonPagesFail() {
        assertEquals(Reason.FAILED, refusal(loopbackAllowed, pages.url("/missing")));
        assertEquals(Reason.FAILED, refusal(loopbackAllowed, pages.url("/image")));
        assertEquals(Reason.FAILED, refusal(loopbackAllowed, "http://no-such-host.invalid/"));
    }

    @Test
    void theDefaultRefusesEveryNonPublicAddressBeforeConnecting() {
        for (String url : List.of(
                pages.url("/pages/wordpress-repost.html"),
                "http://localhost:" + pages.port() + "/",
                "http://[::1]:" + pages.port() + "/",
                "http://10.1.2.3/",
                "http://172.16.0.1/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://0.0.0.0/",
                "http://100.64.0.1/",
                "http://[::ffff:127.0.0.1]/",
                "http://[64:ff9b::7f00:1]/",
                "http://[2002:7f00:1::]/",
                "http://[fd00::1]/",
                "http://[fe80::1]/",
                "http://224.0.0.1/",
                "http://2130706433/")) {
            assertEquals(Reason.ADDRESS_NOT_ALLOWED, refusal(byDefault, url), url);
        }
        for (String url : List.of(
                "file:///etc/passwd",
                "ftp://example.com/a",
                "gopher://127.0.0.1/",
                "jar:http://x!/",
                "//example.com/a",
                "not a url",
                "http://0x7f.1/",
                "http://user:secret@example.com/")) {
            assertEquals(Reason.SCHEME_NOT_ALLOWED, refusal(byDefault, url), url);
        }
    }

    @Test
    void publicAddressesAreAllowed() throws Exception {
        AddressPolicy policy = new AddressPolicy(false);
        assertNull(policy.refusal(InetAddress.getByName("93.184.215.14")));
        assertNull(policy.refusal(InetAddress.getByName("2606:4700::6810:84e5")));
        assertNotNull(policy.refusal(InetAddress.getByName("127.0.0.1")));
        assertNull(new AddressPolicy(true).refusal(InetAddress.getByName("127.0.0.1")), "allowed when configured");
        assertNotNull(new AddressPolicy(true).refusal(InetAddress.getByName("224.0.0.1")), "multicast never");
    }
}
