package io.whosaid.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain-text article format (see DESIGN.md, "The article text format") into a
 * {@link ParsedArticle}: title, optional subtitle, body paragraphs with republisher's
 * {@code [editor's notes]} taken out, the {@code Source:} line, and the reader-comment thread.
 *
 * <p>Pure and stateless, so one instance can be shared. It does not limit size; callers do.
 */
public final class ArticleTextParser {

    /** Text with more undecodable characters than this share was almost surely read in the wrong charset. */
    private static final double MAX_REPLACEMENT_CHAR_SHARE = 0.01;
    /** A standfirst is a short headline-like line; anything longer is already body text. */
    private static final int MAX_SUBTITLE_LENGTH = 200;

    /** A thread starts at an indented "N. Handle says"; inside the thread indentation may be zero. */
    private static final Pattern COMMENT_HEADER =
            Pattern.compile("^([ \\t]*)(\\d{1,9})\\.[ \\t]+(\\S.*?)[ \\t]+says[ \\t]*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern SOURCE_LINE = Pattern.compile("^source:[ \\t]*(\\S.*)$", Pattern.CASE_INSENSITIVE);
    /** The comment form of a page: everything from here on is page furniture, not content. */
    private static final Pattern REPLY_FORM_START =
            Pattern.compile("^leave an? (reply|comment)( cancel reply)?$", Pattern.CASE_INSENSITIVE);
    /** Single lines of a comment form that may be left behind anywhere after the body. */
    private static final Pattern FORM_LINE = Pattern.compile(
            "^(your email address will not be published|required fields are marked|"
                    + "save my name, email,? and website in this browser)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern EDITOR_MARKER = Pattern.compile(
            "^(editor[’']?s['’]? note|ed\\.? note|note from the editor|update|correction)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Characters that may close a sentence after its final stop: quotes and parentheses. */
    private static final String CLOSERS = "”’\"')";
    /** After removing a note, no space goes before these. */
    private static final String NO_SPACE_BEFORE = ",.;:!?)]”’";

    public ParsedArticle parse(String text) {
        String normalized = normalize(text);
        PageSections sections = splitSections(normalized.split("\n", -1));
        return readArticle(sections);
    }

    /** Line endings to \n, BOM removed, and refusal of text that is not text. */
    private static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            throw new ArticleFormatException("The article text is empty.");
        }
        String s = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        int line = 1;
        int replacements = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t') {
                throw new ArticleFormatException(String.format(
                        "The article text contains the control character U+%04X on line %d; "
                                + "it looks like binary data, not plain text.",
                        (int) c, line));
            } else if (c == '\uFFFD') {
                replacements++;
            }
        }
        if (replacements > s.length() * MAX_REPLACEMENT_CHAR_SHARE) {
            throw new ArticleFormatException(String.format(
                    "The article text contains %d undecodable characters (U+FFFD); " + "send it encoded as UTF-8.",
                    replacements));
        }
        if (isBlank(s)) {
            throw new ArticleFormatException("The article text is empty (only whitespace).");
        }
        return s;
    }

    private record PageSections(String title, List<String> articleLines, List<RawComment> comments) {}

    /**
     * One pass over the lines: the title, then article lines until the first comment header,
     * then comments; a "Leave a Reply" line starts page furniture that is skipped until a
     * comment header (some pages put the reply form above the thread) or the end.
     */
    private static PageSections splitSections(String[] lines) {
        String title = null;
        List<String> articleLines = new ArrayList<>();
        List<RawComment> comments = new ArrayList<>();
        boolean inThread = false;
        boolean inReplyForm = false;
        boolean previousBlank = true;
        for (String line : lines) {
            boolean blank = isBlank(line);
            if (title == null) {
                if (!blank) {
                    title = strip(line);
                }
                previousBlank = blank;
                continue;
            }
            if (!blank && REPLY_FORM_START.matcher(strip(line)).matches()) {
                inReplyForm = true;
            } else {
                Matcher header = previousBlank ? COMMENT_HEADER.matcher(line) : null;
                // Body text is not indented, so a thread must open with an indented header;
                // this keeps a numbered list in the body ("1. The mayor says") out of the thread.
                boolean startsComment = header != null
                        && header.matches()
                        && (inThread || !header.group(1).isEmpty());
                if (startsComment) {
                    inThread = true;
                    inReplyForm = false;
                    comments.add(new RawComment(
                            indentWidth(header.group(1)),
                            Integer.parseInt(header.group(2)),
                            strip(header.group(3)),
                            new ArrayList<>()));
                } else if (!inReplyForm) {
                    if (inThread) {
                        if (!FORM_LINE.matcher(strip(line)).lookingAt()) {
                            comments.get(comments.size() - 1).lines().add(line);
                        }
                    } else {
                        articleLines.add(line);
                    }
                }
            }
            previousBlank = blank;
        }
        if (title == null) {
            throw new ArticleFormatException("The article text is empty (only whitespace).");
        }
        return new PageSections(title, articleLines, comments);
    }

    private static ParsedArticle readArticle(PageSections sections) {
        List<List<String>> blocks = blocks(sections.articleLines());
        String subtitle = null;
        Body body;
        if (!blocks.isEmpty() && looksLikeSubtitle(blocks.get(0))) {
            body = readBody(blocks.subList(1, blocks.size()));
            if (body.paragraphs().isEmpty()) {
                // A lone short line under the title is the body, not a standfirst.
                body = readBody(blocks);
            } else {
                subtitle = blocks.get(0).get(0);
            }
        } else {
            body = readBody(blocks);
        }
        if (body.paragraphs().isEmpty()) {
            throw new ArticleFormatException(
                    "The article \"" + sections.title() + "\" has a title but no body paragraph.");
        }
        return new ParsedArticle(
                sections.title(),
                subtitle,
                String.join("\n\n", body.paragraphs()),
                List.copyOf(body.paragraphs()),
                List.copyOf(body.editorNotes()),
                body.source(),
                CommentThread.number(sections.comments()));
    }

    private static boolean looksLikeSubtitle(List<String> block) {
        if (block.size() != 1) {
            return false;
        }
        String line = block.get(0);
        if (line.length() >= MAX_SUBTITLE_LENGTH
                || SOURCE_LINE.matcher(line).matches()
                || (line.startsWith("[") && line.endsWith("]"))) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?".indexOf(last) < 0 && CLOSERS.indexOf(last) < 0;
    }

    private record Body(List<String> paragraphs, List<String> editorNotes, String source) {}

    private static Body readBody(List<List<String>> blocks) {
        List<String> paragraphs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String source = null;
        for (List<String> block : blocks) {
            if (block.size() == 1) {
                Matcher sourceLine = SOURCE_LINE.matcher(block.get(0));
                if (sourceLine.matches()) {
                    if (source == null) {
                        source = strip(sourceLine.group(1));
                    }
                    continue;
                }
            }
            String paragraph = takeOutEditorNotes(String.join(" ", block), notes);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        // Comment-form lines only count as furniture after the body, never inside it.
        while (!paragraphs.isEmpty()
                && FORM_LINE.matcher(paragraphs.get(paragraphs.size() - 1)).lookingAt()) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        return new Body(paragraphs, notes, source);
    }

    /**
     * Removes editor's notes from a paragraph, adding their text to {@code notes}, and returns
     * what is left with the whitespace around each removed span collapsed.
     *
     * <p>Rule: a bracketed span is an editor's note when it is the whole paragraph, when it opens
     * with a marker such as "Editor's note" or "Update", or when it reads as a sentence of its own
     * (at least 15 characters, more than one word, ending with . ! or ?). Brackets that clarify a
     * quote — "[sic]", "[the mayor]", "[We] will" — are part of what was quoted and stay.
     */
    static String takeOutEditorNotes(String paragraph, List<String> notes) {
        StringBuilder kept = new StringBuilder();
        boolean joinPending = false;
        int from = 0;
        while (from < paragraph.length()) {
            int open = paragraph.indexOf('[', from);
            int close = open < 0 ? -1 : matchingBracket(paragraph, open);
            if (close < 0) {
                joinPending = appendJoined(kept, paragraph.substring(from), joinPending);
                break;
            }
            String inner = strip(paragraph.substring(open + 1, close));
            boolean wholeParagraph = isBlank(paragraph.substring(0, open)) && isBlank(paragraph.substring(close + 1));
            if (!inner.isEmpty() && (wholeParagraph || isEditorNote(inner))) {
                joinPending = appendJoined(kept, paragraph.substring(from, open), joinPending);
                notes.add(inner);
                joinPending = true;
            } else {
                joinPending = appendJoined(kept, paragraph.substring(from, close + 1), joinPending);
            }
            from = close + 1;
        }
        return strip(kept.toString());
    }

    /** Appends a segment; right after a removed note it collapses the gap to at most one space. */
    private static boolean appendJoined(StringBuilder kept, String segment, boolean joinPending) {
        if (!joinPending) {
            kept.append(segment);
            return false;
        }
        String rest = stripLeading(segment);
        if (rest.isEmpty()) {
            return true;
        }
        int end = kept.length();
        while (end > 0 && isSpace(kept.charAt(end - 1))) {
            end--;
        }
        kept.setLength(end);
        if (end > 0 && NO_SPACE_BEFORE.indexOf(rest.charAt(0)) < 0) {
            kept.append(' ');
        }
        kept.append(rest);
        return false;
    }

    private static boolean isEditorNote(String inner) {
        if (EDITOR_MARKER.matcher(inner).lookingAt()) {
            return true;
        }
        if (inner.length() < 15 || inner.codePoints().noneMatch(ArticleTextParser::isSpace)) {
            return false;
        }
        int end = inner.length();
        while (end > 0 && CLOSERS.indexOf(inner.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?".indexOf(inner.charAt(end - 1)) >= 0;
    }

    private static int matchingBracket(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Groups lines into blank-line separated blocks of stripped lines. */
    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (isBlank(line)) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(strip(line));
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** Tabs count to the next multiple of four, so mixed indentation still nests sensibly. */
    private static int indentWidth(String indent) {
        int width = 0;
        for (int i = 0; i < indent.length(); i++) {
            width = indent.charAt(i) == '\t' ? (width / 4 + 1) * 4 : width + 1;
        }
        return width;
    }

    // No-break spaces count as whitespace: pages pasted from a browser are full of them.
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isBlank(String s) {
        return s.codePoints().allMatch(ArticleTextParser::isSpace);
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String stripLeading(String s) {
        int start = 0;
        while (start < s.length() && isSpace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }
}
