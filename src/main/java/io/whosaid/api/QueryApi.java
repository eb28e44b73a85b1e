package io.whosaid.api;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.api.errors.NotFoundException;
import io.whosaid.graph.GraphReader;
import io.whosaid.graph.GraphReader.Kind;
import io.whosaid.graph.LuceneQuery;
import io.whosaid.graph.PageRequest;
import io.whosaid.graph.QuoteFilter;
import io.whosaid.model.Article;
import io.whosaid.model.ArticleConnection;
import io.whosaid.model.Node;
import io.whosaid.model.Organization;
import io.whosaid.model.OrganizationConnection;
import io.whosaid.model.Person;
import io.whosaid.model.PersonConnection;
import io.whosaid.model.QuoteConnection;
import io.whosaid.model.SearchHit;
import io.whosaid.model.Subgraph;
import io.smallrye.graphql.api.Context;
import io.whosaid.graph.NodeRows;
import io.whosaid.graph.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The root queries of the contract. Thin: checks arguments, asks the graph, shapes the answer. */
@GraphQLApi
public class QueryApi {

    private static final int MAX_TEXT_ARGUMENT = 1000;

    private final GraphReader reader;
    private final Paging paging;
    private final SelectionReader selections;
    private final Prefetch prefetch;
    private final Context context;
    private final int maxHops;
    private final int maxNeighborhoodLimit;

    public QueryApi(GraphReader reader, Paging paging, SelectionReader selections, Prefetch prefetch, Context context,
                    @ConfigProperty(name = "whosaid.api.max-hops") int maxHops,
                    @ConfigProperty(name = "whosaid.api.max-neighborhood-limit") int maxNeighborhoodLimit) {
        this.reader = reader;
        this.paging = paging;
        this.selections = selections;
        this.prefetch = prefetch;
        this.context = context;
        this.maxHops = maxHops;
        this.maxNeighborhoodLimit = maxNeighborhoodLimit;
    }

    @Query("node")
    @Description("Any node by its id")
    public Node node(@Name("id") @Id @NonNull String id) {
        IdArguments.require("id", id);
        Kind kind = IdArguments.kindOf(id);
        if (kind == null) {
            throw new NotFoundException("No node has id " + id);
        }
        return one(kind, id, "node");
    }

    @Query("article")
    public Article article(@Name("id") @Id @NonNull String id) {
        return (Article) one(Kind.ARTICLE, id, "article");
    }

    @Query("person")
    public Person person(@Name("id") @Id @NonNull String id) {
        Node node = one(Kind.ENTITY, id, "person");
        if (node instanceof Person person) {
            return person;
        }
        throw new NotFoundException("No person has id " + id);
    }

    @Query("organization")
    public Organization organization(@Name("id") @Id @NonNull String id) {
        Node node = one(Kind.ENTITY, id, "organization");
        if (node instanceof Organization organization) {
            return organization;
        }
        throw new NotFoundException("No organization has id " + id);
    }

    @Query("articles")
    @Description("Articles, the most recently ingested first")
    public @NonNull ArticleConnection articles(@Name("first") Integer first, @Name("after") String after) {
        PageRequest page = paging.request(first, after);
        NodeRows rows = reader.articles(page, selections.forConnection(context), selections.totalSelected(context));
        return Connections.articles(attach(rows), total(rows, reader::countArticles));
    }

    @Query("people")
    @Description("People by name; name matches a canonical name or an alias, ignoring case")
    public @NonNull PersonConnection people(@Name("name") String name, @Name("first") Integer first,
                                            @Name("after") String after) {
        String checkedName = textArgument("name", name);
        PageRequest page = paging.request(first, after);
        NodeRows rows = reader.entities("Person", checkedName, page, selections.forConnection(context),
                selections.totalSelected(context));
        return Connections.people(attach(rows), total(rows, () -> reader.countEntities("Person", checkedName)));
    }

    @Query("organizations")
    @Description("Organizations by name; name matches a canonical name or an alias, ignoring case")
    public @NonNull OrganizationConnection organizations(@Name("name") String name, @Name("first") Integer first,
                                                         @Name("after") String after) {
        String checkedName = textArgument("name", name);
        PageRequest page = paging.request(first, after);
        NodeRows rows = reader.entities("Organization", checkedName, page, selections.forConnection(context),
                selections.totalSelected(context));
        return Connections.organizations(attach(rows), total(rows, () -> reader.countEntities("Organization", checkedName)));
    }

    @Query("quotes")
    @Description("Quotes by speaker, subject, article and words of the text; the filters combine")
    public @NonNull QuoteConnection quotes(@Name("speakerId") @Id String speakerId, @Name("aboutId") @Id String aboutId,
                                           @Name("articleId") @Id String articleId, @Name("text") String text,
                                           @Name("first") Integer first, @Name("after") String after) {
        String checkedText = textArgument("text", text);
        String lucene = checkedText == null ? null : LuceneQuery.words(checkedText, true);
        if (checkedText != null && lucene == null) {
            throw new BadInputException("text must contain at least one letter or digit");
        }
        QuoteFilter filter = new QuoteFilter(IdArguments.optional("speakerId", speakerId),
                IdArguments.optional("aboutId", aboutId), IdArguments.optional("articleId", articleId), lucene);
        PageRequest page = paging.request(first, after);
        NodeRows rows = reader.quotes(filter, page, selections.forConnection(context), selections.totalSelected(context));
        return Connections.quotes(attach(rows), total(rows, () -> reader.countQuotes(filter)));
    }

    @Query("search")
    @Description("Full-text search over people, organizations, quotes and article titles, best match first")
    public @NonNull List<@NonNull SearchHit> search(@Name("query") @NonNull String query, @Name("first") Integer first) {
        String checked = textArgument("query", query);
        String lucene = checked == null ? null : LuceneQuery.words(checked, false);
        if (lucene == null) {
            throw new BadInputException("query must contain at least one letter or digit");
        }
        return reader.search(lucene, first == null ? 10 : paging.size(first), selections.forSearchHits(context));
    }

    @Query("neighborhood")
    @Description("The nodes within hops of a node, and the edges among them, ready for Cytoscape.js")
    public @NonNull Subgraph neighborhood(@Name("id") @Id @NonNull String id, @Name("hops") @DefaultValue("1") Integer hops,
                                          @Name("limit") @DefaultValue("100") Integer limit) {
        IdArguments.require("id", id);
        int checkedHops = hops == null ? 1 : hops;
        if (checkedHops < 1 || checkedHops > maxHops) {
            throw new BadInputException("hops must be between 1 and " + maxHops + ", was " + checkedHops);
        }
        int checkedLimit = limit == null ? 100 : limit;
        if (checkedLimit < 1 || checkedLimit > maxNeighborhoodLimit) {
            throw new BadInputException("limit must be between 1 and " + maxNeighborhoodLimit + ", was " + checkedLimit);
        }
        return reader.neighborhood(id, checkedHops, checkedLimit)
                .orElseThrow(() -> new NotFoundException("No node has id " + id));
    }

    @Query("path")
    @Description("The shortest connection between two nodes within maxHops, or null when there is none")
    public Subgraph path(@Name("fromId") @Id @NonNull String fromId, @Name("toId") @Id @NonNull String toId,
                         @Name("maxHops") @DefaultValue("4") Integer maxHops) {
        IdArguments.require("fromId", fromId);
        IdArguments.require("toId", toId);
        int checkedHops = maxHops == null ? this.maxHops : maxHops;
        if (checkedHops < 1 || checkedHops > this.maxHops) {
            throw new BadInputException("maxHops must be between 1 and " + this.maxHops + ", was " + checkedHops);
        }
        GraphReader.PathResult result = reader.path(fromId, toId, checkedHops);
        if (!result.fromFound()) {
            throw new NotFoundException("No node has id " + fromId);
        }
        if (!result.toFound()) {
            throw new NotFoundException("No node has id " + toId);
        }
        return result.path();
    }

    /** One node with everything selected below it, read in one query. */
    private Node one(Kind kind, String id, String what) {
        IdArguments.require("id", id);
        if (IdArguments.kindOf(id) != kind) {
            throw new NotFoundException("No " + what + " has id " + id);
        }
        NodeRows rows = reader.byIds(kind, List.of(id), selections.forNode(context, IdArguments.typeName(id)));
        if (rows.rows().isEmpty()) {
            throw new NotFoundException("No " + what + " has id " + id);
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
        return new Page<>(nodes, rows.offset(), rows.hasNext());
    }

    private static String textArgument(String argument, String value) {
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
