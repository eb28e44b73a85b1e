package io.whosaid.api.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two media types of GraphQL over HTTP. {@code application/graphql-response+json} lets the status code tell
 * a request error (4xx, no {@code data}) from a result; {@code application/json}, the legacy type, answers 200 to
 * every well-formed request. A request with no Accept header, or accepting anything, gets {@code application/json}.
 */
public enum ResponseMediaType {
    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    JSON("application/json");

    private final String type;

    ResponseMediaType(String type) {
        this.type = type;
    }

    public String contentType() {
        return type + "; charset=utf-8";
    }

    /** The best type the client accepts, by its q-values; empty when it accepts neither (406). */
    public static Optional<ResponseMediaType> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        record Range(String type, double quality, int position) {}
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1.0;
            for (int p = 1; p < pieces.length; p++) {
                String parameter = pieces[p].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (!type.isEmpty() && quality > 0) {
                ranges.add(new Range(type, quality, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::position));
        for (Range range : ranges) {
            switch (range.type()) {
                case "application/graphql-response+json":
                    return Optional.of(GRAPHQL_RESPONSE_JSON);
                case "application/json", "application/*", "*/*":
                    return Optional.of(JSON);
                default:
                    break;
            }
        }
        return Optional.empty();
    }
}
