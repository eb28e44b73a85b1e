package io.whosaid.ingest.html;

import io.whosaid.ingest.ArticleFormatException;
import io.whosaid.ingest.CommentNode;
import io.whosaid.ingest.IncomingArticle;
import io.whosaid.ingest.PublishedDates;
import io.whosaid.ingest.StructuredArticle;
import io.whosaid.ingest.html.BlockText.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page into the same article the text format gives: the title, subtitle (dek), byline, date,
 * publisher and canonical url from the page's metadata (JSON-LD, Open Graph, {@code <meta>}) or, without any, from
 * its markup; the body without navigation, ads, share bars and related-links boxes; the reader-comment thread
 * ({@link CommentThreadReader}). A republisher's trailing "Source: NAME" paragraph names the publisher, as in the
 * text format, before the page's own site name does.
 *
 * <p>Pure and stateless. It does not limit size; callers do.
 */
public final class HtmlArticleParser {

    /** The elements a site marks as the article's text, most specific first. */
    private static final List<String> BODY_SELECTORS = List.of(
            "[itemprop=articleBody]",
            ".entry-content",
            ".post-content",
            ".article-body",
            ".article__body",
            ".story-body",
            ".article-content",
            ".post-body",
            "#article-body",
            ".story-content",
            ".content-body");

    private static final List<String> DEK_SELECTORS = List.of(
            "[itemprop=alternativeHeadline]",
            ".dek",
            ".article-dek",
            ".article__dek",
            ".standfirst",
            ".subtitle",
            ".sub-title",
            ".subheadline",
            ".sub-headline",
            ".entry-subtitle",
            ".article-summary",
            ".summary");
    private static final List<String> BYLINE_SELECTORS = List.of(
            "[rel=author]",
            ".byline [itemprop=name]",
            ".byline .author",
            ".author-name",
            ".entry-author",
            ".byline",
            ".posted-by",
            "[itemprop=author] [itemprop=name]");
    private static final String DATE_ELEMENTS = "time[itemprop=datePublished], time.entry-date.published, "
            + "time.published, [itemprop=datePublished][content], time[pubdate], time[datetime]";
    /** class or id words of page furniture: navigation, ads, share bars, related links, newsletter boxes, meta lines. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(nav|navbar|navigation|menu|main-menu|"
            + "breadcrumbs?|sidebar.*|widget.*|share|shares|share-.*|sharing.*|sharedaddy|social.*|.*-social|"
            + "ad|ads|advert.*|ad-.*|.*-ad|.*-ads|adsbygoogle|sponsor.*|promo.*|related.*|.*-related|"
            + "jp-relatedposts|newsletter.*|subscribe.*|signup.*|cookie.*|popup.*|modal.*|disqus.*|outbrain.*|"
            + "taboola.*|recirc.*|more-stories|read-more|post-tags|tags|tag-links|entry-meta|entry-footer|post-meta|"
            + "byline|author-bio|author-box|site-header|site-footer|skip-link|screen-reader-text|sr-only|"
            + "visually-hidden|hidden|print-only)$");

    private static final List<String> FURNITURE_TAGS =
            List.of("nav", "aside", "form", "header", "footer", "figure", "menu");
    /** Lines a page repeats around every article; never content. */
    private static final Pattern BOILERPLATE =
            Pattern.compile("(?i)^(advertisement|adverti[sz]ing|sponsored( content)?|"
                    + "share( this( article| story)?)?:?|like this:?|related( posts| articles| stories)?:?|you may also like:?|"
                    + "read more:?|continue reading.*|click to (share|email|print).*|share on \\w+|tweet|email|print|"
                    + "loading\\.\\.\\.|leave an? (reply|comment).*|(subscribe|sign up)\\b.*newsletter.*|posted in .*|"
                    + "tagged:? .*|filed under:? .*|skip to (main )?content|\\(opens in new window\\)|"
                    + "(\\d+ )?(reader )?comments?( \\(\\d+\\))?:?)$");

    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
    /** Less than this much text in the longest paragraph, and a page is a list of links or a form, not an article. */
    private static final int MIN_PARAGRAPH_CHARS = 80;

    private static final double MAX_LINK_SHARE = 0.6;

    /** A page as text (already decoded); {@code pageUrl} resolves relative links, and may be null. */
    public IncomingArticle parse(String html, String pageUrl) {
        if (html == null || html.isBlank()) {
            throw new ArticleFormatException("The page is empty.");
        }
        refuseBinary(html);
        return read(Jsoup.parse(html, pageUrl == null ? "" : pageUrl));
    }

    /**
     * A page as bytes: the charset is {@code charset} when given (an HTTP Content-Type's), else the page's BOM or
     * {@code <meta charset>}, else UTF-8.
     */
    public IncomingArticle parse(byte[] page, String charset, String pageUrl) {
        if (page.length == 0) {
            throw new ArticleFormatException("The page is empty.");
        }
        for (int i = 0; i < Math.min(page.length, 4096); i++) {
            if (page[i] == 0) {
                throw new ArticleFormatException("The page contains NUL bytes; it looks like binary data, not HTML.");
            }
        }
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(page), charset, pageUrl == null ? "" : pageUrl);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ArticleFormatException("The page's encoding \"" + charset + "\" is not one this service knows.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(document);
    }

    private static void refuseBinary(String html) {
        for (int i = 0; i < Math.min(html.length(), 4096); i++) {
            if (html.charAt(i) == 0) {
                throw new ArticleFormatException(
                        "The page contains NUL characters; it looks like binary data, not HTML.");
            }
        }
    }

    private IncomingArticle read(Document page) {
        PageMetadata meta = MetadataReader.read(page);
        List<CommentNode> comments = CommentThreadReader.read(page);
        for (Element thread : CommentThreadReader.threadElements(page)) {
            thread.remove();
        }
        String byline = meta.authors().isEmpty() ? bylineElement(page) : String.join(" and ", meta.authors());
        String date = PublishedDates.normalize(meta.datePublished());
        if (date == null) {
            date = dateElement(page);
        }
        Element headline = headlineElement(page);
        String title = first(
                meta.headline(),
                headline == null ? null : headline.text(),
                meta.socialTitle(),
                pageTitle(page, meta.publisher()));
        if (title == null) {
            throw new ArticleFormatException(
                    ArticleFormatException.Problem.NO_ARTICLE,
                    "The page has no title: no JSON-LD headline, <h1>, og:title or <title>.");
        }
        String dek = meta.alternativeHeadline() != null ? meta.alternativeHeadline() : dekElement(page);

        Element body = bodyElement(page);
        int bodyChars = body.text().length();
        List<Paragraph> blocks = BlockText.of(body, " ", element -> isFurniture(element, bodyChars));
        List<String> paragraphs = new ArrayList<>();
        boolean firstBlock = true;
        for (Paragraph block : blocks) {
            String text = block.text();
            boolean repeatsHeader = text.equals(title)
                    || text.equals(dek)
                    || (byline != null && text.equals(byline))
                    || block.tag().equals("h1");
            if (repeatsHeader
                    || block.linkShare() > MAX_LINK_SHARE
                    || BOILERPLATE.matcher(text).matches()) {
                continue;
            }
            // A republished article's dek is often the body's first line, set as a heading.
            if (firstBlock && dek == null && block.tag().matches("h[2-4]") && blocks.size() > 1) {
                dek = text;
                firstBlock = false;
                continue;
            }
            firstBlock = false;
            paragraphs.add(text);
        }
        if (paragraphs.stream().mapToInt(String::length).max().orElse(0) < MIN_PARAGRAPH_CHARS
                && paragraphs.stream().mapToInt(String::length).sum() < 2 * MIN_PARAGRAPH_CHARS) {
            throw new ArticleFormatException(
                    ArticleFormatException.Problem.NO_ARTICLE,
                    "The page \"" + title + "\" has no article: no paragraph of text outside "
                            + "navigation, link lists and forms.");
        }
        String source = StructuredArticle.takeSourceLine(paragraphs);
        if (dek == null
                && meta.description() != null
                && !startsTheBody(meta.description(), paragraphs)
                && meta.description().length() < 300) {
            dek = meta.description();
        }
        StructuredArticle.Assembled assembled = StructuredArticle.assemble(
                title, dek, paragraphs, source != null ? source : meta.publisher(), comments);
        return new IncomingArticle(assembled.parsed(), httpUrl(meta.url()), date, byline, assembled.commentDates());
    }

    /** The article's h1: one marked as the headline, else one inside the article, else the page's first. */
    private static Element headlineElement(Document page) {
        for (String selector : List.of("h1[itemprop=headline]", "h1.entry-title", "article h1", "main h1", "h1")) {
            for (Element h1 : page.select(selector)) {
                if (!h1.text().isBlank() && !h1.hasClass("site-title") && h1.closest("nav, .site-header") == null) {
                    return h1;
                }
            }
        }
        return null;
    }

    private static String pageTitle(Document page, String siteName) {
        String title = page.title().strip();
        if (title.isEmpty()) {
            return null;
        }
        if (siteName != null) {
            for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ")) {
                if (title.endsWith(separator + siteName)) {
                    return title.substring(0, title.length() - separator.length() - siteName.length())
                            .strip();
                }
            }
        }
        return title;
    }

    private static String dekElement(Document page) {
        for (String selector : DEK_SELECTORS) {
            Element dek = page.selectFirst(selector);
            if (dek != null && !dek.text().isBlank() && dek.text().length() < 300) {
                return dek.text().strip();
            }
        }
        return null;
    }

    private static String bylineElement(Document page) {
        for (String selector : BYLINE_SELECTORS) {
            Element byline = page.selectFirst(selector);
            if (byline != null) {
                String name = BY.matcher(byline.text().strip())
                        .replaceFirst("")
                        .replaceFirst("[,|]+$", "")
                        .strip();
                if (!name.isEmpty() && name.length() <= 200) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String dateElement(Document page) {
        for (Element element : page.select(DATE_ELEMENTS)) {
            String value = element.hasAttr("datetime")
                    ? element.attr("datetime")
                    : element.hasAttr("content") ? element.attr("content") : element.text();
            String date = PublishedDates.normalize(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * The element holding the article's text: one the site marks as such, else the element that directly holds
     * the most paragraph text (paragraphs of mostly links do not count), else the page's main, article or body.
     */
    private static Element bodyElement(Document page) {
        for (String selector : BODY_SELECTORS) {
            Element best = null;
            for (Element candidate : page.select(selector)) {
                if (best == null || candidate.text().length() > best.text().length()) {
                    best = candidate;
                }
            }
            if (best != null && best.text().length() >= MIN_PARAGRAPH_CHARS) {
                return best;
            }
        }
        java.util.Map<Element, Integer> scores = new java.util.IdentityHashMap<>();
        for (Element paragraph : page.select("p")) {
            int length = paragraph.text().length();
            int links = paragraph.select("a").text().length();
            if (length < 25 || links > length * MAX_LINK_SHARE || paragraph.parent() == null) {
                continue;
            }
            scores.merge(paragraph.parent(), length, Integer::sum);
            Element grandparent = paragraph.parent().parent();
            if (grandparent != null) {
                scores.merge(grandparent, length / 2, Integer::sum);
            }
        }
        Element best = scores.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey)
                .orElse(null);
        if (best != null) {
            return best;
        }
        for (String selector : List.of("article", "main", "[role=main]")) {
            Element element = page.selectFirst(selector);
            if (element != null) {
                return element;
            }
        }
        return page.body();
    }

    /**
     * Page furniture inside the body element: by tag or by a class or id word. An element holding most of the
     * body's text is never furniture, whatever its class says (a theme's "sidebar-left" wrapper around everything).
     */
    private static boolean isFurniture(Element element, int bodyChars) {
        boolean furniture = FURNITURE_TAGS.contains(element.normalName())
                || element.hasAttr("hidden")
                || "true".equals(element.attr("aria-hidden"))
                || element.attr("style")
                        .replace(" ", "")
                        .toLowerCase(Locale.ROOT)
                        .contains("display:none")
                || element.classNames().stream()
                        .anyMatch(name -> FURNITURE.matcher(name).matches())
                || (!element.id().isEmpty() && FURNITURE.matcher(element.id()).matches());
        return furniture && element.text().length() * 2 < bodyChars;
    }

    /** Whether a description is the body's opening (an excerpt WordPress makes), not a dek of its own. */
    private static boolean startsTheBody(String description, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return false;
        }
        String start = description
                .replaceAll("(\\[…\\]|\\[\\.\\.\\.\\]|…|\\.\\.\\.)\\s*$", "")
                .strip();
        String prefix = start.substring(0, Math.min(start.length(), 60));
        return paragraphs.get(0).startsWith(prefix)
                || String.join(" ", paragraphs).startsWith(prefix);
    }

    private static String httpUrl(String url) {
        return url != null && url.matches("(?i)^https?://[^\\s]+$") ? url : null;
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
