package io.whosaid.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The contract's names are in the served schema, GraphiQL is served, and readiness checks Neo4j. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class SchemaTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void schemaDeclaresTheContract() {
        String sdl = given().when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String expected : new String[] {
            "interface Node",
            "interface Entity",
            "type Article implements Node",
            "type Person implements Entity & Node",
            "type Organization implements Entity & Node",
            "type Quote implements Node",
            "type Comment implements Node",
            "type Commenter implements Node",
            "ingestArticle(input: ArticleTextInput!): IngestResult!",
            "type Subgraph",
            "type GraphNode",
            "type GraphEdge",
            "enum QuoteKind",
            "type Evidence",
            "neighborhood(",
            "path(",
            "search(",
            "quotes(",
            "people(",
            "organizations(",
            "articles("
        }) {
            org.junit.jupiter.api.Assertions.assertTrue(sdl.contains(expected), "schema lacks " + expected);
        }
    }

    /** With no field visibility configured, no field-hiding rule runs on every field (see DefaultFieldVisibility). */
    @Test
    void fieldVisibilityIsPlainWhenNoneIsConfigured() {
        org.junit.jupiter.api.Assertions.assertSame(
                DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY,
                schema.getCodeRegistry().getFieldVisibility());
        given().contentType("application/json")
                .body("{\"query\":\"{ __schema { queryType { name } } }\"}")
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
    }

    @Test
    void readinessChecksNeo4j() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'neo4j' }.status", equalTo("UP"));
    }
}
