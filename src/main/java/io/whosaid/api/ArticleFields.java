package io.whosaid.api;

import io.whosaid.model.Article;
import io.whosaid.model.Comment;
import io.whosaid.model.EntityLink;
import io.whosaid.model.Mention;
import io.whosaid.model.Organization;
import io.whosaid.model.Person;
import io.whosaid.model.Quote;
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

    @Name("people")
    public List<@NonNull List<@NonNull Person>> people(@Source List<Article> articles) {
        return loader.answers(articles, "Article", "people");
    }

    @Name("organizations")
    public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Article> articles) {
        return loader.answers(articles, "Article", "organizations");
    }

    /* Not batched over articles: SmallRye hands a batched field the arguments of its first alias only. The root
    query normally prefetches it. */
    @Name("quotes")
    @Description("The article's quotes in reading order, in the states asked for (every state but RETRACTED unless "
            + "statuses says)")
    @SuppressWarnings("unchecked")
    public @NonNull List<@NonNull Quote> quotes(@Source Article article, @Name("statuses") List<QuoteStatus> statuses) {
        return (List<Quote>) loader.value(article, "Article", "quotes", null, null, null, null, statuses);
    }

    @Name("mentions")
    @Description("The people and organizations the article mentions, most mentioned first, each with where the text "
            + "names it and who made the link (the extractor, or an editor's edit)")
    public List<@NonNull List<@NonNull Mention>> mentions(@Source List<Article> articles) {
        return loader.answers(articles, "Article", "mentions");
    }

    @Name("comments")
    public List<@NonNull List<@NonNull Comment>> comments(@Source List<Article> articles) {
        return loader.answers(articles, "Article", "comments");
    }
}
