package io.whosaid.ingest.extract;

import java.util.Set;

/**
 * The words an article describes an unnamed source with, read from the subject of the speech verb:
 * "“…,” said a senior administration official", "two people familiar with the talks said", "aides insisted".
 * Used only when no person or organization could be named as the speaker, so the quote keeps who spoke
 * without a name instead of nobody.
 */
final class SourceDescriber {

    private static final int MAX_WORDS = 10;
    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many", "other", "another",
            "most", "few", "both", "all");
    private static final Set<String> NOT_SOURCE = Set.of(
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "you",
            "this",
            "that",
            "there",
            "who",
            "which",
            "what",
            "and",
            "but",
            "or",
            "then",
            "also",
            "has",
            "have",
            "had",
            "was",
            "were",
            "is",
            "are",
            "will",
            "would",
            "could",
            "later",
            "previously",
            "recently",
            "once",
            "never",
            "often");
    private static final Set<String> STOP_BEFORE = Set.of(
            "and",
            "but",
            "or",
            "while",
            "as",
            "when",
            "because",
            "so",
            "that",
            "if",
            "after",
            "before",
            "since",
            "although",
            "though");

    private SourceDescriber() {}

    /** The description of the subject of the cue at token c in sentence s, or null when there is none. */
    static String describe(ArticleText doc, EntityTable table, Sentence s, int c) {
        if (c < 0) {
            return null;
        }
        if (SpeakerAttributor.followsQuotation(doc, s, c) && c + 1 < s.endToken()) {
            String after = phrase(doc, table, c + 1, forwardEnd(doc, s, c + 1));
            if (after != null) {
                return after;
            }
        }
        int k = c - 1;
        while (k >= s.firstToken()
                && doc.token(k).isWord()
                && NOT_SOURCE.contains(doc.token(k).lower())
                && !Discourse.isSubjectPronoun(doc.token(k))
                && !doc.token(k).isLower("it")
                && !doc.token(k).isLower("they")) {
            k--; // "has said", "also told"
        }
        int end = k + 1;
        while (k >= s.firstToken()
                && end - k <= MAX_WORDS
                && !doc.inQuote(k)
                && doc.token(k).isWord()
                && !STOP_BEFORE.contains(doc.token(k).lower())
                && (Character.isLowerCase(doc.token(k).text().charAt(0)) || k == s.firstToken())) {
            k--;
        }
        return phrase(doc, table, k + 1, end);
    }

    private static int forwardEnd(ArticleText doc, Sentence s, int from) {
        int k = from;
        while (k < s.endToken()
                && k - from < MAX_WORDS
                && doc.token(k).isWord()
                && !doc.token(k).isCapitalized()
                && !doc.token(k).is("who")
                && !doc.token(k).is("that")) {
            k++;
        }
        return k;
    }

    /** Words [from, end) as a description: some word that names a kind of source, no pronoun, no name. */
    private static String phrase(ArticleText doc, EntityTable table, int from, int end) {
        if (from >= end) {
            return null;
        }
        boolean noun = false;
        for (int k = from; k < end; k++) {
            String w = doc.token(k).lower();
            if (NOT_SOURCE.contains(w) || table.at(k) != null) {
                // a pronoun, or someone named: not an unnamed source
                return null;
            }
            noun |= !DETERMINERS.contains(w);
        }
        if (!noun) {
            return null;
        }
        String text =
                doc.text.substring(doc.token(from).start(), doc.token(end - 1).end());
        return from == doc.sentenceOf(from).firstToken()
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1)
                : text;
    }
}
