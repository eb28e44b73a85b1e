package io.whosaid.api.http;

import java.util.Locale;

/**
 * A request's Content-Type as browsers and common clients really send it. GraphiQL's fetcher, like several
 * clients that both default and set the header, sends {@code application/json, application/json}: the header
 * repeated and joined by a comma. That is one media type said twice, so it is taken as such; types that
 * disagree ({@code application/json, text/plain}) are not guessed between.
 *
 * @param mediaType lower case, without parameters; empty when absent or when the listed types disagree
 * @param charset lower case, or null when no entry names one
 */
record RequestContentType(String mediaType, String charset) {

    static RequestContentType parse(String header) {
        if (header == null || header.isBlank()) {
            return new RequestContentType("", null);
        }
        String mediaType = null;
        String charset = null;
        for (String entry : header.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            if (mediaType != null && !mediaType.equals(type)) {
                return new RequestContentType("", null);
            }
            mediaType = type;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("charset=")) {
                    String named = parameter
                            .substring("charset=".length())
                            .replace("\"", "")
                            .strip();
                    if (charset != null && !charset.equals(named)) {
                        return new RequestContentType(mediaType, "conflicting charsets " + charset + " and " + named);
                    }
                    charset = named;
                }
            }
        }
        return new RequestContentType(mediaType == null ? "" : mediaType, charset);
    }
}
