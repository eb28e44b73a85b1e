package io.whosaid.api.security;

import static io.restassured.RestAssured.given;
import static io.whosaid.support.GraphQL.EDITOR_KEY;
import static io.whosaid.support.GraphQL.READER_KEY;
import static io.whosaid.support.GraphQL.postAs;
import static io.whosaid.support.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Who may read and write, through HTTP: API keys (X-API-Key and Authorization: Bearer) and JWTs signed with the
 * test-only key of src/test/resources/jwt. Every refused mutation is checked to have written nothing.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class AuthTest {

    static final String INGEST =
            "mutation($text: String!) { ingestArticle(input: {text: $text}) { created article { id } } }";
    static final String READ = "{ articles(first: 1) { totalCount } }";
    private static final AtomicInteger ARTICLES = new AtomicInteger();

    @Inject
    Driver driver;

    @Test
    void anyoneMayReadByDefault() {
        Response response = postAs(null, READ, Map.of());
        assertEquals(200, response.statusCode());
        assertNull(response.jsonPath().get("errors"));
        assertTrue(response.jsonPath().getInt("data.articles.totalCount") >= 0);
    }

    @Test
    void aMutationWithoutCredentialsIsUnauthenticatedAndWritesNothing() {
        assertRefused(() -> postAs(null, INGEST, vars("text", article())), 401, "UNAUTHENTICATED");
    }

    @Test
    void aMutationWithTheReaderRoleIsForbiddenAndWritesNothing() {
        assertRefused(() -> postAs(READER_KEY, INGEST, vars("text", article())), 403, "FORBIDDEN");
        assertRefused(() -> withBearer(READER_KEY, INGEST, vars("text", article())), 403, "FORBIDDEN");
    }

    @Test
    void anUnknownKeyOrGarbageTokenIsUnauthenticatedEvenForReads() {
        assertRefused(() -> postAs("not-a-configured-key", INGEST, vars("text", article())), 401, "UNAUTHENTICATED");
        assertRefused(() -> postAs("not-a-configured-key", READ, Map.of()), 401, "UNAUTHENTICATED");
        assertRefused(() -> withBearer("not.a.jwt", INGEST, vars("text", article())), 401, "UNAUTHENTICATED");
        assertRefused(() -> withBearer(EDITOR_KEY + "x", INGEST, vars("text", article())), 401, "UNAUTHENTICATED");
    }

    @Test
    void theEditorKeyMayWriteAsHeaderOrBearer() {
        assertCreated(postAs(EDITOR_KEY, INGEST, vars("text", article())));
        assertCreated(withBearer(EDITOR_KEY, INGEST, vars("text", article())));
    }

    @Test
    void aJwtWithTheEditorGroupMayWrite() {
        assertCreated(withBearer(
                token(Set.of("editor")).sign("jwt/test-only-private-key.pem"), INGEST, vars("text", article())));
    }

    @Test
    void aJwtWithoutTheEditorGroupIsForbidden() {
        assertRefused(
                () -> withBearer(
                        token(Set.of("reader")).sign("jwt/test-only-private-key.pem"), INGEST, vars("text", article())),
                403,
                "FORBIDDEN");
    }

    @Test
    void aJwtSignedByAnotherKeyExpiredOrFromAnotherIssuerIsUnauthenticated() throws Exception {
        String untrusted = token(Set.of("editor")).sign(otherPrivateKey());
        assertRefused(() -> withBearer(untrusted, INGEST, vars("text", article())), 401, "UNAUTHENTICATED");
        String expired = Jwt.issuer("whosaid-test")
                .subject("someone")
                .groups(Set.of("editor"))
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign("jwt/test-only-private-key.pem");
        assertRefused(() -> withBearer(expired, INGEST, vars("text", article())), 401, "UNAUTHENTICATED");
        String foreign = Jwt.issuer("someone-else")
                .subject("someone")
                .groups(Set.of("editor"))
                .expiresIn(300)
                .sign("jwt/test-only-private-key.pem");
        assertRefused(() -> withBearer(foreign, INGEST, vars("text", article())), 401, "UNAUTHENTICATED");
    }

    @Test
    void tokenOnlyReadsRefuseAnonymousQueriesAndAdmitAnyValidCaller() {
        QuarkusMock.installMockForType(new AccessPolicy(ReadAccess.TOKEN), AccessPolicy.class);
        assertRefused(() -> postAs(null, READ, Map.of()), 401, "UNAUTHENTICATED");
        assertEquals(200, postAs(READER_KEY, READ, Map.of()).statusCode());
        assertNull(postAs(READER_KEY, READ, Map.of()).jsonPath().get("errors"));
        assertEquals(
                200,
                withBearer(token(Set.of("reader")).sign("jwt/test-only-private-key.pem"), READ, Map.of())
                        .statusCode());
    }

    @Test
    void refusalsUseStatusCodesUnderEitherMediaType() {
        for (String accept : new String[] {"application/graphql-response+json", "application/json"}) {
            Response response = given().contentType(ContentType.JSON)
                    .accept(accept)
                    .body(Map.of("query", INGEST, "variables", Map.of("text", article())))
                    .post("/graphql");
            assertEquals(401, response.statusCode(), accept);
            assertTrue(response.contentType().startsWith(accept), response.contentType());
            assertEquals("UNAUTHENTICATED", response.jsonPath().getString("errors[0].extensions.code"));
            assertNull(response.jsonPath().get("data"), "a refused request has no data entry");
        }
    }

    @Test
    void anEditMadeWithAJwtIsRecordedUnderTheTokensSubject() {
        String subject = "jwt-journalist-" + System.nanoTime();
        // a upn too, which smallrye-jwt would name the principal by: the edit log must still say the subject
        String token = Jwt.issuer("whosaid-test")
                .subject(subject)
                .upn("another-name@example.org")
                .groups(Set.of("editor"))
                .expiresIn(300)
                .sign("jwt/test-only-private-key.pem");
        Response ingested = withBearer(token, INGEST, vars("text", article()));
        assertCreated(ingested);
        String articleId = ingested.jsonPath().getString("data.ingestArticle.article.id");

        Response edited = withBearer(
                token,
                "mutation($id: ID!) { setArticle(id: $id, publishedAt: \"2026-12-04\", reason: \"checked\") { author } }",
                Map.of("id", articleId));
        assertNull(edited.jsonPath().get("errors"), edited.asString());
        assertEquals(subject, edited.jsonPath().getString("data.setArticle.author"));

        Response history =
                postAs(null, "query($id: ID!) { history(id: $id) { author reason } }", Map.of("id", articleId));
        assertNull(history.jsonPath().get("errors"), history.asString());
        assertEquals(List.of(subject), history.jsonPath().getList("data.history.author"));
    }

    private static JwtClaimsBuilder token(Set<String> groups) {
        return Jwt.issuer("whosaid-test").subject("a-journalist").groups(groups).expiresIn(300);
    }

    private static PrivateKey otherPrivateKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }

    private static Response withBearer(String token, String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + token)
                .body(Map.of("query", query, "variables", variables))
                .post("/graphql");
    }

    /** A new, fictional article each call, so a write that happens shows as a new node. */
    private static String article() {
        int n = ARTICLES.incrementAndGet();
        return "Council Weighs Lantern Repairs " + n + "-" + System.nanoTime() + "\n\n"
                + "The town council met on Tuesday to weigh the cost of repairing the old harbour lanterns.\n";
    }

    private void assertRefused(Supplier<Response> request, int status, String code) {
        long before = counts();
        Response response = request.get();
        assertEquals(status, response.statusCode(), response.asString());
        assertEquals(code, response.jsonPath().getString("errors[0].extensions.code"), response.asString());
        assertNull(response.jsonPath().get("data"), response.asString());
        assertEquals(before, counts(), "a refused request writes nothing");
    }

    private void assertCreated(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        assertNull(response.jsonPath().get("errors"), response.asString());
        assertEquals(Boolean.TRUE, response.jsonPath().get("data.ingestArticle.created"));
    }

    private long counts() {
        return driver.executableQuery("MATCH (n) RETURN count(n) AS c")
                .execute()
                .records()
                .get(0)
                .get("c")
                .asLong();
    }
}
