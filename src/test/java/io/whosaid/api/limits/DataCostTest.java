package io.whosaid.api.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.whosaid.graph.ListSizeStatistics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cost from the data (DataListSizes over ListSizeStatistics' figures, which each test sets itself): ordinary
 * walks through paged lists pass, fan-outs through the graph's busiest lists and many copies of long texts do not.
 */
class DataCostTest {

    static final GraphQLSchema SCHEMA =
            new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query {
              person(id: ID!): Person
              article(id: ID!): Article
              articles(first: Int): ArticleConnection!
              quotes(first: Int, articleId: ID): QuoteConnection!
            }
            interface Entity { id: ID! name: String! quotedAbout(first: Int): QuoteConnection! }
            type Person implements Entity {
              id: ID! name: String! said(first: Int): QuoteConnection! quotedAbout(first: Int): QuoteConnection!
            }
            type Organization implements Entity { id: ID! name: String! quotedAbout(first: Int): QuoteConnection! }
            type QuoteConnection { totalCount: Int! edges: [QuoteEdge!]! }
            type QuoteEdge { cursor: String! node: Quote! }
            type Quote { id: ID! text: String! speaker: Entity about: [Entity!]! article: Article! }
            type ArticleConnection { edges: [ArticleEdge!]! }
            type ArticleEdge { node: Article! }
            type Article { id: ID! title: String! text: String! comments: [Comment!]! }
            type Comment { number: String! text: String! author: Commenter! article: Article! }
            type Commenter { handle: String! comments: [Comment!]! }
            """), RuntimeWiring.MOCKED_WIRING);

    static final OperationAnalysis.Bounds BOUNDS = new OperationAnalysis.Bounds(12, 100_000, 30, 20, 10);
    static final long UNIT = 500;
    static final long KEYED = 100_000;
    static final long ANONYMOUS = 5_000;

    /** Issue 17's ordinary walk: a person's quotes, their subjects, and who else was quoted about those. */
    static final String WALK = "query($id: ID!) { person(id: $id) { said(first: 20) { edges { node { about {"
            + " quotedAbout(first: 20) { edges { node { speaker { name } } } } } } } } } }";
    /** Issue 13's fan-out through a busy commenter, twice. */
    static final String FAN_OUT = "{ quotes(first: 1) { edges { node { article { comments { author { comments {"
            + " article { comments { author { comments { text } } } } } } } } } } } }";

    /** A graph like the issues': a commenter with 554 comments, threads of 300, a few quotes per subject. */
    static ListSizeStatistics.Sizes sizes(long... articleTexts) {
        return new ListSizeStatistics.Sizes(
                true,
                Map.of(
                        "commentsPerArticle",
                        300L,
                        "commentsPerCommenter",
                        554L,
                        "quotesPerSpeaker",
                        400L,
                        "quotesPerSubject",
                        900L,
                        "subjectsPerQuote",
                        4L,
                        "quotesPerArticle",
                        60L),
                Map.of(
                        "articleText",
                        new ListSizeStatistics.TextLengths(articleTexts),
                        "commentText",
                        new ListSizeStatistics.TextLengths(new long[] {3_000, 2_000, 800})));
    }

    /** The article's lists as the schema has them since issue 17: connections with a page size. */
    static final GraphQLSchema CONNECTIONS =
            new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { article(id: ID!): Article }
            type Article {
              id: ID! title: String!
              comments(first: Int, after: String, last: Int, before: String): CommentConnection!
              quotes(first: Int, after: String, last: Int, before: String): QuoteConnection!
            }
            type CommentConnection { totalCount: Int! edges: [CommentEdge!]! }
            type CommentEdge { cursor: String! node: Comment! }
            type Comment {
              number: String! replies(first: Int, after: String, last: Int, before: String): CommentConnection!
            }
            type QuoteConnection { totalCount: Int! edges: [QuoteEdge!]! }
            type QuoteEdge { cursor: String! node: Quote! }
            type Quote { id: ID! }
            """), RuntimeWiring.MOCKED_WIRING);

    @Test
    void anArticlesConnectionsCostTheirPageSizesNoLongerThanTheDataHas() {
        ListSizeStatistics.Sizes sizes = new ListSizeStatistics.Sizes(
                true, Map.of("commentsPerArticle", 300L, "repliesPerComment", 50L, "quotesPerArticle", 25L), Map.of());
        String walk = "{ article(id: \"a\") { comments(first: %d) { edges { node { number"
                + " replies(first: 100) { edges { node { number } } } } } } } }";
        // replies: 1 + (edges: 1 + 50 (the longest) x (node 1 + number 1)) = 102; a comment 1 + 1 + 102 = 104
        assertEquals(1 + 1 + 1 + 10 * 104, costIn(CONNECTIONS, walk.formatted(10), sizes));
        assertEquals(1 + 1 + 1 + 100 * 104, costIn(CONNECTIONS, walk.formatted(100), sizes));
        // without first: the default page size (20), and last counts as first does
        assertEquals(
                1 + 1 + 1 + 20 * 2,
                costIn(CONNECTIONS, "{ article(id: \"a\") { quotes { edges { node { id } } } } }", sizes));
        assertEquals(
                1 + 1 + 1 + 5 * 2,
                costIn(CONNECTIONS, "{ article(id: \"a\") { quotes(last: 5) { edges { node { id } } } } }", sizes));
        assertTrue(costIn(CONNECTIONS, walk.formatted(100), sizes) < KEYED);
    }

    static long costIn(GraphQLSchema schema, String query, ListSizeStatistics.Sizes sizes) {
        return OperationAnalysis.analyse(
                        Parser.parse(query), null, Map.of(), schema, BOUNDS, DataListSizes.of(sizes, UNIT))
                .complexity();
    }

    static long cost(String query, ListSizeStatistics.Sizes sizes) {
        return OperationAnalysis.analyse(
                        Parser.parse(query), null, Map.of(), SCHEMA, BOUNDS, DataListSizes.of(sizes, UNIT))
                .complexity();
    }

    @Test
    void ordinaryWalksThroughPagedListsPass() {
        long walk = cost(WALK, sizes(5_000));
        // person 1 + said 1 + edges (1 + 20 x (node 1 + about (1 + 4 x (quotedAbout 1 + edges (1 + 20 x 3)))))
        assertEquals(1 + 1 + 1 + 20 * (1 + 1 + 4 * (1 + 1 + 20 * 3)), walk);
        assertTrue(
                walk < 20_000, "issue 17's walk (57,665 by the fixed fan-out) is far within a keyed budget: " + walk);
    }

    @Test
    void aPageIsNoLongerThanTheLongestSuchListTheDataHolds() {
        ListSizeStatistics.Sizes few = new ListSizeStatistics.Sizes(
                true, Map.of("quotesPerSpeaker", 3L, "subjectsPerQuote", 1L, "quotesPerSubject", 2L), Map.of());
        // nobody said more than 3 quotes, so a page of 20 holds 3
        assertEquals(1 + 1 + 1 + 3 * (1 + 1 + 1 * (1 + 1 + 2 * 3)), cost(WALK, few));
    }

    @Test
    void fanOutsThroughTheBusiestListsFailForEveryCaller() {
        long fanOut = cost(FAN_OUT, sizes(5_000));
        assertTrue(fanOut > KEYED, "300 comments x 554 by their author x 300 x 554: " + fanOut);
        // the same shape on a graph of short threads and occasional commenters is cheap
        ListSizeStatistics.Sizes quiet = new ListSizeStatistics.Sizes(
                true, Map.of("commentsPerArticle", 3L, "commentsPerCommenter", 2L), Map.of());
        assertTrue(cost(FAN_OUT, quiet) < ANONYMOUS, "3 x 2 x 3 x 2: " + cost(FAN_OUT, quiet));
    }

    @Test
    void longTextsCountAsTheDataHasThem() {
        ListSizeStatistics.Sizes threeBig = sizes(1_000_000, 1_000_000, 1_000_000, 5_000, 5_000);
        String page = "{ articles(first: 100) { edges { node { text } } } }";
        // 100 texts hold at most the three of 1 MB, two of 5 KB and 95 more of at most 5 KB each: 3,485,000 characters
        long one = cost(page, threeBig);
        assertEquals(1 + 1 + 100 * (1 + 1 + 3_485_000 / UNIT / 100), one);
        StringBuilder thirty = new StringBuilder("{");
        for (int i = 0; i < 30; i++) {
            thirty.append(" a").append(i).append(": articles(first: 100) { edges { node { text } } }");
        }
        long aliases = cost(thirty.append(" }").toString(), threeBig);
        assertTrue(aliases > KEYED, "30 copies of 3.5 MB of text are refused by cost: " + aliases);
        // the same page of ordinary articles is cheap; a title is a short text and costs 1 whatever the data
        // 100 texts of at most 6,000, 5,000 and 4,000 characters: 403,000 characters, 8 units each
        assertEquals(1 + 1 + 100 * (1 + 1 + 8), cost(page, sizes(6_000, 5_000, 4_000)));
        assertEquals(
                cost("{ articles(first: 100) { edges { node { title } } } }", sizes()),
                cost("{ articles(first: 100) { edges { node { title } } } }", threeBig));
        // one article's text costs as the longest can be
        assertEquals(1 + 1 + 1_000_000 / UNIT, cost("{ article(id: 1) { text } }", threeBig));
    }

    @Test
    void beforeTheFiguresAreReadTheFixedFanOutApplies() {
        assertEquals(
                cost(FAN_OUT, ListSizeStatistics.Sizes.NONE),
                OperationAnalysis.analyse(Parser.parse(FAN_OUT), null, Map.of(), SCHEMA, BOUNDS)
                        .complexity());
        // quotes 1 + edges (1 + 1 x node (1 + article (1 + comments (1 + 10 x (author (1 + comments (1 + 10 x ...
        assertTrue(cost(FAN_OUT, ListSizeStatistics.Sizes.NONE) < KEYED);
    }

    @Test
    void textLengthsBoundManyValuesByTheLongestKept() {
        ListSizeStatistics.TextLengths lengths = new ListSizeStatistics.TextLengths(new long[] {900, 50, 10});
        assertEquals(900, lengths.total(1));
        assertEquals(960, lengths.total(3));
        assertEquals(960 + 7 * 10, lengths.total(10));
        assertEquals(0, ListSizeStatistics.TextLengths.NONE.total(10));
    }
}
