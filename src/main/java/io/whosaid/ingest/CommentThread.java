package io.whosaid.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the comments of a page, in page order, into a numbered thread.
 *
 * <p>Nesting comes from indentation alone: a header indented deeper than the comment before
 * it replies to the nearest shallower comment above it; a header no deeper than every open
 * comment is top level. The thread never fails on its shape.
 *
 * <p>Numbering: siblings keep the numbers written on the page when those rise strictly
 * (1, 2, 3 or 11, 12 after a deleted comment); when they do not (1, 2, 2, 5), each sibling
 * is numbered by its order under its parent instead, so thread numbers are always unique.
 * A reply's number is its parent's number, a dot, and its own: "3.1", "3.1.1".
 */
final class CommentThread {

    private CommentThread() {}

    static List<ParsedComment> number(List<RawComment> comments) {
        int[] parents = new int[comments.size()];
        Deque<Integer> open = new ArrayDeque<>();
        Map<Integer, List<Integer>> siblingsByParent = new LinkedHashMap<>();
        for (int i = 0; i < comments.size(); i++) {
            int indent = comments.get(i).indent();
            while (!open.isEmpty() && comments.get(open.peek()).indent() >= indent) {
                open.pop();
            }
            parents[i] = open.isEmpty() ? -1 : open.peek();
            siblingsByParent.computeIfAbsent(parents[i], p -> new ArrayList<>()).add(i);
            open.push(i);
        }

        int[] ownNumbers = new int[comments.size()];
        for (List<Integer> siblings : siblingsByParent.values()) {
            boolean writtenRises = true;
            int previous = 0;
            for (int i : siblings) {
                int written = comments.get(i).writtenNumber();
                writtenRises &= written > previous;
                previous = written;
            }
            for (int k = 0; k < siblings.size(); k++) {
                int i = siblings.get(k);
                ownNumbers[i] = writtenRises ? comments.get(i).writtenNumber() : k + 1;
            }
        }

        String[] threadNumbers = new String[comments.size()];
        List<ParsedComment> thread = new ArrayList<>(comments.size());
        for (int i = 0; i < comments.size(); i++) {
            String parentNumber = parents[i] < 0 ? null : threadNumbers[parents[i]];
            threadNumbers[i] =
                    parentNumber == null ? Integer.toString(ownNumbers[i]) : parentNumber + "." + ownNumbers[i];
            RawComment comment = comments.get(i);
            thread.add(new ParsedComment(threadNumbers[i], parentNumber, comment.author(), text(comment.lines())));
        }
        return List.copyOf(thread);
    }

    /** Lines of a paragraph stay on their own lines as the reader wrote them; paragraphs get a blank line. */
    private static String text(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String stripped = ArticleTextParser.strip(line);
            if (stripped.isEmpty()) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            } else {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(stripped);
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return String.join("\n\n", paragraphs);
    }
}
