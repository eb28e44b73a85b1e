package io.whosaid.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.graph.ArticleWriter;
import io.whosaid.ingest.ArticleTextParser;
import io.whosaid.ingest.ParsedArticle;
import io.whosaid.ingest.extract.CommentFacts;
import io.whosaid.ingest.extract.EntityType;
import io.whosaid.ingest.extract.Evidence;
import io.whosaid.ingest.extract.ExtractedAffiliation;
import io.whosaid.ingest.extract.ExtractedEntity;
import io.whosaid.ingest.extract.ExtractedQuote;
import io.whosaid.ingest.extract.Extraction;
import io.whosaid.ingest.extract.QuoteKind;
import io.whosaid.ingest.resolve.ArticleGraphBuilder;
import java.util.List;

/**
 * A graph whose facts are known exactly: the article is parsed for real and its extraction is written out by
 * hand, so read-path tests check what the API returns whatever the extractor finds.
 */
public final class KnownGraph {

    private KnownGraph() {}

    public static final String TEXT = """
            Harbor Board Rejects Ferry Plan

            Talks on the night crossing stall again

            “We will not sign this plan,” said Mara Quell, chair of the Harbor Board. “Not this year.”

            Ivo Brenn, director of Tidewater Lines, said that talks with Ms. Quell would go on.

            Ms. Quell later told reporters: “Tidewater Lines has not listened.”

            Source: The Coastal Ledger

              1. gullwatcher says

                Quell is right about this.

                1. Brenn_fan says

                  No, Brenn is.

              2. ferryman says

                Who pays?

            Leave A Reply
            """;

    /** Writes the fixture article (idempotent) and returns its id. */
    public static String write(ArticleWriter writer) {
        ParsedArticle parsed = new ArticleTextParser().parse(TEXT);
        String body = parsed.text();
        List<ExtractedEntity> entities = List.of(
                new ExtractedEntity(
                        "mara quell", EntityType.PERSON, "Mara Quell", List.of("Quell", "Ms. Quell"), 3, null),
                new ExtractedEntity("ivo brenn", EntityType.PERSON, "Ivo Brenn", List.of(), 1, null),
                new ExtractedEntity("harbor board", EntityType.ORGANIZATION, "Harbor Board", List.of(), 1, null),
                new ExtractedEntity("tidewater lines", EntityType.ORGANIZATION, "Tidewater Lines", List.of(), 2, null));
        List<ExtractedQuote> quotes = List.of(
                quote(
                        body,
                        "We will not sign this plan,",
                        QuoteKind.DIRECT,
                        "said",
                        "mara quell",
                        List.of("harbor board")),
                quote(body, "Not this year.", QuoteKind.DIRECT, "said", "mara quell", List.of()),
                quote(
                        body,
                        "talks with Ms. Quell would go on",
                        QuoteKind.INDIRECT,
                        "said",
                        "ivo brenn",
                        List.of("mara quell")),
                quote(
                        body,
                        "Tidewater Lines has not listened.",
                        QuoteKind.DIRECT,
                        "told",
                        "mara quell",
                        List.of("tidewater lines")));
        List<ExtractedAffiliation> affiliations = List.of(
                new ExtractedAffiliation("mara quell", "harbor board", "chair"),
                new ExtractedAffiliation("ivo brenn", "tidewater lines", "director"));
        List<CommentFacts> comments = List.of(
                new CommentFacts("1", List.of("mara quell"), false),
                new CommentFacts("1.1", List.of("ivo brenn"), false),
                new CommentFacts("2", List.of(), false));
        var graph = new ArticleGraphBuilder()
                .build(
                        parsed,
                        new Extraction(entities, quotes, affiliations, comments),
                        "https://ledger.example/harbor-board",
                        "2026-01-12");
        return writer.write(graph).articleId();
    }

    private static ExtractedQuote quote(
            String body, String text, QuoteKind kind, String cue, String speaker, List<String> about) {
        int start = body.indexOf(text);
        assertTrue(start >= 0, text);
        return new ExtractedQuote(
                text, kind, cue, speaker, about, new Evidence(text, start, start + text.length()), 0.9);
    }
}
