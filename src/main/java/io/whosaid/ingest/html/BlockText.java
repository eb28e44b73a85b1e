package io.whosaid.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs a reader sees in an element: every block element (p, div, li, heading, …) ends a paragraph, a
 * blank line made of two {@code <br>}s too, and whitespace collapses as a browser collapses it. Works the same on
 * well-formed pages and on text dropped loose into divs, which is how broken pages come.
 */
final class BlockText {

    /** Elements a browser lays out as blocks; their edges end a paragraph. */
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "nav",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "thead",
            "tbody",
            "tr",
            "td",
            "th",
            "figure",
            "figcaption",
            "hr",
            "address",
            "form",
            "fieldset",
            "details",
            "summary",
            "center");
    /** Never text: their content is code, styling, media or controls. */
    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "canvas",
            "iframe",
            "object",
            "embed",
            "video",
            "audio",
            "picture",
            "img",
            "button",
            "select",
            "input",
            "textarea",
            "head",
            "title",
            "meta",
            "link");

    /**
     * One paragraph.
     *
     * @param text      its text, lines joined by {@code lineJoin}
     * @param linkChars how many of its characters are link text (a paragraph that is all links is a links box)
     * @param tag       the block element it came from ("p", "h2", …)
     */
    record Paragraph(String text, int linkChars, String tag) {
        double linkShare() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private final String lineJoin;
    private final Predicate<Element> skip;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final List<String> lines = new ArrayList<>();
    private int linkChars;
    private String blockTag = "div";

    private BlockText(String lineJoin, Predicate<Element> skip) {
        this.lineJoin = lineJoin;
        this.skip = skip;
    }

    /**
     * @param lineJoin what a single {@code <br>} becomes inside a paragraph: " " for article bodies (the text format
     *                 joins a paragraph's lines), "\n" for comments (kept as the reader wrote them)
     * @param skip     elements left out with everything in them
     */
    static List<Paragraph> of(Element root, String lineJoin, Predicate<Element> skip) {
        BlockText walker = new BlockText(lineJoin, skip);
        walker.walk(root, false);
        walker.endParagraph();
        return walker.paragraphs;
    }

    static List<String> texts(Element root, String lineJoin, Predicate<Element> skip) {
        return of(root, lineJoin, skip).stream().map(Paragraph::text).toList();
    }

    /** Iterative over siblings and recursive over depth; page nesting is bounded by jsoup's parser (512 deep). */
    private void walk(Node node, boolean inLink) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                appendText(text.isBlank() ? " " : text.getWholeText(), inLink, isPre(text.parent()));
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag) || skip.test(element)) {
                    continue;
                }
                if (tag.equals("br")) {
                    endLine();
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    endParagraph();
                    blockTag = tag;
                }
                walk(element, inLink || tag.equals("a"));
                if (block) {
                    endParagraph();
                    blockTag = node instanceof Element parent ? parent.normalName() : "div";
                }
            }
        }
    }

    private static boolean isPre(Node parent) {
        return parent instanceof Element element && element.normalName().equals("pre");
    }

    private void appendText(String text, boolean inLink, boolean pre) {
        if (pre) {
            String[] parts = text.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    endLine();
                }
                appendCollapsed(parts[i], inLink);
            }
        } else {
            appendCollapsed(text, inLink);
        }
    }

    private void appendCollapsed(String text, boolean inLink) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A no-break space is a space to every reader of the text after this (sentences, names, quotes).
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(c);
                if (inLink) {
                    linkChars++;
                }
            }
        }
    }

    /** A {@code <br>}: the line ends; an empty line (two {@code <br>}s) ends the paragraph. */
    private void endLine() {
        String text = line.toString().strip();
        line.setLength(0);
        if (text.isEmpty()) {
            endParagraph();
        } else {
            lines.add(text);
        }
    }

    private void endParagraph() {
        String last = line.toString().strip();
        line.setLength(0);
        if (!last.isEmpty()) {
            lines.add(last);
        }
        if (!lines.isEmpty()) {
            String text = String.join(lineJoin, lines);
            paragraphs.add(new Paragraph(text, Math.min(linkChars, text.length()), blockTag));
            lines.clear();
        }
        linkChars = 0;
    }
}
