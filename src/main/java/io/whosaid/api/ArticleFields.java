package io.whosaid.api;

import io.whosaid.model.Article;
import io.whosaid.model.CommentConnection;
import io.whosaid.model.EntityLink;
import io.whosaid.model.Mention;
import io.whosaid.model.Organization;
import io.whosaid.model.PersonConnection;
import io.whosaid.model.QuoteConnection;
import io.whosaid.model.QuoteStatus;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Article's related fields (their meaning is the field table's), each loaded for every article of the response at once. */
@GraphQLApi
public class ArticleFields {

    private final RelatedLoader loader;

    public ArticleFields(RelatedLoader loader) {
        this.loader = loader;
    }

    @Name("publisher")
    public List<Organization> publisher(@Source List<Article> articles) {
        return loader.answers(articles, "Article", "publisher");
    }

    @Name("publisherEdge")
    @Description("The publisher, with who made the link (the extractor, or an editor's edit) and the article as its "
            + "evidence; null when none is known")
    public List<EntityLink> publisherEdge(@Source List<Article> articles) {
        return loader.answers(articles, "Article", "publisherEdge");
    }

    /* The connections are not batched over articles: SmallRye hands a batched field the arguments of its first alias
    only. The root query normally prefetches them. */

    @Name("people")
    @Description("The people the article mentions, most mentioned first (then by name)")
    public @NonNull PersonConnection people(
            @Source Article article,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before) {
        return (PersonConnection) loader.value(article, "Article", "people", first, after, last, before, null);
    }

    @Name("organizations")
    public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Article> articles) {
        return loader.answers(articles, "Article", "organizations");
    }

    @Name("quotes")
    @Description("The article's quotes in reading order, in the states asked for (every state but RETRACTED unless "
            + "statuses says)")
    public @NonNull QuoteConnection quotes(
            @Source Article article,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before,
            @Name("statuses") List<QuoteStatus> statuses) {
        return (QuoteConnection) loader.value(article, "Article", "quotes", first, after, last, before, statuses);
    }

    @Name("mentions")
    @Description("The people and organizations the article mentions, most mentioned first, each with where the text "
            + "names it and who made the link (the extractor, or an editor's edit)")
    public List<@NonNull List<@NonNull Mention>> mentions(@Source List<Article> articles) {
        return loader.answers(articles, "Article", "mentions");
    }

    @Name("comments")
    @Description("Every comment of the article's thread, replies included, in thread order (1, 1.1, 2, ...)")
    public @NonNull CommentConnection comments(
            @Source Article article,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before) {
        return (CommentConnection) loader.value(article, "Article", "comments", first, after, last, before, null);
    }
}
