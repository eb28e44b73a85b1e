package io.whosaid.ingest.fetch;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.whosaid.ingest.fetch.FetchRefusedException.Reason;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches a web page on a client's behalf, guarded against server-side request forgery: http and https only; the
 * host is resolved here and every address it resolves to is checked ({@link AddressPolicy}); the connection goes to
 * the checked address (the HTTP client is told which, so it cannot resolve the name again and be pointed elsewhere);
 * each redirect is a new URL checked the same way, at most {@code maxRedirects} of them; the page may not be larger
 * than {@code maxBytes} (decompressed, counted as it arrives) and the whole fetch may not take longer than
 * {@code timeout}. Blocks the calling thread, which must not be an event loop.
 */
public final class PageFetcher {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");
    private static final String USER_AGENT = "WhoSaid/0.1 (+https://github.com/whosaid; news ingest)";

    private final HttpClient client;
    private final AddressPolicy policy;
    private final int maxBytes;
    private final int maxRedirects;
    private final Duration timeout;

    public PageFetcher(Vertx vertx, AddressPolicy policy, int maxBytes, int maxRedirects, Duration timeout) {
        this.policy = policy;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.timeout = timeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setDecompressionSupported(true)
                .setVerifyHost(true)
                .setTrustAll(false)
                .setMaxHeaderSize(16 * 1024)
                .setKeepAlive(false)
                .setConnectTimeout((int) Math.min(timeout.toMillis(), Integer.MAX_VALUE)));
    }

    public FetchedPage fetch(String url) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = checkedUri(url);
        for (int redirects = 0; ; redirects++) {
            Target target = resolve(uri);
            Answer answer = get(uri, target, deadline);
            if (answer.location() == null) {
                return new FetchedPage(uri.toString(), answer.body(), answer.charset());
            }
            if (redirects == maxRedirects) {
                throw new FetchRefusedException(
                        Reason.TOO_MANY_REDIRECTS,
                        "more than " + maxRedirects + " redirects, the last to " + answer.location());
            }
            try {
                uri = checkedUri(uri.resolve(answer.location()).toString());
            } catch (IllegalArgumentException e) {
                throw new FetchRefusedException(
                        Reason.FAILED, "the server redirected to an invalid URL: " + answer.location());
            }
        }
    }

    private static URI checkedUri(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchRefusedException(Reason.SCHEME_NOT_ALLOWED, "not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new FetchRefusedException(
                    Reason.SCHEME_NOT_ALLOWED,
                    "only absolute http and https URLs are fetched, not "
                            + (scheme.isEmpty() ? "\"" + url + "\"" : scheme + ":"));
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchRefusedException(
                    Reason.SCHEME_NOT_ALLOWED, "URLs with a user name or password are not fetched");
        }
        return uri;
    }

    private record Target(String host, InetAddress address, int port, boolean ssl) {}

    /** Resolves the host and checks every address it has: one refused address refuses the URL. */
    private Target resolve(URI uri) {
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new FetchRefusedException(Reason.FAILED, "the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            String refusal = policy.refusal(address);
            if (refusal != null) {
                throw new FetchRefusedException(
                        Reason.ADDRESS_NOT_ALLOWED,
                        host + " resolves to " + address.getHostAddress() + ", a " + refusal
                                + " address, which is not fetched");
            }
        }
        boolean ssl = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : ssl ? 443 : 80;
        return new Target(bare, addresses[0], port, ssl);
    }

    /** @param location where the server redirects to, or null when it answered with the page */
    private record Answer(String location, byte[] body, String charset) {}

    private Answer get(URI uri, Target target, long deadline) {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
            throw timeout();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(
                        target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.ssl())
                .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(remaining)
                .setIdleTimeout(remaining)
                .putHeader(HttpHeaders.USER_AGENT, USER_AGENT)
                .putHeader(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                .putHeader(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate");
        Future<Answer> answer =
                client.request(request).compose(req -> req.send().compose(response -> read(uri, response)));
        try {
            return answer.toCompletionStage().toCompletableFuture().get(remaining, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw timeout();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchRefusedException(Reason.FAILED, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FetchRefusedException refused) {
                throw refused;
            }
            String why = e.getCause() == null ? e.toString() : e.getCause().getMessage();
            if (e.getCause() != null && e.getCause().getClass().getSimpleName().contains("Timeout")) {
                throw timeout();
            }
            throw new FetchRefusedException(Reason.FAILED, "could not fetch " + uri + ": " + why);
        }
    }

    private FetchRefusedException timeout() {
        return new FetchRefusedException(
                Reason.TIMEOUT, "the page did not arrive within " + timeout.toSeconds() + " s");
    }

    private Future<Answer> read(URI uri, HttpClientResponse response) {
        // Closing a connection we refuse to read on is expected here, not an error for Vert.x to log.
        response.exceptionHandler(ignored -> {});
        int status = response.statusCode();
        if (status >= 300 && status < 400 && response.getHeader(HttpHeaders.LOCATION) != null) {
            String location = response.getHeader(HttpHeaders.LOCATION);
            return response.end()
                    .map(ignored -> new Answer(location, null, null))
                    .recover(ignored -> Future.succeededFuture(new Answer(location, null, null)));
        }
        if (status < 200 || status >= 300) {
            response.request().connection().close();
            return Future.failedFuture(new FetchRefusedException(Reason.FAILED, uri + " answered HTTP " + status));
        }
        String contentType = response.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null
                && !contentType
                        .toLowerCase(Locale.ROOT)
                        .matches("\\s*(text/html|application/xhtml\\+xml|text/plain)\\b.*")) {
            response.request().connection().close();
            return Future.failedFuture(new FetchRefusedException(
                    Reason.FAILED, uri + " is not a web page (Content-Type " + contentType + ")"));
        }
        String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
            response.request().connection().close();
            return Future.failedFuture(tooLarge());
        }
        Promise<Answer> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (body.length() + chunk.length() > maxBytes) {
                if (promise.tryFail(tooLarge())) {
                    response.request().connection().close();
                }
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(promise::tryFail);
        response.endHandler(ignored -> promise.tryComplete(new Answer(null, body.getBytes(), charset(contentType))));
        return promise.future();
    }

    private FetchRefusedException tooLarge() {
        return new FetchRefusedException(Reason.TOO_LARGE, "the page is larger than " + maxBytes + " bytes");
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }
}
