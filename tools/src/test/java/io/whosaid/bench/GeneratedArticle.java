package io.whosaid.bench;

import io.whosaid.ingest.resolve.ArticleGraph;
import java.time.ZonedDateTime;

/**
 * One generated article as the service would write it, plus what the service sets itself at write time.
 *
 * @param index      its position in the corpus (0-based)
 * @param graph      its rows, with the service's ids, labels' keys and properties
 * @param ingestedAt the Article.ingestedAt the bulk loader stores (the service stamps datetime() instead)
 */
public record GeneratedArticle(int index, ArticleGraph graph, ZonedDateTime ingestedAt) {}
