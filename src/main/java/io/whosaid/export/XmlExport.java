package io.whosaid.export;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the two XML formats share: a StAX writer on the stream, and text made safe for XML 1.0. */
final class XmlExport {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlExport() {}

    static XMLStreamWriter open(OutputStream out) {
        try {
            return FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * The text without the characters XML 1.0 cannot carry even escaped (control characters other than tab and
     * line breaks, lone surrogates, U+FFFE and U+FFFF): an article may hold them, and one would make the file unreadable.
     */
    static String clean(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /** The client went away or the stream failed: the export stops there. */
    static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException(new java.io.IOException("Could not write the export", e));
    }
}
