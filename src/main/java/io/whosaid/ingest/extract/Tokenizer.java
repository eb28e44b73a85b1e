package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words and marks, keeping offsets. Decisions that matter later are taken here once:
 * a period that belongs to an abbreviation or an initial stays on its word ("Mr.", "V.", "U.S."); a
 * possessive is its own token ("Putin" "’s"); two right single quotes ’’ are one closing quotation mark,
 * as some publishers close quotations with them.
 */
final class Tokenizer {

    private Tokenizer() {}

    static List<Token> tokenize(String s) {
        return tokenize(s, 0, s.length(), new ArrayList<>());
    }

    /** Appends the tokens of {@code s[from, to)} to {@code out} and returns it. */
    static List<Token> tokenize(String s, int from, int to, List<Token> out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = word(s, i, to, out);
            } else if (c == '“' || c == '«' || c == '„') {
                out.add(new Token(i, i + 1, s.substring(i, i + 1), Token.Kind.OPEN_QUOTE, false));
                i++;
            } else if (c == '”' || c == '»') {
                out.add(new Token(i, i + 1, s.substring(i, i + 1), Token.Kind.CLOSE_QUOTE, false));
                i++;
            } else if (c == '‘' && i + 1 < to && s.charAt(i + 1) == '‘') {
                out.add(new Token(i, i + 2, "‘‘", Token.Kind.OPEN_QUOTE, false));
                i += 2;
            } else if (c == '’' && i + 1 < to && s.charAt(i + 1) == '’') {
                out.add(new Token(i, i + 2, "’’", Token.Kind.CLOSE_QUOTE, false));
                i += 2;
            } else if (c == '\'' && i + 1 < to && s.charAt(i + 1) == '\'') {
                // Newspaper style ''…'': two apostrophes are one quotation mark, opening or closing as " does.
                out.add(new Token(i, i + 2, "''", Token.Kind.STRAIGHT_QUOTE, false));
                i += 2;
            } else if (c == '"') {
                out.add(new Token(i, i + 1, "\"", Token.Kind.STRAIGHT_QUOTE, false));
                i++;
            } else if (c == '.' && i + 2 < to && s.charAt(i + 1) == '.' && s.charAt(i + 2) == '.') {
                out.add(new Token(i, i + 3, "...", Token.Kind.PUNCT, false));
                i += 3;
            } else {
                int n = Character.charCount(s.codePointAt(i));
                out.add(new Token(i, i + n, s.substring(i, i + n), Token.Kind.PUNCT, false));
                i += n;
            }
        }
        return out;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static int word(String s, int i, int to, List<Token> out) {
        int j = i;
        while (j < to) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '-' || c == '‐') && j > i && j + 1 < to && Character.isLetterOrDigit(s.charAt(j + 1))) {
                j++;
            } else if (c == '.'
                    && j > i
                    && j + 1 < to
                    && Character.isLetter(s.charAt(j + 1))
                    && Character.isLetter(s.charAt(j - 1))) {
                // "U.S", "R.Politik", "example.com": a period between letters is inside the word.
                j++;
            } else if ((c == ',' || c == '.')
                    && j > i
                    && j + 1 < to
                    && Character.isDigit(s.charAt(j - 1))
                    && Character.isDigit(s.charAt(j + 1))) {
                j++;
            } else if (isApostrophe(c) && j > i && j + 1 < to && Character.isLetter(s.charAt(j + 1))) {
                boolean possessive = (s.charAt(j + 1) == 's' || s.charAt(j + 1) == 'S')
                        && (j + 2 >= to || !Character.isLetterOrDigit(s.charAt(j + 2)));
                if (possessive) {
                    break;
                }
                j++; // don’t, O’Brien
            } else if (c == '&'
                    && j > i
                    && j + 1 < to
                    && Character.isUpperCase(s.charAt(j + 1))
                    && Character.isUpperCase(s.charAt(j - 1))) {
                j++; // AT&T
            } else {
                break;
            }
        }
        boolean abbreviation = false;
        if (j < to && s.charAt(j) == '.') {
            String w = s.substring(i, j);
            if (isAbbreviation(w)) {
                j++;
                abbreviation = true;
            }
        }
        String text = s.substring(i, j);
        Token.Kind kind = Character.isDigit(text.charAt(0)) ? Token.Kind.NUMBER : Token.Kind.WORD;
        out.add(new Token(i, j, text, kind, abbreviation));
        if (j + 1 < to
                && isApostrophe(s.charAt(j))
                && (s.charAt(j + 1) == 's' || s.charAt(j + 1) == 'S')
                && (j + 2 >= to || !Character.isLetterOrDigit(s.charAt(j + 2)))) {
            out.add(new Token(j, j + 2, s.substring(j, j + 2), Token.Kind.POSSESSIVE, false));
            j += 2;
        } else if (j < to
                && isApostrophe(s.charAt(j))
                && text.endsWith("s")
                && kind == Token.Kind.WORD
                && (j + 1 >= to || (!Character.isLetterOrDigit(s.charAt(j + 1)) && !isApostrophe(s.charAt(j + 1))))) {
            // "the Americans’ demands": a bare apostrophe after a plural is its possessive.
            out.add(new Token(j, j + 1, s.substring(j, j + 1), Token.Kind.POSSESSIVE, false));
            j += 1;
        }
        return j;
    }

    /** A single capital (an initial), a dotted acronym ("U.S"), or a known abbreviation keeps its period. */
    static boolean isAbbreviation(String w) {
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true;
        }
        if (w.indexOf('.') > 0 && w.length() <= 8) {
            // "U.S", "a.m", "Ph.D" but not a domain such as "example.com" (checked by lower-case tail length).
            String[] parts = w.split("\\.");
            for (String p : parts) {
                if (p.length() > 2) {
                    return false;
                }
            }
            return true;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return Lexicon.NAME_ABBREVIATIONS.contains(lower) || Lexicon.OTHER_ABBREVIATIONS.contains(lower);
    }

    /** True when the abbreviation's period can never end a sentence: titles and initials. */
    static boolean isNameAbbreviation(Token t) {
        String w = t.text().endsWith(".") ? t.text().substring(0, t.text().length() - 1) : t.text();
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true;
        }
        return Lexicon.NAME_ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }
}
