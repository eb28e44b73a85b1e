package io.whosaid.ingest.html;

import io.whosaid.ingest.ArticleFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved page's bytes to text, for a client that sends pages as strings: the encoding is the BOM's, else the one
 * the page declares in its first bytes ({@code <meta charset>} or {@code http-equiv} Content-Type), else UTF-8.
 * An encoding this JVM does not know, or bytes that are not valid in the encoding, are refused with the reason,
 * rather than guessed at and stored as mojibake.
 */
public final class PageDecoder {

    /** Browsers look for the declaration in the first 1024 bytes; some saved pages put it a little later. */
    private static final int PRESCAN_BYTES = 4096;

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {}

    public static String decode(byte[] page) {
        if (page.length >= 3 && (page[0] & 0xFF) == 0xEF && (page[1] & 0xFF) == 0xBB && (page[2] & 0xFF) == 0xBF) {
            return decode(page, 3, StandardCharsets.UTF_8, "its byte-order mark says so");
        }
        if (page.length >= 2 && (page[0] & 0xFF) == 0xFE && (page[1] & 0xFF) == 0xFF) {
            return decode(page, 2, StandardCharsets.UTF_16BE, "its byte-order mark says so");
        }
        if (page.length >= 2 && (page[0] & 0xFF) == 0xFF && (page[1] & 0xFF) == 0xFE) {
            return decode(page, 2, StandardCharsets.UTF_16LE, "its byte-order mark says so");
        }
        String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher declared = META_CHARSET.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        String why = "it declares no encoding";
        if (declared.find()) {
            why = "it declares it";
            String name = declared.group(1);
            try {
                charset = Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ArticleFormatException(
                        "The page declares the encoding \"" + name + "\", which is not a known one.");
            }
        }
        return decode(page, 0, charset, why);
    }

    private static String decode(byte[] page, int offset, Charset charset, String why) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(page, offset, page.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ArticleFormatException("The page is not valid " + charset.name() + " (read as " + charset.name()
                    + " because " + why + ").");
        }
    }
}
