package io.whosaid.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * A small real HTTP server on 127.0.0.1 and a free port, serving the test pages and the awkward answers a fetcher
 * must survive: redirects, a redirect loop, a page without end, a slow page, errors, an image, gzip.
 */
public final class LocalPages implements AutoCloseable {

    private final HttpServer server;

    public LocalPages() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** http://127.0.0.1:PORT + path */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.startsWith("/pages/")) {
                send(
                        exchange,
                        200,
                        "text/html; charset=utf-8",
                        Pages.read(path.substring("/pages/".length())).getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/gzip")) {
                byte[] page = Pages.read("newspaper-jsonld.html").getBytes(StandardCharsets.UTF_8);
                java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write(page);
                }
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                send(exchange, 200, "text/html", zipped.toByteArray());
            } else if (path.startsWith("/redirect/")) {
                // /redirect/N goes to /redirect/N-1 ... /redirect/0 goes to the WordPress page
                int n = Integer.parseInt(path.substring("/redirect/".length()));
                redirect(exchange, n == 0 ? "/pages/wordpress-repost.html" : "/redirect/" + (n - 1));
            } else if (path.equals("/loop")) {
                redirect(exchange, "/loop");
            } else if (path.equals("/to-unspecified")) {
                redirect(exchange, "http://0.0.0.0:" + port() + "/pages/wordpress-repost.html");
            } else if (path.equals("/to-file")) {
                redirect(exchange, "file:///etc/passwd");
            } else if (path.equals("/endless")) {
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = "<p>more and more text</p>\n".repeat(400).getBytes(StandardCharsets.UTF_8);
                OutputStream out = exchange.getResponseBody();
                for (int i = 0; i < 2_000; i++) {
                    out.write(chunk);
                }
            } else if (path.equals("/declared-huge")) {
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, 1L << 30);
                exchange.getResponseBody().write("<p>".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/slow")) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "text/html", Pages.read("broken.html").getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/unknown-charset")) {
                send(
                        exchange,
                        200,
                        "text/html; charset=x-mac-klingon",
                        Pages.read("broken.html").getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/image")) {
                send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            } else {
                send(exchange, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException clientWentAway) {
            // the fetcher closes connections it refuses to read on; that is what these answers test
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
