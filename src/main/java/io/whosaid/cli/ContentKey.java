package io.whosaid.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The resume key of an item: a SHA-256 of what is sent (its kind and content), so a changed file is sent again. */
final class ContentKey {

    private ContentKey() {}

    static String of(String kind, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(kind.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String of(String kind, String content) {
        return of(kind, content.getBytes(StandardCharsets.UTF_8));
    }
}
