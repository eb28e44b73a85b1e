package io.whosaid.ingest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.json.JsonLinesReader.Line;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private static List<Line> lines(byte[] archive, int maxLineBytes) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(archive), maxLineBytes)) {
            for (Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void linesComeWithTheirNumbersAndBlankLinesArePassedOver() throws IOException {
        byte[] archive = "\uFEFF{\"a\":1}\r\n\n   \n{\"b\":2}\n{\"c\":3}".getBytes(StandardCharsets.UTF_8);
        List<Line> lines = lines(archive, 100);
        assertEquals(List.of(1L, 4L, 5L), lines.stream().map(Line::number).toList());
        assertEquals(
                List.of("{\"a\":1}", "{\"b\":2}", "{\"c\":3}"),
                lines.stream().map(Line::json).toList());
    }

    @Test
    void aLineOverTheLimitIsReportedAndTheNextOnesAreRead() throws IOException {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        archive.write("{\"first\":true}\n".getBytes(StandardCharsets.UTF_8));
        archive.write(("{\"text\":\"" + "x".repeat(300_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        archive.write("{\"third\":true}\n".getBytes(StandardCharsets.UTF_8));
        List<Line> lines = lines(archive.toByteArray(), 1000);
        assertEquals(3, lines.size());
        assertNull(lines.get(1).json());
        assertEquals("line 2 is 300011 bytes; the limit is 1000", lines.get(1).problem());
        assertEquals("{\"third\":true}", lines.get(2).json());
    }

    @Test
    void aLineThatIsNotUtf8IsReportedAlone() throws IOException {
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        archive.write(bad);
        archive.write("{\"ok\":1}".getBytes(StandardCharsets.UTF_8));
        List<Line> lines = lines(archive.toByteArray(), 100);
        assertEquals("line 1 is not UTF-8", lines.get(0).problem());
        assertTrue(lines.get(1).readable());
    }

    /**
     * A 120 MB archive is read as a stream: the first line comes back after the reader has taken no more than a
     * buffer's worth of the archive, and every line is read. (Memory is the benchmark's to measure, not a unit test's.)
     */
    @Test
    void anArchiveIsStreamedNotLoaded() throws IOException {
        byte[] line = "{\"title\":\"t\",\"text\":\"some words of text\"}\n".getBytes(StandardCharsets.UTF_8);
        long lines = 120L * 1024 * 1024 / line.length;
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                if (served[0] >= lines * line.length) {
                    return -1;
                }
                return line[(int) (served[0]++ % line.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len && served[0] < lines * line.length) {
                    b[off + n++] = line[(int) (served[0]++ % line.length)];
                }
                return n == 0 ? -1 : n;
            }
        };
        try (JsonLinesReader reader = new JsonLinesReader(endless, 1 << 20)) {
            assertNotNull(reader.next());
            assertTrue(
                    served[0] <= 1 << 20, "bytes taken from the archive before its first line came back: " + served[0]);
            long count = 1;
            while (reader.next() != null) {
                count++;
            }
            assertEquals(lines, count);
        }
    }
}
