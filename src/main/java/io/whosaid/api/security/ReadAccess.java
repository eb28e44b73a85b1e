package io.whosaid.api.security;

/** Who may run queries: anyone ({@code open}), or only callers with a valid API key or token ({@code token}). */
public enum ReadAccess {
    OPEN,
    TOKEN;

    public static ReadAccess parse(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "open" -> OPEN;
            case "token" -> TOKEN;
            default -> throw new IllegalArgumentException("whosaid.auth.reads must be open or token, was " + value);
        };
    }
}
