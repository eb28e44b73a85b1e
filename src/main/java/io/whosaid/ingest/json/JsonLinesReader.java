package io.whosaid.ingest.json;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON Lines archive (one JSON article per line), read one line at a time from a stream: whatever the archive's
 * size, it holds one line of at most {@code maxLineBytes} in memory. A longer line is skipped without being kept
 * (its bytes are read and dropped up to its end) and reported with its number, as is a line that is not UTF-8;
 * the lines after it are read as usual. Blank lines are passed over. Whether a line is an article is for
 * {@link JsonArticleParser} to say.
 */
public final class JsonLinesReader implements Closeable {

    /**
     * One line of the archive.
     *
     * @param number  its line number, from 1
     * @param json    its text, or null when it could not be read
     * @param problem why it could not be read (too long, not UTF-8), or null
     */
    public record Line(long number, String json, String problem) {
        public boolean readable() {
            return problem == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long number;
    private boolean ended;

    public JsonLinesReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line that is not blank, or null at the end of the archive. */
    public Line next() throws IOException {
        while (!ended) {
            Line read = readLine();
            if (read != null) {
                return read;
            }
        }
        return null;
    }

    /** Reads one line; null for a blank one (or nothing left). */
    private Line readLine() throws IOException {
        line.reset();
        boolean tooLong = false;
        long bytes = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    ended = true;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            bytes += length;
            if (!tooLong && bytes > maxLineBytes) {
                tooLong = true;
                line.reset();
            }
            if (!tooLong) {
                line.write(buffer, start, length);
            }
            if (position < limit) {
                position++; // the newline
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "line " + number + " is " + bytes + " bytes; the limit is " + maxLineBytes);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Line(number, null, "line " + number + " is not UTF-8");
        }
        if (number == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return null;
        }
        return new Line(number, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
