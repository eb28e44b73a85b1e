package io.whosaid.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.support.Neo4jTestResource;
import org.junit.jupiter.api.Test;

/** The contract's names are in the served schema, GraphiQL is served, and readiness checks Neo4j. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class SchemaTest {

    @Test
    void schemaDeclaresTheContract() {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        for (String expected : new String[] {
                "interface Node", "interface Entity", "type Article implements Node",
                "type Person implements Entity & Node", "type Organization implements Entity & Node",
                "type Quote implements Node", "type Comment implements Node", "type Commenter implements Node",
                "ingestArticle(input: ArticleTextInput!): IngestResult!",
                "type Subgraph", "type GraphNode", "type GraphEdge", "enum QuoteKind", "type Evidence",
                "neighborhood(", "path(", "search(", "quotes(", "people(", "organizations(", "articles("}) {
            org.junit.jupiter.api.Assertions.assertTrue(sdl.contains(expected), "schema lacks " + expected);
        }
    }

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
    }

    @Test
    void readinessChecksNeo4j() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'neo4j' }.status", equalTo("UP"));
    }
}
