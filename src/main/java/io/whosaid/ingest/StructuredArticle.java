package io.whosaid.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every structured format (HTML, JSON) shares once it has found an article's parts: blank
 * paragraphs dropped, editor's notes taken out as the text format does, a trailing {@code Source:} paragraph
 * read as the publisher, the comment tree numbered 1, 1.1, 2, … like the text format's thread.
 */
public final class StructuredArticle {

    private static final Pattern SOURCE_PARAGRAPH =
            Pattern.compile("^source:[ \\t]*(\\S.{0,199})$", Pattern.CASE_INSENSITIVE);

    private StructuredArticle() {}

    /**
     * Takes the {@code Source: NAME} paragraphs out of {@code paragraphs} (a republisher's credit line) and returns
     * the first name, or null when there is none.
     */
    public static String takeSourceLine(List<String> paragraphs) {
        String source = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Matcher matcher = SOURCE_PARAGRAPH.matcher(ArticleTextParser.strip(paragraphs.get(i)));
            if (matcher.matches()) {
                if (source == null) {
                    source = ArticleTextParser.strip(matcher.group(1));
                }
                paragraphs.remove(i--);
            }
        }
        return source;
    }

    /**
     * The parsed article and its comment dates by thread number.
     *
     * @throws ArticleFormatException when there is no title or no body paragraph
     */
    public static Assembled assemble(
            String title, String subtitle, List<String> paragraphs, String source, List<CommentNode> comments) {
        String cleanTitle = title == null ? "" : ArticleTextParser.strip(title);
        if (cleanTitle.isEmpty()) {
            throw new ArticleFormatException("The article has no title.");
        }
        List<String> notes = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String kept = ArticleTextParser.takeOutEditorNotes(ArticleTextParser.strip(paragraph), notes);
            if (!kept.isEmpty()) {
                body.add(kept);
            }
        }
        if (body.isEmpty()) {
            throw new ArticleFormatException("The article \"" + cleanTitle + "\" has a title but no body paragraph.");
        }
        String cleanSubtitle =
                subtitle == null || ArticleTextParser.isBlank(subtitle) ? null : ArticleTextParser.strip(subtitle);
        String cleanSource =
                source == null || ArticleTextParser.isBlank(source) ? null : ArticleTextParser.strip(source);
        List<ParsedComment> thread = new ArrayList<>();
        Map<String, String> dates = new LinkedHashMap<>();
        number(comments, thread, dates);
        ParsedArticle parsed = new ParsedArticle(
                cleanTitle,
                cleanSubtitle,
                String.join("\n\n", body),
                List.copyOf(body),
                List.copyOf(notes),
                cleanSource,
                List.copyOf(thread));
        return new Assembled(parsed, Map.copyOf(dates));
    }

    /** Depth first without recursion, so a thread nested thousands deep cannot overflow the stack. */
    private static void number(List<CommentNode> roots, List<ParsedComment> thread, Map<String, String> dates) {
        record Pending(CommentNode node, String number, String parent) {}
        Deque<Pending> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new Pending(roots.get(i), Integer.toString(i + 1), null));
        }
        while (!stack.isEmpty()) {
            Pending next = stack.pop();
            CommentNode node = next.node();
            thread.add(new ParsedComment(
                    next.number(),
                    next.parent(),
                    ArticleTextParser.strip(node.author()),
                    ArticleTextParser.strip(node.text() == null ? "" : node.text())));
            if (node.publishedAt() != null) {
                dates.put(next.number(), node.publishedAt());
            }
            List<CommentNode> replies = node.replies() == null ? List.of() : node.replies();
            for (int i = replies.size() - 1; i >= 0; i--) {
                stack.push(new Pending(replies.get(i), next.number() + "." + (i + 1), next.number()));
            }
        }
    }

    /** @param commentDates when each comment was posted, by thread number */
    public record Assembled(ParsedArticle parsed, Map<String, String> commentDates) {}
}
