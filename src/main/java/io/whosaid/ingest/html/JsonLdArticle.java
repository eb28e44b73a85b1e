package io.whosaid.ingest.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article node of a page's JSON-LD ({@code <script type="application/ld+json">}): a {@code NewsArticle} or one
 * of its kin, alone, in an array or in an {@code @graph}, its author and publisher inline or referenced by
 * {@code @id} (as Yoast SEO on WordPress writes them). Scripts that do not parse are ignored: pages often ship
 * JSON-LD with trailing commas or worse, and the rest of the page still holds the article.
 */
final class JsonLdArticle {

    /** schema.org types that are an article; news types rank before the generic ones. */
    private static final List<String> ARTICLE_TYPES = List.of(
            "NewsArticle",
            "ReportageNewsArticle",
            "AnalysisNewsArticle",
            "OpinionNewsArticle",
            "BackgroundNewsArticle",
            "ReviewNewsArticle",
            "Article",
            "BlogPosting",
            "LiveBlogPosting",
            "SocialMediaPosting",
            "Report");

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                    .build())
            .build();

    private final JsonNode article;
    private final Map<String, JsonNode> byId;

    private JsonLdArticle(JsonNode article, Map<String, JsonNode> byId) {
        this.article = article;
        this.byId = byId;
    }

    /** The page's article node, or null when its JSON-LD has none. */
    static JsonLdArticle find(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (JsonProcessingException unreadable) {
                // ignored: see the class comment
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            if (node.hasNonNull("@id")) {
                byId.putIfAbsent(node.get("@id").asText(), node);
            }
        }
        for (String type : ARTICLE_TYPES) {
            for (JsonNode node : nodes) {
                if (types(node).contains(type)) {
                    return new JsonLdArticle(node, byId);
                }
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    String headline() {
        String headline = text(article.get("headline"));
        return headline != null ? headline : text(article.get("name"));
    }

    String alternativeHeadline() {
        return text(article.get("alternativeHeadline"));
    }

    String description() {
        return text(article.get("description"));
    }

    String datePublished() {
        String published = text(article.get("datePublished"));
        return published != null ? published : text(article.get("dateCreated"));
    }

    String publisher() {
        return name(article.get("publisher"));
    }

    List<String> authors() {
        JsonNode author = article.get("author");
        List<String> names = new ArrayList<>();
        if (author != null && author.isArray()) {
            author.forEach(a -> addName(names, name(a)));
        } else {
            addName(names, name(author));
        }
        return names;
    }

    String url() {
        String url = text(article.get("url"));
        if (url != null) {
            return url;
        }
        JsonNode page = article.get("mainEntityOfPage");
        if (page == null) {
            return null;
        }
        return page.isObject() ? text(page.get("@id")) : text(page);
    }

    private static void addName(List<String> names, String name) {
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    /** A name given as a string, an object with a name, or a reference to a node of the page's graph. */
    private String name(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : name(value.get(0));
        }
        if (value.isObject()) {
            if (value.hasNonNull("name")) {
                return text(value.get("name"));
            }
            JsonNode target =
                    value.hasNonNull("@id") ? byId.get(value.get("@id").asText()) : null;
            return target != null && target != value && target.hasNonNull("name") ? text(target.get("name")) : null;
        }
        return text(value);
    }

    /** A plain string value, stripped; null for anything else or blank. */
    private static String text(JsonNode value) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
