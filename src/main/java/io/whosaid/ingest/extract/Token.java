package io.whosaid.ingest.extract;

import java.util.Locale;

/**
 * One word or mark of the article text, with its character offsets into that text.
 *
 * @param abbreviation true when a period belongs to the word ("Mr.", "V.", "U.S.")
 */
record Token(int start, int end, String text, Kind kind, boolean abbreviation) {

    enum Kind {
        WORD,
        NUMBER,
        PUNCT,
        /** “ or ‘‘ */
        OPEN_QUOTE,
        /** ” or ’’ */
        CLOSE_QUOTE,
        /** " whose side is decided by its neighbours */
        STRAIGHT_QUOTE,
        /** ’s or a plural’s bare ’ after a word */
        POSSESSIVE
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isQuoteMark() {
        return kind == Kind.OPEN_QUOTE || kind == Kind.CLOSE_QUOTE || kind == Kind.STRAIGHT_QUOTE;
    }

    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Every letter upper case and at least two of them: "NATO", "U.S.", "OSCE". */
    boolean isAllCaps() {
        if (kind != Kind.WORD) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean isLower(String s) {
        return text.equalsIgnoreCase(s);
    }
}
