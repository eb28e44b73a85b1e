package io.whosaid.api.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pre-execution measure of an operation: which one runs, whether it writes, its depth, aliases and cost. */
class OperationAnalysisTest {

    static final GraphQLSchema SCHEMA =
            new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query {
              articles(first: Int, after: String): ArticleConnection!
              person(id: ID!): Person
              neighborhood(id: ID!, limit: Int = 100): Subgraph!
            }
            type Mutation { ingest(text: String!): Article! }
            type ArticleConnection { totalCount: Int! edges: [ArticleEdge!]! }
            type ArticleEdge { cursor: String! node: Article! }
            type Article { id: ID! title: String! people: [Person!]! }
            type Person { id: ID! name: String! aliases: [String!]! said(first: Int): QuoteConnection! }
            type QuoteConnection { edges: [QuoteEdge!]! }
            type QuoteEdge { node: Quote! }
            type Quote { text: String! about: [Person!]! }
            type Subgraph { nodes: [GraphNode!]! }
            type GraphNode { id: ID! }
            """), RuntimeWiring.MOCKED_WIRING);

    static final OperationAnalysis.Bounds BOUNDS = new OperationAnalysis.Bounds(12, 20_000, 30, 20, 10);

    static OperationAnalysis.Shape shape(String query) {
        return shape(query, null, Map.of());
    }

    static OperationAnalysis.Shape shape(String query, String operationName, Map<String, Object> variables) {
        return OperationAnalysis.analyse(Parser.parse(query), operationName, variables, SCHEMA, BOUNDS);
    }

    @Test
    void depthCountsNestedFieldsThroughFragments() {
        assertEquals(2, shape("{ articles { totalCount } }").depth());
        assertEquals(4, shape("{ articles { edges { node { id } } } }").depth());
        assertEquals(
                4,
                shape("query { articles { ...E } } fragment E on ArticleConnection { edges { node { id } } }")
                        .depth());
        assertEquals(
                5,
                shape("{ person(id: 1) { said { edges { node { ... on Quote { text } } } } } }")
                        .depth());
    }

    @Test
    void introspectionIsNotCounted() {
        OperationAnalysis.Shape introspection = shape("{ __schema { types { fields { type { ofType { ofType { ofType"
                + " { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }");
        assertEquals(0, introspection.depth());
        assertEquals(0, introspection.complexity());
    }

    @Test
    void costMultipliesByPageSizesAndListFanOut() {
        // articles 1 + edges (1 + 7 x (cursor 1 + node (1 + id 1))) = 1 + 1 + 7 x 3 = 23
        assertEquals(
                23,
                shape("{ articles(first: 7) { edges { cursor node { id } } } }").complexity());
        // the page size can come from a variable; without first, the default page size (20) applies
        assertEquals(
                23,
                shape("query($n: Int) { articles(first: $n) { edges { cursor node { id } } } }", null, Map.of("n", 7L))
                        .complexity());
        assertEquals(
                1 + 1 + 20 * 3,
                shape("{ articles { edges { cursor node { id } } } }").complexity());
        // a list with no size argument counts the fan-out (10):
        // articles 1 + edges (1 + 2 x node (1 + people (1 + 10 x name 1))) = 1 + 1 + 2 x 12 = 26
        assertEquals(
                26,
                shape("{ articles(first: 2) { edges { node { people { name } } } } }")
                        .complexity());
        // the schema default of a size argument counts: neighborhood(limit = 100) { nodes { id } } = 1 + 1 + 100
        assertEquals(102, shape("{ neighborhood(id: 1) { nodes { id } } }").complexity());
        // a list of scalars costs 1, like any field
        assertEquals(2, shape("{ person(id: 1) { aliases } }").complexity());
    }

    @Test
    void nestedPagesMultiply() {
        long cost = shape("{ articles(first: 100) { edges { node { people { said(first: 100) { edges { node {"
                        + " text about { name } } } } } } } } }")
                .complexity();
        assertTrue(cost > 1_000_000, "100 articles x 10 people x 100 quotes: " + cost);
    }

    @Test
    void aliasesAreCountedWhereverTheyAppear() {
        assertEquals(
                3,
                shape("{ a: articles { totalCount } b: articles { n: totalCount } }")
                        .aliases());
        assertEquals(
                4,
                shape("{ ...F ...F } fragment F on Query { x: articles { totalCount } y: person(id: 1) { id } }")
                        .aliases());
    }

    @Test
    void theOperationIsChosenAsGraphqlJavaChoosesIt() {
        String two = "query Read { articles { totalCount } } mutation Write { ingest(text: \"t\") { id } }";
        assertFalse(shape(two, "Read", Map.of()).mayWrite());
        assertTrue(shape(two, "Write", Map.of()).mayWrite());
        // no name with two operations: graphql-java refuses to run either, and the strictest one decides access
        OperationAnalysis.Shape ambiguous = shape(two, null, Map.of());
        assertTrue(ambiguous.operation().isEmpty());
        assertTrue(ambiguous.mayWrite());
        assertTrue(shape(two, "Nope", Map.of()).operation().isEmpty());
        assertTrue(shape("mutation { ingest(text: \"t\") { id } }").mayWrite());
        assertFalse(shape("{ articles { totalCount } }").mayWrite());
    }

    @Test
    void fragmentCyclesAndUnknownFieldsDoNotStopTheMeasure() {
        OperationAnalysis.Shape cyclic =
                shape("{ articles { ...A } } fragment A on ArticleConnection { totalCount ...B }"
                        + " fragment B on ArticleConnection { edges { cursor } ...A }");
        assertTrue(cyclic.depth() >= 2);
        assertEquals(2, shape("{ noSuchField { alsoMissing } }").depth());
    }

    @Test
    void aFragmentBombIsCutShortInsteadOfExpandedExponentially() {
        StringBuilder query = new StringBuilder("{ ...F0 }");
        for (int i = 0; i < 40; i++) {
            query.append(" fragment F")
                    .append(i)
                    .append(" on Query { ...F")
                    .append(i + 1)
                    .append(" ...F")
                    .append(i + 1)
                    .append(" }");
        }
        query.append(" fragment F40 on Query { articles { totalCount } }");
        OperationAnalysis.Shape bomb = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> shape(query.toString()));
        assertTrue(bomb.complexity() > BOUNDS.maxComplexity(), "2^40 spreads are reported as too complex");
    }

    @Test
    void withoutASchemaEveryFieldCountsOnce() {
        OperationAnalysis.Shape shape = OperationAnalysis.analyse(
                Parser.parse("{ articles(first: 5) { edges { node { id } } } }"), null, Map.of(), null, BOUNDS);
        assertEquals(4, shape.depth());
        assertEquals(4, shape.complexity());
    }
}
