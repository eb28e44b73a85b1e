package io.whosaid.support;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * In tests the service's sockets get a small send buffer, so that a response streamed to a client that stops
 * reading stalls after a few kilobytes whatever the size of the graph the tests have built so far: the export
 * abandon test (ExportTest) needs the export's transaction still open while the client stalls. With the kernel's
 * default buffers on loopback (megabytes), a small graph's whole export fits in them and the export ends at once.
 */
@ApplicationScoped
public class SmallSendBuffer implements HttpServerOptionsCustomizer {

    static final int BYTES = 8 * 1024;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setSendBufferSize(BYTES);
    }
}
