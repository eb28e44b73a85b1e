package io.whosaid.api;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.whosaid.api.errors.BadInputException;
import io.whosaid.graph.ArticleFilter;
import io.whosaid.graph.ArticleReader;
import io.whosaid.graph.EntityFilter;
import io.whosaid.graph.EntityReader;
import io.whosaid.graph.GraphReader;
import io.whosaid.graph.NodeReader;
import io.whosaid.graph.NodeReader.Kind;
import io.whosaid.graph.NodeRows;
import io.whosaid.graph.Ordering;
import io.whosaid.graph.Page;
import io.whosaid.graph.PageRequest;
import io.whosaid.graph.QuoteFilter;
import io.whosaid.graph.QuoteReader;
import io.whosaid.graph.SearchQuery;
import io.whosaid.graph.SearchReader;
import io.whosaid.model.Article;
import io.whosaid.model.ArticleConnection;
import io.whosaid.model.ArticleFilterInput;
import io.whosaid.model.ArticleOrder;
import io.whosaid.model.Comment;
import io.whosaid.model.Commenter;
import io.whosaid.model.EntityFilterInput;
import io.whosaid.model.EntityOrder;
import io.whosaid.model.Node;
import io.whosaid.model.Organization;
import io.whosaid.model.OrganizationConnection;
import io.whosaid.model.Person;
import io.whosaid.model.PersonConnection;
import io.whosaid.model.Quote;
import io.whosaid.model.QuoteConnection;
import io.whosaid.model.QuoteFilterInput;
import io.whosaid.model.QuoteOrder;
import io.whosaid.model.SearchHit;
import io.whosaid.model.SearchHitConnection;
import io.whosaid.model.SearchHitEdge;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * What the root queries of the contract do: check arguments, ask the graph, shape the answer. Each takes the
 * selection below its root field (null: everything), so both executions use it: SmallRye's through
 * {@link QueryApi}, and the direct one ({@code api.direct}).
 */
@ApplicationScoped
public class RootReads {

    private static final int MAX_TEXT_ARGUMENT = 1000;

    private final GraphReader reader;
    private final NodeReader nodes;
    private final ArticleReader articles;
    private final EntityReader entities;
    private final QuoteReader quotes;
    private final SearchReader search;
    private final Paging paging;
    private final SelectionReader selections;
    private final Prefetch prefetch;

    public RootReads(
            GraphReader reader,
            NodeReader nodes,
            ArticleReader articles,
            EntityReader entities,
            QuoteReader quotes,
            SearchReader search,
            Paging paging,
            SelectionReader selections,
            Prefetch prefetch) {
        this.reader = reader;
        this.nodes = nodes;
        this.articles = articles;
        this.entities = entities;
        this.quotes = quotes;
        this.search = search;
        this.paging = paging;
        this.selections = selections;
        this.prefetch = prefetch;
    }

    public Node node(String id, DataFetchingFieldSelectionSet selection) {
        IdArguments.require("id", id);
        Kind kind = IdArguments.kindOf(id);
        return kind == null ? null : one(kind, id, selection);
    }

    public Article article(String id, DataFetchingFieldSelectionSet selection) {
        return one(Kind.ARTICLE, id, selection) instanceof Article article ? article : null;
    }

    /** The article that holds this url (an absolute http(s) url), or null. */
    public Article articleByUrl(String url, DataFetchingFieldSelectionSet selection) {
        String checked = ArticleIngest.checkedUrl(url, "url");
        if (checked == null) {
            throw new BadInputException("url must not be empty");
        }
        return articles.idOfUrl(checked).map(id -> article(id, selection)).orElse(null);
    }

    public Person person(String id, DataFetchingFieldSelectionSet selection) {
        return one(Kind.ENTITY, id, selection) instanceof Person person ? person : null;
    }

    public Organization organization(String id, DataFetchingFieldSelectionSet selection) {
        return one(Kind.ENTITY, id, selection) instanceof Organization organization ? organization : null;
    }

    public Quote quote(String id, DataFetchingFieldSelectionSet selection) {
        return one(Kind.QUOTE, id, selection) instanceof Quote quote ? quote : null;
    }

    public Comment comment(String id, DataFetchingFieldSelectionSet selection) {
        return one(Kind.COMMENT, id, selection) instanceof Comment comment ? comment : null;
    }

    public Commenter commenter(String id, DataFetchingFieldSelectionSet selection) {
        return one(Kind.COMMENTER, id, selection) instanceof Commenter commenter ? commenter : null;
    }

    public ArticleConnection articles(
            ArticleFilterInput filter,
            ArticleOrder orderBy,
            Integer first,
            String after,
            Integer last,
            String before,
            DataFetchingFieldSelectionSet selection) {
        ArticleFilter checked = Filters.articles(filter);
        Ordering ordering = Filters.ordering(orderBy);
        PageRequest page = paging.request(first, after, last, before, ordering);
        NodeRows rows = articles.articles(
                checked, ordering, page, selections.forConnection(selection), selections.totalSelected(selection));
        Page<Node> nodes = attach(rows);
        return Connections.articles(
                nodes, paging.cursors(nodes, ordering), total(rows, () -> articles.countArticles(checked)));
    }

    public PersonConnection people(
            String name,
            EntityFilterInput filter,
            EntityOrder orderBy,
            Integer first,
            String after,
            Integer last,
            String before,
            DataFetchingFieldSelectionSet selection) {
        EntityPage page = entityPage("Person", name, filter, orderBy, first, after, last, before, selection);
        return Connections.people(page.nodes(), page.cursors(), page.total());
    }

    public OrganizationConnection organizations(
            String name,
            EntityFilterInput filter,
            EntityOrder orderBy,
            Integer first,
            String after,
            Integer last,
            String before,
            DataFetchingFieldSelectionSet selection) {
        EntityPage page = entityPage("Organization", name, filter, orderBy, first, after, last, before, selection);
        return Connections.organizations(page.nodes(), page.cursors(), page.total());
    }

    /** A page of one label's entities, with its cursors and its count. */
    private record EntityPage(Page<Node> nodes, List<String> cursors, IntSupplier total) {}

    /** The entities of {@code label}: by filter and order, or by name, never both. */
    private EntityPage entityPage(
            String label,
            String name,
            EntityFilterInput filter,
            EntityOrder orderBy,
            Integer first,
            String after,
            Integer last,
            String before,
            DataFetchingFieldSelectionSet selection) {
        if (filter != null || orderBy != null) {
            if (name != null) {
                throw new BadInputException(
                        "give name or filter and orderBy, not both (filter.alias matches a whole name)");
            }
            EntityFilter checked = Filters.entities(filter);
            Ordering ordering = Filters.ordering(label, orderBy, checked);
            PageRequest page = paging.request(first, after, last, before, ordering);
            NodeRows rows = entities.filtered(
                    label,
                    checked,
                    ordering,
                    page,
                    selections.forConnection(selection),
                    selections.totalSelected(selection));
            Page<Node> nodes = attach(rows);
            return new EntityPage(
                    nodes, paging.cursors(nodes, ordering), total(rows, () -> entities.countFiltered(label, checked)));
        }
        String checkedName = textArgument("name", name);
        Ordering ordering = EntityReader.ordering(label, checkedName);
        PageRequest page = paging.request(first, after, last, before, ordering);
        NodeRows rows = entities.entities(
                label, checkedName, page, selections.forConnection(selection), selections.totalSelected(selection));
        Page<Node> nodes = attach(rows);
        return new EntityPage(
                nodes, paging.cursors(nodes, ordering), total(rows, () -> entities.countEntities(label, checkedName)));
    }

    public QuoteConnection quotes(
            String speakerId,
            String aboutId,
            String articleId,
            String text,
            QuoteFilterInput filter,
            QuoteOrder orderBy,
            Integer first,
            String after,
            Integer last,
            String before,
            DataFetchingFieldSelectionSet selection) {
        QuoteFilter checked = Filters.quotes(speakerId, aboutId, articleId, textArgument("text", text), filter);
        Ordering ordering = Filters.ordering(orderBy, checked);
        PageRequest page = paging.request(first, after, last, before, ordering);
        NodeRows rows = quotes.quotes(
                checked, ordering, page, selections.forConnection(selection), selections.totalSelected(selection));
        Page<Node> nodes = attach(rows);
        return Connections.quotes(
                nodes, paging.cursors(nodes, ordering), total(rows, () -> quotes.countQuotes(checked)));
    }

    public List<SearchHit> search(String query, Integer first, DataFetchingFieldSelectionSet selection) {
        SearchQuery checked = searchQuery("query", query);
        return search.search(
                        checked,
                        PageRequest.first(first == null ? 10 : paging.size(first)),
                        selections.forSearchHits(selection),
                        SelectionReader.anySelected(selection, List.of("highlight")))
                .items();
    }

    public SearchHitConnection searchHits(
            String query,
            Integer first,
            String after,
            Integer last,
            String before,
            DataFetchingFieldSelectionSet selection) {
        SearchQuery checked = searchQuery("query", query);
        PageRequest page = paging.request(first, after, last, before, SearchReader.BY_SCORE);
        Page<SearchHit> hits = search.search(
                checked,
                page,
                selections.forSearchHitEdges(selection),
                SelectionReader.anySelected(selection, List.of("edges/node/highlight")));
        List<String> cursors = paging.cursors(hits, SearchReader.BY_SCORE);
        List<SearchHitEdge> edges = new ArrayList<>();
        for (int i = 0; i < hits.items().size(); i++) {
            edges.add(new SearchHitEdge(hits.items().get(i), cursors.get(i)));
        }
        return new SearchHitConnection(edges, Paging.pageInfo(hits, cursors), () -> {
            throw new IllegalStateException("a search has no totalCount");
        });
    }

    /** {@code value} read in the search language; what it refuses is BAD_INPUT with the language's message. */
    static SearchQuery searchQuery(String argument, String value) {
        String checked = textArgument(argument, value);
        try {
            return SearchQuery.parse(checked);
        } catch (SearchQuery.InvalidSearchException e) {
            throw new BadInputException(argument + ": " + e.getMessage());
        }
    }

    /**
     * One node with everything selected below it, read in one query; null when no node of that kind has the id
     * (an unknown id is an empty answer, as it is for the lists' id filters, not an error).
     */
    private Node one(Kind kind, String id, DataFetchingFieldSelectionSet selection) {
        IdArguments.require("id", id);
        if (IdArguments.kindOf(id) != kind) {
            return null;
        }
        NodeRows rows = nodes.byIds(kind, List.of(id), selections.forNode(selection, IdArguments.typeName(id)));
        if (rows.rows().isEmpty()) {
            return null;
        }
        return prefetch.attach(rows.rows().get(0), rows.fields());
    }

    /** The count read with the page when totalCount was selected; otherwise counted if ever asked. */
    private static IntSupplier total(NodeRows rows, IntSupplier count) {
        Integer total = rows.total();
        return total != null ? () -> total : count;
    }

    private Page<Node> attach(NodeRows rows) {
        List<Node> nodes = new ArrayList<>(rows.rows().size());
        for (Map<String, Object> row : rows.rows()) {
            nodes.add(prefetch.attach(row, rows.fields()));
        }
        return new Page<>(nodes, rows.keys(), rows.hasNext(), rows.hasPrevious());
    }

    static String textArgument(String argument, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT_ARGUMENT) {
            throw new BadInputException(argument + " is longer than " + MAX_TEXT_ARGUMENT + " characters");
        }
        if (value.isBlank()) {
            throw new BadInputException(argument + " must not be blank");
        }
        return value;
    }
}
