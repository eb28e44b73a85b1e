package io.whosaid.eval;

import io.whosaid.ingest.ArticleTextParser;
import io.whosaid.ingest.ParsedArticle;
import io.whosaid.ingest.extract.Extraction;
import io.whosaid.ingest.extract.Extractor;

/** The system under test, exactly as ingestion runs it: article text in, parsed article and extraction out. */
final class ExtractionPipeline {

    private final ArticleTextParser parser = new ArticleTextParser();
    private final Extractor extractor = new Extractor();

    record Result(ParsedArticle article, Extraction extraction) {}

    Result run(String articleText) {
        ParsedArticle parsed = parser.parse(articleText);
        return new Result(parsed, extractor.extract(parsed));
    }
}
