package io.whosaid.eval;

import io.whosaid.ingest.ArticleTextParser;
import io.whosaid.ingest.ParsedArticle;
import io.whosaid.ingest.extract.Extraction;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The system under test: article text in, parsed article and extraction out.
 * The extractor is looked up by name because it is being written alongside the evaluation; once it has
 * landed this becomes a plain {@code new Extractor().extract(parsed)}.
 */
final class ExtractionPipeline {

    static final String EXTRACTOR_CLASS = "io.whosaid.ingest.extract.Extractor";

    private final ArticleTextParser parser = new ArticleTextParser();
    private final Object extractor;
    private final Method extract;

    private ExtractionPipeline(Object extractor, Method extract) {
        this.extractor = extractor;
        this.extract = extract;
    }

    /** The pipeline, or null when the extractor class is not on the classpath yet. */
    static ExtractionPipeline loadOrNull() {
        try {
            Class<?> type = Class.forName(EXTRACTOR_CLASS);
            return new ExtractionPipeline(type.getConstructor().newInstance(), type.getMethod("extract", ParsedArticle.class));
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(EXTRACTOR_CLASS + " has no public no-argument constructor or extract(ParsedArticle)", e);
        }
    }

    record Result(ParsedArticle article, Extraction extraction) {
    }

    Result run(String articleText) {
        ParsedArticle parsed = parser.parse(articleText);
        try {
            return new Result(parsed, (Extraction) extract.invoke(extractor, parsed));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
