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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service's GraphQL API as the command-line client uses it, with the editor key: articles go many at a time
 * ({@code ingestBatch}, then {@code ingestJob} read until every item is done), a url or an article too large to share
 * a batch goes alone ({@code ingestUrl}, {@code ingestArticle}). A refusal for load (HTTP 429, 503,
 * {@code SERVICE_UNAVAILABLE}) or a dropped connection is tried again a few times with a growing pause; that is safe
 * because an ingest is idempotent (a batch sent twice makes the second job's items EXISTED).
 */
final class ServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INGEST_ARTICLE =
            "mutation($input: ArticleTextInput!) " + "{ ingestArticle(input: $input) { created article { id } } }";
    private static final String INGEST_URL = "mutation($url: String!, $publishedAt: String) "
            + "{ ingestUrl(url: $url, publishedAt: $publishedAt) { created article { id } } }";
    private static final String INGEST_BATCH =
            "mutation($inputs: [ArticleTextInput!]!) { ingestBatch(inputs: $inputs) { id } }";
    /** The service's largest page (whosaid.api.max-page-size). */
    private static final int ITEMS_PER_READ = 100;

    private static final String JOB_ITEMS = "query($id: ID!, $after: String) { ingestJob(id: $id) { " + "items(first: "
            + ITEMS_PER_READ + ", after: $after) { edges { cursor node { index status articleId code message } } } } }";
    private static final Set<String> TRY_AGAIN =
            Set.of("RATE_LIMITED", "SERVICE_UNAVAILABLE", "TIMEOUT", "SERVICE_UNREACHABLE");
    private static final int ATTEMPTS = 4;

    private final HttpClient http;
    private final URI endpoint;
    private final String apiKey;
    private final Duration timeout;
    private final Duration pollEvery;

    ServiceClient(URI service, String apiKey, Duration timeout) {
        this(service, apiKey, timeout, Duration.ofMillis(200));
    }

    ServiceClient(URI service, String apiKey, Duration timeout, Duration pollEvery) {
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.endpoint = service.resolve("/graphql");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.pollEvery = pollEvery;
    }

    URI endpoint() {
        return endpoint;
    }

    /** One item alone: {@code ingestArticle} or {@code ingestUrl}. */
    Outcome send(Request request) throws InterruptedException {
        Map<String, Object> variables = new HashMap<>();
        String query;
        String field;
        if (request instanceof Article article) {
            variables.put("input", input(article));
            query = INGEST_ARTICLE;
            field = "ingestArticle";
        } else {
            Fetch fetch = (Fetch) request;
            variables.put("url", fetch.url());
            variables.put("publishedAt", fetch.publishedAt());
            query = INGEST_URL;
            field = "ingestUrl";
        }
        Answer answer = call(query, variables, field);
        if (answer.failure() != null) {
            return answer.failure();
        }
        return Outcome.stored(
                answer.data().path("created").asBoolean(),
                answer.data().path("article").path("id").asText(null));
    }

    /** Whatever became of one item of a batch, told as soon as the service has it. */
    interface ItemDone {
        void accept(int index, Outcome outcome) throws IOException;
    }

    /**
     * Sends the articles as one {@code ingestBatch} and reads the job until every item is done, telling each item's
     * outcome in input order as it is known. When the batch is refused as a whole, or the job cannot be read to its end
     * (the service restarted and forgot it, or stopped answering), each item not yet told gets that failure.
     */
    void sendBatch(List<Article> articles, ItemDone done) throws InterruptedException, IOException {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Article article : articles) {
            inputs.add(input(article));
        }
        Answer started = call(INGEST_BATCH, Map.of("inputs", inputs), "ingestBatch");
        inputs.clear();
        int told = 0;
        if (started.failure() != null) {
            for (; told < articles.size(); told++) {
                done.accept(told, started.failure());
            }
            return;
        }
        String jobId = started.data().path("id").asText();
        String after = null;
        while (told < articles.size()) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", jobId);
            variables.put("after", after);
            Answer read = call(JOB_ITEMS, variables, "ingestJob");
            Outcome lost = read.failure() != null
                    ? read.failure()
                    : read.data().isObject()
                            ? null
                            : Outcome.failed(
                                    "JOB_LOST",
                                    "the service no longer knows batch job " + jobId
                                            + " (restarted?): run again to send what is not in");
            if (lost != null) {
                for (; told < articles.size(); told++) {
                    done.accept(told, lost);
                }
                return;
            }
            boolean pending = false;
            for (JsonNode edge : read.data().path("items").path("edges")) {
                JsonNode item = edge.path("node");
                String status = item.path("status").asText();
                if (status.equals("PENDING")) {
                    pending = true;
                    break;
                }
                done.accept(
                        item.path("index").asInt(),
                        switch (status) {
                            case "CREATED", "EXISTED" ->
                                Outcome.stored(
                                        status.equals("CREATED"),
                                        item.path("articleId").asText(null));
                            default ->
                                Outcome.failed(
                                        item.path("code").asText("INTERNAL"),
                                        item.path("message").asText(""));
                        });
                told++;
                after = edge.path("cursor").asText();
            }
            if (pending) {
                Thread.sleep(pollEvery.toMillis());
            }
        }
    }

    private static Map<String, Object> input(Article article) {
        Map<String, Object> input = new HashMap<>();
        input.put(article.format(), article.content());
        input.put("url", article.url());
        input.put("publishedAt", article.publishedAt());
        return input;
    }

    /** The data of {@code field}, or why there is none. */
    private record Answer(JsonNode data, Outcome failure) {}

    private Answer call(String query, Map<String, Object> variables, String field) throws InterruptedException {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
        } catch (IOException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
        Answer answer = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            answer = post(body, field);
            if (answer.failure() == null || !TRY_AGAIN.contains(answer.failure().code())) {
                return answer;
            }
            if (attempt < ATTEMPTS) {
                Thread.sleep(500L << attempt);
            }
        }
        return answer;
    }

    private Answer post(byte[] body, String field) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new Answer(null, Outcome.failed("SERVICE_UNREACHABLE", "no answer from " + endpoint + ": " + e));
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            return new Answer(
                    null,
                    Outcome.failed(
                            response.statusCode() == 503 ? "SERVICE_UNAVAILABLE" : "HTTP_" + response.statusCode(),
                            "the service answered HTTP " + response.statusCode() + " without a GraphQL answer"));
        }
        JsonNode error = answer.path("errors").path(0);
        if (error.isObject()) {
            String code = error.path("extensions").path("code").asText("");
            return new Answer(
                    null,
                    Outcome.failed(
                            code.isEmpty() ? "HTTP_" + response.statusCode() : code,
                            error.path("message").asText("the service gave no answer and no error")));
        }
        if (!answer.path("data").has(field)) {
            return new Answer(
                    null, Outcome.failed("HTTP_" + response.statusCode(), "the service gave no answer and no error"));
        }
        return new Answer(answer.path("data").path(field), null);
    }
}
