package io.whosaid.ingest.resolve;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Deterministic node ids: the same fact always gets the same id, so writes can MERGE on it and a second
 * ingest of the same text adds nothing. The prefix names the label, so {@code node(id:)} knows where to look.
 */
public final class Ids {

    public static final String ARTICLE = "article:";
    public static final String PERSON = "person:";
    public static final String ORGANIZATION = "org:";
    public static final String QUOTE = "quote:";
    public static final String COMMENT = "comment:";
    public static final String COMMENTER = "commenter:";

    private Ids() {}

    /** An article is identified by its url when it has one (a corrected text replaces the old), else by its content. */
    public static String article(String url, String contentHash) {
        return ARTICLE + (url != null ? sha256(url.strip()).substring(0, 16) : contentHash.substring(0, 16));
    }

    public static String person(String key) {
        return PERSON + slug(key);
    }

    /** Courtesy titles that say nothing about who a person is. */
    private static final java.util.Set<String> HONORIFICS =
            java.util.Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev");

    /**
     * The key one person has in every article, however the article writes the name: lower case, accents and
     * punctuation folded, courtesy titles and middle initials dropped ("Donald J. Trump", "Mr. Donald Trump" →
     * "donald trump"); a generational suffix stays ("Donald Trump Jr." is someone else). A name of one word
     * stays what it is, so a bare surname never joins a full name across articles.
     */
    public static String personKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(folded.split(" ")));
        while (words.size() > 2 && HONORIFICS.contains(words.get(0))) {
            words.remove(0);
        }
        for (int i = words.size() - 2; i >= 1; i--) {
            if (words.get(i).length() == 1) {
                words.remove(i); // a middle initial
            }
        }
        return String.join(" ", words);
    }

    public static String organization(String key) {
        return ORGANIZATION + slug(key);
    }

    public static String quote(String articleId, String kind, int start, int end) {
        return QUOTE + sha256(articleId + "|" + kind + "|" + start + "|" + end).substring(0, 16);
    }

    public static String comment(String articleId, String number) {
        return COMMENT + articleId.substring(ARTICLE.length()) + ":" + number;
    }

    /** Handles are scoped to the site the thread was on: "ken" on one site is not "ken" on another. */
    public static String commenter(String site, String handle) {
        return COMMENTER + site + ":" + slug(handle);
    }

    /** The site of a url ("example.com"), or "local" for text pasted without one. */
    public static String site(String url) {
        if (url != null) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null && !host.isBlank()) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException ignored) {
                // not a URI: fall through to the default site
            }
        }
        return "local";
    }

    /** Lower-case ASCII words joined by hyphens; names with no such letters fall back to a hash. */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (folded.isEmpty()) {
            return "x" + sha256(text).substring(0, 12);
        }
        return folded.length() > 80
                ? folded.substring(0, 64) + "-" + sha256(text).substring(0, 12)
                : folded;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
