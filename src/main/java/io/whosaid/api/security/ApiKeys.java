package io.whosaid.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API keys from configuration, each with the role it grants: {@code key:role} pairs. Only the SHA-256 of each
 * key is kept, so a heap dump or a debugger shows no key, and looking a key up costs the same whatever it is.
 */
public final class ApiKeys {

    /** What a key grants; {@code name} identifies the key (in logs, as an edit's author) without revealing it. */
    public record Grant(String name, String role) {}

    private final Map<String, Grant> byDigest;

    private ApiKeys(Map<String, Grant> byDigest) {
        this.byDigest = Map.copyOf(byDigest);
    }

    /**
     * Reads {@code key:role} or {@code key:role:name} entries (a key holds no colon); the name identifies the key in
     * logs and is the author of its edits, {@code api-key-N} (N its place in the list) when not given. A malformed
     * entry stops the service at start-up, not at the first request.
     */
    public static ApiKeys parse(List<String> entries) {
        Map<String, Grant> byDigest = new HashMap<>();
        int number = 0;
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            number++;
            String[] parts = entry.split(":", -1);
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("whosaid.auth.api-keys entry " + number
                        + " is not key:role or key:role:name (the key itself is not shown)");
            }
            String key = parts[0].strip();
            String role = parts[1].strip();
            String name = parts.length == 3 ? parts[2].strip() : "api-key-" + number;
            if (key.isEmpty() || role.isEmpty() || name.isEmpty()) {
                throw new IllegalArgumentException(
                        "whosaid.auth.api-keys entry " + number + " has an empty key, role or name");
            }
            if (byDigest.put(digest(key), new Grant(name, role)) != null) {
                throw new IllegalArgumentException("whosaid.auth.api-keys entry " + number + " repeats an earlier key");
            }
        }
        return new ApiKeys(byDigest);
    }

    public static ApiKeys none() {
        return new ApiKeys(Map.of());
    }

    public Optional<Grant> lookup(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty() || byDigest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDigest.get(digest(presentedKey)));
    }

    public boolean isEmpty() {
        return byDigest.isEmpty();
    }

    public int size() {
        return byDigest.size();
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
