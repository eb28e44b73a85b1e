package io.whosaid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.whosaid.cli.Item.Article;
import io.whosaid.cli.Item.Fetch;
import io.whosaid.cli.Item.Request;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The service's GraphQL API as the command-line client uses it: one ingest mutation per item, with the editor key.
 * A refusal for load (HTTP 429, 503, {@code SERVICE_UNAVAILABLE}) or a dropped connection is tried again a few
 * times with a growing pause; that is safe because an ingest is idempotent.
 */
final class ServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INGEST_ARTICLE = "mutation($input: ArticleTextInput!) "
            + "{ ingestArticle(input: $input) { created article { id } } }";
    private static final String INGEST_URL = "mutation($url: String!, $publishedAt: String) "
            + "{ ingestUrl(url: $url, publishedAt: $publishedAt) { created article { id } } }";
    private static final Set<String> TRY_AGAIN = Set.of("RATE_LIMITED", "SERVICE_UNAVAILABLE", "TIMEOUT");
    private static final int ATTEMPTS = 4;

    private final HttpClient http;
    private final URI endpoint;
    private final String apiKey;
    private final Duration timeout;

    ServiceClient(URI service, String apiKey, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.endpoint = service.resolve("/graphql");
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    URI endpoint() {
        return endpoint;
    }

    Outcome send(Request request) throws InterruptedException {
        Map<String, Object> variables = new HashMap<>();
        String query;
        String field;
        if (request instanceof Article article) {
            Map<String, Object> input = new HashMap<>();
            input.put(article.format(), article.content());
            input.put("url", article.url());
            input.put("publishedAt", article.publishedAt());
            variables.put("input", input);
            query = INGEST_ARTICLE;
            field = "ingestArticle";
        } else {
            Fetch fetch = (Fetch) request;
            variables.put("url", fetch.url());
            variables.put("publishedAt", fetch.publishedAt());
            query = INGEST_URL;
            field = "ingestUrl";
        }
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
        } catch (IOException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
        Outcome outcome = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            outcome = post(body, field);
            if (outcome.status() != Outcome.Status.FAILED
                    || !(TRY_AGAIN.contains(outcome.code()) || "SERVICE_UNREACHABLE".equals(outcome.code()))) {
                return outcome;
            }
            if (attempt < ATTEMPTS) {
                Thread.sleep(500L << attempt);
            }
        }
        return outcome;
    }

    private Outcome post(byte[] body, String field) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return Outcome.failed("SERVICE_UNREACHABLE", "no answer from " + endpoint + ": " + e);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            return Outcome.failed(response.statusCode() == 503 ? "SERVICE_UNAVAILABLE" : "HTTP_" + response.statusCode(),
                    "the service answered HTTP " + response.statusCode() + " without a GraphQL answer");
        }
        JsonNode result = answer.path("data").path(field);
        if (result.isObject()) {
            return Outcome.stored(result.path("created").asBoolean(), result.path("article").path("id").asText(null));
        }
        JsonNode error = answer.path("errors").path(0);
        String code = error.path("extensions").path("code").asText("");
        return Outcome.failed(code.isEmpty() ? "HTTP_" + response.statusCode() : code,
                error.path("message").asText("the service gave no answer and no error"));
    }
}
