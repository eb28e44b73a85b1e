package io.whosaid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whosaid.ingest.ArticleTextParser;
import io.whosaid.ingest.ParsedArticle;
import io.whosaid.ingest.ParsedComment;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraph.CommentRow;
import io.whosaid.ingest.resolve.ArticleGraph.QuoteRow;
import io.whosaid.ingest.resolve.Ids;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator is pure Java: deterministic, shaped as the issue asks, and consistent with the service's ids. */
class CorpusGeneratorTest {

    private final CorpusGenerator generator = new CorpusGenerator(new CorpusSpec(2_000, 42));

    @Test
    void sameSpecAndIndexGiveTheSameArticleWhateverTheOrder() {
        CorpusGenerator other = new CorpusGenerator(new CorpusSpec(2_000, 42));
        ArticleGraph late = other.article(1234).graph();
        other.article(7);
        assertEquals(generator.article(1234).graph(), late);
        assertEquals(generator.article(7).graph(), other.article(7).graph());
        assertNotEquals(
                generator.article(7).graph(),
                new CorpusGenerator(new CorpusSpec(2_000, 43)).article(7).graph());
    }

    @Test
    void articlesHaveAboutTwentyQuotesFifteenCommentsAndTenEntities() {
        int n = 500;
        double quotes = 0;
        double comments = 0;
        double entities = 0;
        double replies = 0;
        for (int i = 0; i < n; i++) {
            ArticleGraph graph = generator.article(i).graph();
            quotes += graph.quotes().size();
            comments += graph.comments().size();
            entities += graph.people().size() + graph.organizations().size();
            replies +=
                    graph.comments().stream().filter(c -> c.parentId() != null).count();
        }
        assertEquals(20, quotes / n, 1.5);
        assertEquals(15, comments / n, 1.5);
        assertEquals(10, entities / n, 1.5);
        assertTrue(replies / comments > 0.3, "threads have replies");
    }

    @Test
    void aFewPercentOfQuotesHaveAnUnnamedSourceDescribedInTheirSentence() {
        int quotes = 0;
        int unnamed = 0;
        Set<String> descriptions = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            for (QuoteRow quote : generator.article(i).graph().quotes()) {
                quotes++;
                if (quote.unnamedSource() != null) {
                    unnamed++;
                    descriptions.add(quote.unnamedSource());
                    assertNull(quote.speakerId(), "an unnamed source stands for a speaker not named");
                    assertTrue(
                            quote.sentence().toLowerCase(Locale.ROOT).contains(quote.unnamedSource()),
                            quote.sentence());
                }
            }
        }
        double share = (double) unnamed / quotes;
        assertTrue(share > 0.03 && share < 0.10, "share of unnamed-source quotes: " + share);
        assertEquals(CorpusGenerator.UNNAMED_SOURCES.size(), descriptions.size(), descriptions.toString());
    }

    @Test
    void popularityIsAPowerLaw() {
        Map<String, Integer> articlesByPerson = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            generator.article(i).graph().people().forEach(p -> articlesByPerson.merge(p.id(), 1, Integer::sum));
        }
        String top = generator.catalog().people().get(0).id();
        String hundredth = generator.catalog().people().get(99).id();
        // Zipf with exponent 0.9: rank 1 is mentioned tens of times as often as rank 100.
        assertTrue(
                articlesByPerson.get(top) > 10 * articlesByPerson.getOrDefault(hundredth, 1),
                articlesByPerson.get(top) + " vs " + articlesByPerson.get(hundredth));
    }

    @Test
    void namesSufficeForAHundredThousandArticles() {
        Catalog catalog = new CorpusGenerator(new CorpusSpec(100_000, 42)).catalog();
        assertEquals(50_000, catalog.people().size());
        assertEquals(10_000, catalog.organizations().size());
        assertEquals(40 * 833, catalog.commenterCount());
    }

    @Test
    void idsFollowTheServiceScheme() {
        ArticleGraph graph = generator.article(3).graph();
        String articleId = graph.article().id();
        assertEquals(Ids.article(graph.article().url(), graph.article().contentHash()), articleId);
        for (QuoteRow quote : graph.quotes()) {
            assertEquals(Ids.quote(articleId, quote.kind(), quote.start(), quote.end()), quote.id());
            assertEquals(
                    quote.text(),
                    graph.article().text().substring(quote.start(), quote.end()),
                    "evidence offsets point at the quote in the article text");
            assertTrue(graph.article().text().contains(quote.sentence()));
        }
        for (CommentRow comment : graph.comments()) {
            assertEquals(Ids.comment(articleId, comment.number()), comment.id());
            assertEquals(Ids.commenter(Ids.site(graph.article().url()), comment.authorHandle()), comment.authorId());
        }
        graph.people().forEach(p -> assertEquals(Ids.person(p.name()), p.id()));
        graph.organizations().forEach(o -> assertEquals(Ids.organization(o.name()), o.id()));
        Set<String> quoteIds = new HashSet<>();
        graph.quotes().forEach(q -> assertTrue(quoteIds.add(q.id()), "quote ids are unique"));
    }

    @Test
    void renderedTextParsesBackToTheSameArticle() {
        ArticleGraph graph = generator.article(11).graph();
        ParsedArticle parsed = new ArticleTextParser().parse(ArticleText.render(graph));
        assertEquals(graph.article().title(), parsed.title());
        assertEquals(graph.article().subtitle(), parsed.subtitle());
        assertEquals(graph.article().text(), parsed.text());
        assertEquals(graph.publisher().name(), parsed.source());
        assertEquals(graph.comments().size(), parsed.comments().size());
        Map<String, String> parentNumberById = new HashMap<>();
        graph.comments().forEach(c -> parentNumberById.put(c.id(), c.number()));
        for (int i = 0; i < parsed.comments().size(); i++) {
            ParsedComment comment = parsed.comments().get(i);
            CommentRow row = graph.comments().get(i);
            assertEquals(row.number(), comment.number());
            assertEquals(row.authorHandle(), comment.author());
            assertEquals(row.text(), comment.text());
            assertEquals(row.parentId() == null ? null : parentNumberById.get(row.parentId()), comment.parentNumber());
        }
    }
}
