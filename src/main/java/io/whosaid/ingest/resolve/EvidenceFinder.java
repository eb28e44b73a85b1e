package io.whosaid.ingest.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the evidence of the edges the extractor derives but does not locate (it keeps offsets for quotes only):
 * where a text names an entity by its name or one of its aliases, and the sentences that name a person and an
 * organization together. Pronouns and descriptions ("the minister") the extractor resolved are not found here, so
 * an edge's evidence may list fewer places than its mention count. At most {@link #MAX_SPANS} spans per edge are
 * kept, in reading order: enough to show why the edge is there without storing every repetition.
 */
public final class EvidenceFinder {

    /** The most spans one edge keeps from one text. */
    public static final int MAX_SPANS = 20;

    private final String text;
    private final List<int[]> sentences;

    public EvidenceFinder(String text) {
        this.text = text == null ? "" : text;
        this.sentences = sentences(this.text);
    }

    /** Where the text names the entity by any of {@code names}, longest names first, without overlaps. */
    public List<Span> mentions(Collection<String> names) {
        List<int[]> found = occurrences(names);
        List<Span> spans = new ArrayList<>();
        for (int[] at : found) {
            if (spans.size() == MAX_SPANS) {
                break;
            }
            int[] sentence = sentenceOf(at[0]);
            spans.add(new Span(at[0], at[1], sentence[0], sentence[1]));
        }
        return spans;
    }

    /**
     * The sentences that name both the person and the organization, each as the stretch from the first of the two
     * names to the last (the role between them, as "X, director of Y" writes it, included).
     */
    public List<Span> together(Collection<String> personNames, Collection<String> organizationNames) {
        Map<Integer, int[]> people = firstBySentence(occurrences(personNames));
        Map<Integer, int[]> organizations = firstBySentence(occurrences(organizationNames));
        List<Span> spans = new ArrayList<>();
        for (Map.Entry<Integer, int[]> entry : people.entrySet()) {
            int[] person = entry.getValue();
            int[] organization = organizations.get(entry.getKey());
            if (organization != null && spans.size() < MAX_SPANS) {
                int[] sentence = sentences.get(entry.getKey());
                spans.add(new Span(
                        Math.min(person[0], organization[0]),
                        Math.max(person[1], organization[1]),
                        sentence[0],
                        sentence[1]));
            }
        }
        return spans;
    }

    /** The first occurrence in each sentence, by the sentence's index, in reading order. */
    private Map<Integer, int[]> firstBySentence(List<int[]> occurrences) {
        Map<Integer, int[]> first = new TreeMap<>();
        for (int[] at : occurrences) {
            int index = sentenceIndex(at[0]);
            if (index >= 0) {
                first.putIfAbsent(index, at);
            }
        }
        return first;
    }

    /** Whole-word occurrences of the names, longest name first where two overlap, in reading order. */
    private List<int[]> occurrences(Collection<String> names) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                distinct.add(name.strip());
            }
        }
        List<String> longestFirst = new ArrayList<>(distinct);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        List<int[]> found = new ArrayList<>();
        for (String name : longestFirst) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                Map.Entry<Integer, Integer> before = taken.floorEntry(end - 1);
                if (wordEdge(at - 1) && wordEdge(end) && (before == null || before.getValue() <= at)) {
                    taken.put(at, end);
                    found.add(new int[] {at, end});
                }
            }
        }
        found.sort(Comparator.comparingInt(at -> at[0]));
        return found;
    }

    private boolean wordEdge(int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private int[] sentenceOf(int offset) {
        int index = sentenceIndex(offset);
        return index < 0 ? new int[] {offset, offset} : sentences.get(index);
    }

    /** The index of the sentence holding {@code offset}, or -1 (between sentences). */
    private int sentenceIndex(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int[] sentence = sentences.get(middle);
            if (offset < sentence[0]) {
                high = middle - 1;
            } else if (offset >= sentence[1]) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /**
     * The sentences of a text, as [start, end) without surrounding space: a line break ends one, and so does a full
     * stop, question or exclamation mark (with any closing quote or bracket after it) followed by a space, unless the
     * word before it is an abbreviation or an initial ("Mr.", "Dr.", "J.").
     */
    static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = -1;
            int next = i + 1;
            if (c == '\n') {
                end = i;
            } else if ((c == '.' || c == '?' || c == '!') && !abbreviation(text, i)) {
                int after = i + 1;
                while (after < text.length() && "\"”’')]".indexOf(text.charAt(after)) >= 0) {
                    after++;
                }
                if (after >= text.length() || Character.isWhitespace(text.charAt(after))) {
                    end = after;
                    next = after;
                }
            }
            if (end >= 0) {
                add(sentences, text, start, end);
                start = next;
            }
            i = next;
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    /** Whether the full stop at {@code dot} ends a short capitalised word or an initial ("Mr", "St", "J"). */
    private static boolean abbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int begin = dot;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        int length = dot - begin;
        return length >= 1
                && length <= 3
                && Character.isUpperCase(text.charAt(begin))
                && (length == 1 || Character.isLowerCase(text.charAt(dot - 1)));
    }

    private static void add(List<int[]> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new int[] {start, end});
        }
    }
}
