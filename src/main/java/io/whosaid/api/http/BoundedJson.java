package io.whosaid.api.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.jackson.JacksonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes an answer as JSON, stopping as soon as it goes over a byte budget: an answer too large is never built
 * in full, so it costs the service at most the budget, not the whole answer.
 */
final class BoundedJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private BoundedJson() {}

    /** Thrown when an answer goes over its budget; cheap, as it is an expected outcome. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** The JSON of {@code value} (maps, lists, strings, numbers, as graphql-java answers), within {@code maxBytes}. */
    static Buffer encode(Object value, long maxBytes) {
        Buffer buffer = Buffer.buffer();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                check(1);
                buffer.appendByte((byte) b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                check(length);
                buffer.appendBytes(bytes, offset, length);
            }

            private void check(int more) {
                if (buffer.length() + (long) more > maxBytes) {
                    throw new TooLarge();
                }
            }
        };
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            JacksonCodec.encodeJson(value, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.vertx.core.json.EncodeException e) {
            if (e.getCause() instanceof TooLarge tooLarge) {
                throw tooLarge;
            }
            throw e;
        }
        return buffer;
    }

    /** Whether an answer already built is over the budget. */
    static boolean over(Buffer answer, long maxBytes) {
        return answer.length() > maxBytes;
    }
}
