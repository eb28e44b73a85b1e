package io.whosaid.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.api.Context;
import io.whosaid.model.Article;
import io.whosaid.model.ArticleConnection;
import io.whosaid.model.ArticleFilterInput;
import io.whosaid.model.ArticleOrder;
import io.whosaid.model.Comment;
import io.whosaid.model.Commenter;
import io.whosaid.model.EdgeType;
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
import io.whosaid.model.ShortestPaths;
import io.whosaid.model.Subgraph;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The root queries of the contract as SmallRye serves them; {@link RootReads} does the work, in a method of the
 * same name taking the same arguments and the selection (the direct execution finds it by that rule).
 */
@GraphQLApi
public class QueryApi {

    private final RootReads reads;
    private final SubgraphReads subgraphs;
    private final Context context;

    public QueryApi(RootReads reads, SubgraphReads subgraphs, Context context) {
        this.reads = reads;
        this.subgraphs = subgraphs;
        this.context = context;
    }

    @Query("node")
    @Description("Any node by its id; null when none has it")
    public Node node(@Name("id") @Id @NonNull String id) {
        return reads.node(id, selection());
    }

    @Query("article")
    @Description("The article with this id; null when none has it")
    public Article article(@Name("id") @Id @NonNull String id) {
        return reads.article(id, selection());
    }

    @Query("articleByUrl")
    @Description("The article that holds this url (ingested from it, or given it by an editor); null when none does."
            + " After an ingest with a url was answered with an error, this tells whether it was saved")
    public Article articleByUrl(@Name("url") @NonNull String url) {
        return reads.articleByUrl(url, selection());
    }

    @Query("person")
    @Description("The person with this id; null when none has it")
    public Person person(@Name("id") @Id @NonNull String id) {
        return reads.person(id, selection());
    }

    @Query("organization")
    @Description("The organization with this id; null when none has it")
    public Organization organization(@Name("id") @Id @NonNull String id) {
        return reads.organization(id, selection());
    }

    @Query("quote")
    @Description("The quote with this id; null when none has it")
    public Quote quote(@Name("id") @Id @NonNull String id) {
        return reads.quote(id, selection());
    }

    @Query("comment")
    @Description("The comment with this id; null when none has it")
    public Comment comment(@Name("id") @Id @NonNull String id) {
        return reads.comment(id, selection());
    }

    @Query("commenter")
    @Description("The commenter with this id; null when none has it")
    public Commenter commenter(@Name("id") @Id @NonNull String id) {
        return reads.commenter(id, selection());
    }

    @Query("articles")
    @Description("Articles, the most recently ingested first unless orderBy says otherwise; filter: which ones")
    public @NonNull ArticleConnection articles(
            @Name("filter") ArticleFilterInput filter,
            @Name("orderBy") ArticleOrder orderBy,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before) {
        return reads.articles(filter, orderBy, first, after, last, before, selection());
    }

    @Query("people")
    @Description(
            "People by name; name matches a canonical name or an alias, ignoring case. filter (name prefix, part, alias "
                    + "ignoring case and accents; affiliation) and orderBy (NAME, QUOTES, RELEVANCE) instead of name for more")
    public @NonNull PersonConnection people(
            @Name("name") String name,
            @Name("filter") EntityFilterInput filter,
            @Name("orderBy") EntityOrder orderBy,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before) {
        return reads.people(name, filter, orderBy, first, after, last, before, selection());
    }

    @Query("organizations")
    @Description(
            "Organizations by name; name matches a canonical name or an alias, ignoring case. filter (name prefix, "
                    + "part, alias ignoring case and accents; affiliation) and orderBy (NAME, QUOTES, RELEVANCE) instead of name for more")
    public @NonNull OrganizationConnection organizations(
            @Name("name") String name,
            @Name("filter") EntityFilterInput filter,
            @Name("orderBy") EntityOrder orderBy,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before) {
        return reads.organizations(name, filter, orderBy, first, after, last, before, selection());
    }

    @Query("quotes")
    @Description("Quotes by speaker, subject, article, words of the text and the fields of filter; everything given "
            + "combines (AND). RETRACTED quotes only when filter.statuses asks for them")
    public @NonNull QuoteConnection quotes(
            @Name("speakerId") @Id String speakerId,
            @Name("aboutId") @Id String aboutId,
            @Name("articleId") @Id String articleId,
            @Name("text") String text,
            @Name("filter") QuoteFilterInput filter,
            @Name("orderBy") QuoteOrder orderBy,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before) {
        return reads.quotes(
                speakerId, aboutId, articleId, text, filter, orderBy, first, after, last, before, selection());
    }

    @Query("search")
    @Description(
            "Full-text search over people, organizations, quotes and article titles, best match first, in the language "
                    + "searchHits describes")
    public @NonNull List<@NonNull SearchHit> search(
            @Name("query") @NonNull String query, @Name("first") Integer first) {
        return reads.search(query, first, selection());
    }

    @Query("searchHits")
    @Description("search as a connection: the same hits in the same order, paged by cursor (first/after, last/before). "
            + "The query language: words side by side must all occur; OR between them, \"a phrase\", a prefix* (at least 3 "
            + "characters), NOT or - before a word to leave out, brackets, and type:person, type:organization, type:quote or "
            + "type:article to choose kinds")
    public @NonNull SearchHitConnection searchHits(
            @Name("query") @NonNull String query,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before) {
        return reads.searchHits(query, first, after, last, before, selection());
    }

    @Query("neighborhood")
    @Description("The nodes within hops of a node (at most limit besides it; truncated says when there were more), "
            + "and the edges among them, ready for Cytoscape.js; types: walk only these relationship types")
    public @NonNull Subgraph neighborhood(
            @Name("id") @Id @NonNull String id,
            @Name("hops") @DefaultValue("1") Integer hops,
            @Name("limit") @DefaultValue("100") Integer limit,
            @Name("types") List<EdgeType> types) {
        return subgraphs.neighborhood(id, hops, limit, types, selection());
    }

    @Query("path")
    @Description("The shortest connection between two nodes within maxHops, or null when there is none; "
            + "types: walk only these relationship types (e.g. [SAID, ABOUT] leaves out co-mentions)")
    public Subgraph path(
            @Name("fromId") @Id @NonNull String fromId,
            @Name("toId") @Id @NonNull String toId,
            @Name("maxHops") @DefaultValue("4") Integer maxHops,
            @Name("types") List<EdgeType> types) {
        return subgraphs.path(fromId, toId, maxHops, types, selection());
    }

    @Query("shortestPaths")
    @Description("Every shortest connection between two nodes within maxHops (at most limit of them; graph.truncated "
            + "says when there were more), or null when there is none; each path in order, and all of them as one graph; "
            + "types: walk only these relationship types (e.g. [SAID, ABOUT] leaves out co-mentions)")
    public ShortestPaths shortestPaths(
            @Name("fromId") @Id @NonNull String fromId,
            @Name("toId") @Id @NonNull String toId,
            @Name("maxHops") @DefaultValue("4") Integer maxHops,
            @Name("limit") @DefaultValue("10") Integer limit,
            @Name("types") List<EdgeType> types) {
        return subgraphs.shortestPaths(fromId, toId, maxHops, limit, types, selection());
    }

    /** What the client selected below the current root field; null (read everything) when unknown. */
    private DataFetchingFieldSelectionSet selection() {
        DataFetchingEnvironment environment;
        try {
            environment = context.unwrap(DataFetchingEnvironment.class);
        } catch (RuntimeException e) {
            return null;
        }
        return environment == null ? null : environment.getSelectionSet();
    }
}
