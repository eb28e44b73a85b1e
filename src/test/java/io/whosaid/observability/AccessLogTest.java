package io.whosaid.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.support.GraphQL;
import io.whosaid.support.Neo4jTestResource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * The access log: one line per GraphQL request with its operation, type, outcome, duration, cost and the caller's
 * key name, captured from the running service's logging; no key, variable value or article text in any log line.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class AccessLogTest {

    @Test
    void oneLinePerRequestWithItsFieldsAndNeverASecret() throws InterruptedException {
        Captured captured = new Captured();
        Logger root = Logger.getLogger("");
        root.addHandler(captured);
        String secret = "whisper" + System.nanoTime();
        try {
            GraphQL.postAs(
                            GraphQL.READER_KEY,
                            "query AccessPeople($n: String) { people(name: $n, first: 1) { totalCount } }",
                            Map.of("n", secret))
                    .then()
                    .statusCode(200);
            GraphQL.postAs(
                            GraphQL.EDITOR_KEY,
                            "mutation AccessIngest($t: String!) { ingestArticle(input: {text: $t}) " + "{ created } }",
                            Map.of("t", "Access " + secret + "\n\nThe body says " + secret + "."))
                    .then()
                    .statusCode(200);
            GraphQL.postAs(
                            null,
                            "mutation AccessRefused($t: String!) { ingestArticle(input: {text: $t}) { created } }",
                            Map.of("t", secret))
                    .then()
                    .statusCode(401);
            // The line is written when the response has ended, which the client may see a moment before.
            for (int i = 0; i < 100 && captured.access("AccessRefused") == null; i++) {
                Thread.sleep(50);
            }
        } finally {
            root.removeHandler(captured);
        }

        ExtLogRecord read = captured.access("AccessPeople");
        assertTrue(read.getMessage().contains("operationType=query outcome=ok status=200"), read.getMessage());
        assertEquals("AccessPeople", read.getMdc("operation"));
        assertEquals("test-reader", read.getMdc("caller"));
        assertTrue(Long.parseLong(read.getMdc("cost")) > 0, read.getMessage());
        assertTrue(Double.parseDouble(read.getMdc("durationMs")) > 0, read.getMessage());

        ExtLogRecord write = captured.access("AccessIngest");
        assertEquals("mutation", write.getMdc("operationType"));
        assertEquals("ok", write.getMdc("outcome"));
        assertEquals("test-editor", write.getMdc("caller"));

        ExtLogRecord refused = captured.access("AccessRefused");
        assertEquals("UNAUTHENTICATED", refused.getMdc("outcome"));
        assertEquals("401", refused.getMdc("status"));
        assertEquals("anonymous", refused.getMdc("caller"));

        for (ExtLogRecord record : captured.records) {
            String everything = record.getFormattedMessage() + " " + record.getMdcCopy();
            assertFalse(everything.contains(secret), "a variable's value was logged: " + everything);
            assertFalse(
                    everything.contains(GraphQL.EDITOR_KEY) || everything.contains(GraphQL.READER_KEY),
                    "an API key was logged: " + everything);
        }
    }

    /** Every record logged while it is attached to the root logger. */
    static final class Captured extends Handler {

        final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            ExtLogRecord ext = (ExtLogRecord) record;
            ext.copyMdc();
            records.add(ext);
        }

        /** The access line of the operation, or null. */
        ExtLogRecord access(String operation) {
            for (ExtLogRecord record : records) {
                if ("io.whosaid.access".equals(record.getLoggerName())
                        && operation.equals(record.getMdc("operation"))) {
                    return record;
                }
            }
            return null;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
