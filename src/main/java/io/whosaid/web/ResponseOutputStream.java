package io.whosaid.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP response body written from a worker thread, in chunks, waiting while the connection's write queue is
 * full: the writer goes only as fast as the client reads, so a large export holds one chunk or so, never the file.
 * Nothing is sent before the first chunk is full (or the stream is closed), so an error early in a read can still
 * be answered with a status and a message instead of a broken file. A client that goes away mid-stream makes the next
 * write (or the wait for room) fail with an IOException, so the reader's transaction is closed then, not at its timeout.
 */
final class ResponseOutputStream extends OutputStream {

    private static final int CHUNK = 32 * 1024;
    private static final long WAIT_STEP_MILLIS = 500;

    private final HttpServerResponse response;
    private final Runnable beforeFirstChunk;
    private Buffer pending = Buffer.buffer(CHUNK);
    private volatile boolean gone;
    private boolean committed;

    /** @param beforeFirstChunk sets the status and headers, just before the first byte goes out */
    ResponseOutputStream(RoutingContext ctx, Runnable beforeFirstChunk) {
        this.response = ctx.response();
        this.beforeFirstChunk = beforeFirstChunk;
        // An end handler, not the response's close handler: Vert.x Web and Quarkus keep that one for their own end
        // handlers (access log, metrics, request context), which replacing it would silence for an aborted export.
        ctx.addEndHandler(ended -> {
            if (ended.failed()) {
                gone = true;
            }
        });
    }

    /** Whether the client went away: told by the end handler, or seen on the connection itself. */
    private boolean gone() {
        return gone || response.closed();
    }

    /** Whether anything went out: after that an error can only cut the response short. */
    boolean committed() {
        return committed;
    }

    @Override
    public void write(int b) throws IOException {
        pending.appendByte((byte) b);
        if (pending.length() >= CHUNK) {
            send();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        pending.appendBytes(bytes, offset, length);
        if (pending.length() >= CHUNK) {
            send();
        }
    }

    private void send() throws IOException {
        if (gone()) {
            throw new IOException("The client closed the connection");
        }
        if (!committed) {
            committed = true;
            beforeFirstChunk.run();
            response.setChunked(true);
        }
        waitForRoom();
        response.write(pending);
        pending = Buffer.buffer(CHUNK);
    }

    /** Blocks this worker until the connection has taken what was written before, or the client is gone. */
    private void waitForRoom() throws IOException {
        while (response.writeQueueFull()) {
            CountDownLatch drained = new CountDownLatch(1);
            response.drainHandler(ignored -> drained.countDown());
            try {
                // The queue may have drained before the handler was set: look again every so often.
                drained.await(WAIT_STEP_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while the client was reading", e);
            }
            if (gone()) {
                throw new IOException("The client closed the connection");
            }
        }
    }

    /** Sends what is left and ends the response. */
    @Override
    public void close() throws IOException {
        if (pending.length() > 0 || !committed) {
            if (!committed) {
                committed = true;
                beforeFirstChunk.run();
                response.end(pending);
                return;
            }
            waitForRoom();
            response.write(pending);
        }
        response.end();
    }
}
