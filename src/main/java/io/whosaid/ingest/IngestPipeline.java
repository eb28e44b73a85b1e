package io.whosaid.ingest;

import io.whosaid.ingest.extract.Extractor;
import io.whosaid.ingest.html.HtmlArticleParser;
import io.whosaid.ingest.json.JsonArticleParser;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraphBuilder;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An article in any input format to the rows of one write: parse, extract, resolve ids. Pure Java, no database,
 * so it is tested and benchmarked on its own. Throws {@link ArticleFormatException} for input that is not an article.
 */
@ApplicationScoped
public class IngestPipeline {

    /** The formats an article comes in. */
    public enum Format {
        TEXT,
        HTML,
        JSON
    }

    private final ArticleTextParser parser = new ArticleTextParser();
    private final HtmlArticleParser html = new HtmlArticleParser();
    private final JsonArticleParser json = new JsonArticleParser();
    private final Extractor extractor = new Extractor();
    private final ArticleGraphBuilder builder = new ArticleGraphBuilder();

    /** Text in the text format, as before there were other formats. */
    public ArticleGraph prepare(String text, String url, String publishedAt) {
        return prepare(IncomingArticle.ofText(parser.parse(text)), url, publishedAt);
    }

    /** Reads {@code input} in its format; {@code pageUrl} resolves a page's relative links and may be null. */
    public IncomingArticle read(Format format, String input, String pageUrl) {
        return switch (format) {
            case TEXT -> IncomingArticle.ofText(parser.parse(input));
            case HTML -> html.parse(input, pageUrl);
            case JSON -> json.parse(input);
        };
    }

    /** A page fetched or read from disk as bytes; {@code charset} is the one its transport declared, or null. */
    public IncomingArticle readPage(byte[] page, String charset, String pageUrl) {
        return html.parse(page, charset, pageUrl);
    }

    /**
     * The rows of the article's write. A {@code url} or {@code publishedAt} given here wins over what the article
     * itself says (a page's canonical link, a JSON url); either may be null.
     */
    public ArticleGraph prepare(IncomingArticle article, String url, String publishedAt) {
        ParsedArticle parsed = article.parsed();
        return builder.build(
                parsed,
                extractor.extract(parsed),
                url != null ? url : article.url(),
                publishedAt != null ? publishedAt : article.publishedAt());
    }
}
