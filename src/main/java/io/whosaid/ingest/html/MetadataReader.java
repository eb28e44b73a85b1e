package io.whosaid.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@link PageMetadata} from JSON-LD first, then Open Graph and {@code <meta>} tags. */
final class MetadataReader {

    /** {@code <meta>} names that carry a publication date, in the order they are trusted. */
    private static final List<String> DATE_NAMES = List.of(
            "article:published_time",
            "datepublished",
            "og:published_time",
            "published_time",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "dcterms.date",
            "sailthru.date",
            "parsely-pub-date",
            "citation_publication_date");

    private MetadataReader() {}

    static PageMetadata read(Document page) {
        Map<String, String> meta = metaTags(page);
        JsonLdArticle jsonLd = JsonLdArticle.find(page);

        List<String> authors = new ArrayList<>(jsonLd == null ? List.of() : jsonLd.authors());
        if (authors.isEmpty()) {
            for (String key : List.of("author", "article:author", "byl", "parsely-author", "dc.creator")) {
                String author = meta.get(key);
                // article:author is often a profile url, which names no one.
                if (author != null && !author.matches("(?i)^https?://.*")) {
                    authors.add(author.replaceFirst("(?i)^by\\s+", ""));
                    break;
                }
            }
        }
        String date = jsonLd == null ? null : jsonLd.datePublished();
        for (String key : DATE_NAMES) {
            if (date == null) {
                date = meta.get(key);
            }
        }
        Element canonical = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        String url = canonical == null ? null : canonical.absUrl("href");
        if (url == null || url.isEmpty()) {
            url = first(meta.get("og:url"), jsonLd == null ? null : jsonLd.url());
        }
        return new PageMetadata(
                jsonLd == null ? null : jsonLd.headline(),
                first(meta.get("og:title"), meta.get("twitter:title")),
                jsonLd == null ? null : jsonLd.alternativeHeadline(),
                first(
                        jsonLd == null ? null : jsonLd.description(),
                        meta.get("og:description"),
                        meta.get("description"),
                        meta.get("twitter:description")),
                List.copyOf(authors),
                date,
                first(
                        jsonLd == null ? null : jsonLd.publisher(),
                        meta.get("og:site_name"),
                        meta.get("application-name")),
                url);
    }

    /** The page's meta tags by lower-cased property, name or itemprop; the first of a name wins. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> tags = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : List.of("property", "name", "itemprop")) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    tags.putIfAbsent(key, content);
                }
            }
        }
        return tags;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
