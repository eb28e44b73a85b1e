package io.whosaid.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The explorer is one page (META-INF/resources/index.html and /explorer/*.js) whose address says what it shows;
 * the service answers that page for each of its addresses, so a shared link works when opened fresh.
 */
@ApplicationScoped
public class ExplorerPages {

    /** The explorer's own addresses (the page at / is served as a static file). */
    static final List<String> ROUTES =
            List.of("/person/*", "/organization/*", "/article/*", "/path", "/review", "/duplicates");

    private final Buffer page = Buffer.buffer(read("META-INF/resources/index.html"));

    void install(@Observes Router router) {
        for (String route : ROUTES) {
            router.get(route)
                    .handler(ctx -> ctx.response()
                            .putHeader("Content-Type", "text/html; charset=utf-8")
                            .putHeader("Cache-Control", "no-cache")
                            .end(page));
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
