package io.whosaid.ingest;

import io.whosaid.ingest.extract.Extractor;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraphBuilder;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Raw text to the rows of one write: parse, extract, resolve ids. Pure Java, no database, so it is tested
 * and benchmarked on its own. Throws {@link ArticleFormatException} for text that is not an article.
 */
@ApplicationScoped
public class IngestPipeline {

    private final ArticleTextParser parser = new ArticleTextParser();
    private final Extractor extractor = new Extractor();
    private final ArticleGraphBuilder builder = new ArticleGraphBuilder();

    public ArticleGraph prepare(String text, String url, String publishedAt) {
        ParsedArticle parsed = parser.parse(text);
        return builder.build(parsed, extractor.extract(parsed), url, publishedAt);
    }
}
