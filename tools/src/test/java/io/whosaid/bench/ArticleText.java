package io.whosaid.bench;

import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraph.CommentRow;

/** Writes a generated article in the service's text format (title, subtitle, body, Source: line, thread). */
public final class ArticleText {

    private ArticleText() {}

    public static String render(ArticleGraph graph) {
        StringBuilder out = new StringBuilder();
        out.append(graph.article().title()).append("\n\n");
        if (graph.article().subtitle() != null) {
            out.append(graph.article().subtitle()).append("\n\n");
        }
        out.append(graph.article().text()).append("\n\n");
        if (graph.publisher() != null) {
            out.append("Source: ").append(graph.publisher().name()).append("\n\n");
        }
        for (CommentRow comment : graph.comments()) {
            // The thread numbers replies from 1 under their parent: "3.2" is written "2." one level deeper.
            String[] parts = comment.number().split("\\.");
            String indent = "  ".repeat(parts.length);
            out.append(indent)
                    .append(parts[parts.length - 1])
                    .append(". ")
                    .append(comment.authorHandle())
                    .append(" says\n\n");
            out.append(indent).append("  ").append(comment.text()).append("\n\n");
        }
        if (!graph.comments().isEmpty()) {
            out.append("Leave A Reply\n\nYour email address will not be published.\n");
        }
        return out.toString();
    }
}
