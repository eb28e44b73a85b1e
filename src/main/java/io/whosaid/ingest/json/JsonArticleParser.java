package io.whosaid.ingest.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.whosaid.ingest.ArticleFormatException;
import io.whosaid.ingest.ArticleFormatException.Problem;
import io.whosaid.ingest.CommentNode;
import io.whosaid.ingest.IncomingArticle;
import io.whosaid.ingest.PublishedDates;
import io.whosaid.ingest.StructuredArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one article as JSON, the shape archives and scrapers write:
 * <pre>{"title", "subtitle", "text", "url", "publishedAt", "publisher",
 *  "comments": [{"author", "text", "publishedAt", "replies": [...]}]}</pre>
 * {@code title} and {@code text} are required; {@code text} is paragraphs separated by blank lines, as in the text
 * format. Fields it does not know are ignored (scrapers add their own). A JSON Lines archive is one of these per
 * line. Errors name the field: {@code comments[1].replies[0].author must be a non-empty string}.
 */
public final class JsonArticleParser {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public IncomingArticle parse(String json) {
        if (json == null || json.isBlank()) {
            throw malformed("The JSON is empty.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed("The JSON does not parse: " + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw malformed("The JSON must be an object with the article's fields (title, text, …).");
        }
        String title = string(root, "title", "", true);
        String text = string(root, "text", "", true);
        String published = string(root, "publishedAt", "", false);
        String publishedAt = PublishedDates.normalize(published);
        if (published != null && publishedAt == null) {
            throw malformed(
                    "publishedAt is not a date: \"" + published + "\"; use ISO-8601, e.g. 2022-01-12T08:30:00Z.");
        }
        List<String> paragraphs = paragraphs(text);
        String publisher = string(root, "publisher", "", false);
        String sourceLine = StructuredArticle.takeSourceLine(paragraphs);
        List<CommentNode> comments = comments(root.get("comments"), "comments");
        StructuredArticle.Assembled assembled = StructuredArticle.assemble(
                title,
                string(root, "subtitle", "", false),
                paragraphs,
                publisher != null ? publisher : sourceLine,
                comments);
        return new IncomingArticle(
                assembled.parsed(), string(root, "url", "", false), publishedAt, null, assembled.commentDates());
    }

    /** Blank-line separated blocks; a block's lines are joined by a space, as in the text format. */
    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \\t\\u00A0]*\n")) {
            String joined = String.join(" ", block.strip().split("[ \\t]*\n[ \\t]*"));
            if (!joined.isBlank()) {
                paragraphs.add(joined);
            }
        }
        return paragraphs;
    }

    private static List<CommentNode> comments(JsonNode list, String path) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw malformed(path + " must be an array of comments");
        }
        List<CommentNode> comments = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode comment = list.get(i);
            String at = path + "[" + i + "]";
            if (!comment.isObject()) {
                throw malformed(at + " must be an object {author, text, publishedAt, replies}");
            }
            String author = string(comment, "author", at + ".", true);
            String text = string(comment, "text", at + ".", false);
            String published = string(comment, "publishedAt", at + ".", false);
            String publishedAt = PublishedDates.normalize(published);
            if (published != null && publishedAt == null) {
                throw malformed(at + ".publishedAt is not a date: \"" + published + "\"");
            }
            comments.add(new CommentNode(
                    author,
                    text == null ? "" : text.strip(),
                    publishedAt,
                    comments(comment.get("replies"), at + ".replies")));
        }
        return comments;
    }

    /** A string field: null when absent or null (an error when {@code required}), an error for any other type. */
    private static String string(JsonNode object, String field, String path, boolean required) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw malformed(path + field + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw malformed(path + field + " must be a string");
        }
        String text = value.asText();
        if (required && text.isBlank()) {
            throw malformed(path + field + " must be a non-empty string");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                throw malformed(String.format("%s%s contains the control character U+%04X", path, field, (int) c));
            }
        }
        return text.isBlank() ? null : text;
    }

    private static ArticleFormatException malformed(String message) {
        return new ArticleFormatException(Problem.MALFORMED_JSON, message);
    }
}
