package io.whosaid.api.http;

import java.util.Map;

/**
 * A request refused before any GraphQL runs: the HTTP status, the {@code extensions.code} and a message for the
 * client, and headers the status calls for (Allow for 405).
 */
public final class RequestRejected extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public RequestRejected(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public RequestRejected(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }

    static RequestRejected badRequest(String message) {
        return new RequestRejected(400, "BAD_REQUEST", message);
    }
}
