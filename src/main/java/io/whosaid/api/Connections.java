package io.whosaid.api;

import io.whosaid.graph.Page;
import io.whosaid.model.Article;
import io.whosaid.model.ArticleConnection;
import io.whosaid.model.ArticleEdge;
import io.whosaid.model.Comment;
import io.whosaid.model.CommentConnection;
import io.whosaid.model.CommentEdge;
import io.whosaid.model.Connection;
import io.whosaid.model.Node;
import io.whosaid.model.Organization;
import io.whosaid.model.OrganizationConnection;
import io.whosaid.model.OrganizationEdge;
import io.whosaid.model.Person;
import io.whosaid.model.PersonConnection;
import io.whosaid.model.PersonEdge;
import io.whosaid.model.Quote;
import io.whosaid.model.QuoteConnection;
import io.whosaid.model.QuoteEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** Wraps a page of nodes and their cursors as the typed Relay connection the schema declares. */
final class Connections {

    private Connections() {}

    /** The connection of the schema's type for pages of nodes of GraphQL type {@code nodeType}. */
    static Connection<?> of(String nodeType, Page<Node> page, List<String> cursors, IntSupplier total) {
        return switch (nodeType) {
            case "Article" -> articles(page, cursors, total);
            case "Person" -> people(page, cursors, total);
            case "Organization" -> organizations(page, cursors, total);
            case "Quote" -> quotes(page, cursors, total);
            case "Comment" -> comments(page, cursors, total);
            default -> throw new IllegalArgumentException("No connection of " + nodeType);
        };
    }

    static ArticleConnection articles(Page<Node> page, List<String> cursors, IntSupplier total) {
        List<ArticleEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new ArticleEdge((Article) page.items().get(i), cursors.get(i)));
        }
        return new ArticleConnection(edges, Paging.pageInfo(page, cursors), total);
    }

    static PersonConnection people(Page<Node> page, List<String> cursors, IntSupplier total) {
        List<PersonEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new PersonEdge((Person) page.items().get(i), cursors.get(i)));
        }
        return new PersonConnection(edges, Paging.pageInfo(page, cursors), total);
    }

    static OrganizationConnection organizations(Page<Node> page, List<String> cursors, IntSupplier total) {
        List<OrganizationEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new OrganizationEdge((Organization) page.items().get(i), cursors.get(i)));
        }
        return new OrganizationConnection(edges, Paging.pageInfo(page, cursors), total);
    }

    static QuoteConnection quotes(Page<Node> page, List<String> cursors, IntSupplier total) {
        List<QuoteEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new QuoteEdge((Quote) page.items().get(i), cursors.get(i)));
        }
        return new QuoteConnection(edges, Paging.pageInfo(page, cursors), total);
    }

    static CommentConnection comments(Page<Node> page, List<String> cursors, IntSupplier total) {
        List<CommentEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new CommentEdge((Comment) page.items().get(i), cursors.get(i)));
        }
        return new CommentConnection(edges, Paging.pageInfo(page, cursors), total);
    }
}
