package io.whosaid.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.ArticleFormatException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    @Test
    void theDeclaredEncodingIsUsed() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Café “crème”</title></head></html>";
        assertEquals(page, PageDecoder.decode(page.getBytes(Charset.forName("windows-1252"))));
        String utf8 = "<meta charset=\"utf-8\"><title>Zoë</title>";
        assertEquals(utf8, PageDecoder.decode(utf8.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aByteOrderMarkWins() {
        byte[] page = ("\uFEFF<title>Åse</title>").getBytes(StandardCharsets.UTF_16LE);
        assertEquals("<title>Åse</title>", PageDecoder.decode(page).replace("\uFEFF", ""));
    }

    @Test
    void anUnknownEncodingIsRefusedWithItsName() {
        byte[] page = "<html><head><meta charset=\"x-klingon-9\"><title>t</title>".getBytes(StandardCharsets.US_ASCII);
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> PageDecoder.decode(page));
        assertEquals("The page declares the encoding \"x-klingon-9\", which is not a known one.", e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8WithoutADeclarationAreRefused() {
        byte[] latin1 = "<title>Café</title>".getBytes(StandardCharsets.ISO_8859_1);
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> PageDecoder.decode(latin1));
        assertTrue(
                e.getMessage().contains("not valid UTF-8") && e.getMessage().contains("declares no encoding"),
                e.getMessage());
    }
}
