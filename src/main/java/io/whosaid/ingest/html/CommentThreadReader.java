package io.whosaid.ingest.html;

import io.whosaid.ingest.CommentNode;
import io.whosaid.ingest.PublishedDates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The reader-comment thread of a page. A comment is an element marked as one — WordPress's {@code li.comment}
 * (every theme since 2.7 writes it, replies nested in {@code ol.children}), schema.org's {@code Comment} microdata,
 * or a generic {@code article.comment} / {@code div.comment} — that names an author. Nesting is the page's own:
 * a comment replies to the nearest comment element around it. Trackbacks and pingbacks are not comments.
 */
final class CommentThreadReader {

    private static final String COMMENT_ELEMENTS = "li.comment, article.comment, div.comment, "
            + "[itemtype~=(?i)schema\\.org/(User)?Comments?$], [itemprop=comment]";
    /** Where a comment names its author, most specific first. */
    private static final List<String> AUTHOR_SELECTORS = List.of(
            ".comment-author .fn",
            ".comment-author cite",
            "cite.fn",
            ".fn",
            "[itemprop=author] [itemprop=name]",
            "[itemprop=author]",
            ".comment-author",
            ".comment__author",
            ".author-name",
            ".comment-author-name",
            ".author",
            ".username");
    /** Where a comment keeps its text, when it marks it. */
    private static final List<String> TEXT_SELECTORS = List.of(
            ".comment-content",
            ".comment-text",
            "[itemprop=text]",
            ".comment__body",
            ".comment-body-text",
            ".comment-entry");
    /** A comment's furniture: who, when, reply links, avatars. Left out of its text. */
    private static final String META = ".comment-meta, .comment-metadata, .commentmetadata, .comment-author, "
            + ".comment__author, .comment-header, .reply, .comment-reply-link, .comment-actions, .avatar, .says, "
            + "footer, form, [itemprop=author], time, .comment-awaiting-moderation";

    private static final Pattern SAYS = Pattern.compile("(?i)\\s*says:?\\s*$");

    private final Set<Element> comments;

    private CommentThreadReader(Set<Element> comments) {
        this.comments = comments;
    }

    /** The page's top-level comments with their replies, in page order; empty when it has none. */
    static List<CommentNode> read(Document page) {
        Set<Element> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : page.select(COMMENT_ELEMENTS)) {
            if (!element.hasClass("pingback") && !element.hasClass("trackback")) {
                candidates.add(element);
            }
        }
        CommentThreadReader reader = new CommentThreadReader(candidates);
        // A candidate without an author is markup that happens to be called "comment" (a count, an icon).
        candidates.removeIf(element -> reader.author(element) == null);
        return reader.tree(page);
    }

    /** The elements that hold the thread (its comments), to be kept out of the article body. */
    static List<Element> threadElements(Document page) {
        List<Element> elements = new ArrayList<>(page.select("#comments, .comments-area, .comment-list, .commentlist, "
                + "#respond, .comment-respond, #disqus_thread, .comments-section"));
        elements.addAll(page.select(COMMENT_ELEMENTS));
        return elements;
    }

    private List<CommentNode> tree(Document page) {
        Map<Element, List<Element>> children = new IdentityHashMap<>();
        List<Element> roots = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (comments.contains(element)) {
                Element parent = nearestComment(element);
                (parent == null ? roots : children.computeIfAbsent(parent, p -> new ArrayList<>())).add(element);
            }
        }
        // Built bottom-up without recursion: reverse page order sees every reply before its parent.
        Map<Element, CommentNode> built = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>(
                page.getAllElements().stream().filter(comments::contains).toList());
        Collections.reverse(order);
        for (Element element : order) {
            List<CommentNode> replies = new ArrayList<>();
            for (Element reply : children.getOrDefault(element, List.of())) {
                CommentNode node = built.get(reply);
                if (node != null) {
                    replies.add(node);
                }
            }
            String text = text(element);
            if (!text.isEmpty() || !replies.isEmpty()) {
                built.put(element, new CommentNode(author(element), text, date(element), List.copyOf(replies)));
            }
        }
        Map<Element, CommentNode> ordered = new LinkedHashMap<>();
        roots.forEach(root -> {
            if (built.containsKey(root)) {
                ordered.put(root, built.get(root));
            }
        });
        return List.copyOf(ordered.values());
    }

    private Element nearestComment(Element element) {
        for (Element up = element.parent(); up != null; up = up.parent()) {
            if (comments.contains(up)) {
                return up;
            }
        }
        return null;
    }

    /** The elements matching {@code selector} that belong to this comment, not to a reply nested in it. */
    private List<Element> own(Element comment, String selector) {
        List<Element> own = new ArrayList<>();
        for (Element found : comment.select(selector)) {
            if (found != comment && nearestComment(found) == comment && !comments.contains(found)) {
                own.add(found);
            }
        }
        return own;
    }

    private String author(Element comment) {
        for (String selector : AUTHOR_SELECTORS) {
            for (Element found : own(comment, selector)) {
                String name = SAYS.matcher(found.text()).replaceFirst("").strip();
                if (!name.isEmpty() && name.length() <= 100) {
                    return name;
                }
            }
        }
        return null;
    }

    private String date(Element comment) {
        for (Element time : own(comment, "time[datetime], [itemprop=dateCreated], [itemprop=datePublished]")) {
            String value = time.hasAttr("datetime")
                    ? time.attr("datetime")
                    : time.hasAttr("content") ? time.attr("content") : time.text();
            String date = PublishedDates.normalize(value);
            if (date != null) {
                return date;
            }
        }
        for (Element meta : own(comment, ".comment-metadata, .commentmetadata, .comment-meta, .comment-date")) {
            String date = PublishedDates.normalize(meta.text());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private String text(Element comment) {
        for (String selector : TEXT_SELECTORS) {
            List<Element> found = own(comment, selector);
            if (!found.isEmpty()) {
                return String.join("\n\n", BlockText.texts(found.get(0), "\n", this::isNotText));
            }
        }
        // Older themes put the paragraphs straight into the comment, beside its meta.
        return String.join(
                "\n\n",
                BlockText.texts(
                        comment,
                        "\n",
                        element -> isNotText(element) || element.is(META) || element.is("ol.children, ul.children")));
    }

    private boolean isNotText(Element element) {
        return comments.contains(element);
    }
}
