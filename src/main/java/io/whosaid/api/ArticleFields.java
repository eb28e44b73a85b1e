package io.whosaid.api;

import io.whosaid.graph.NodeMapper;
import io.whosaid.graph.Relation;
import io.whosaid.model.Article;
import io.whosaid.model.Comment;
import io.whosaid.model.Organization;
import io.whosaid.model.Person;
import io.whosaid.model.Quote;
import java.util.List;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Article's related fields, each loaded for every article of the response at once. */
@GraphQLApi
public class ArticleFields {

    private final RelatedLoader loader;

    public ArticleFields(RelatedLoader loader) {
        this.loader = loader;
    }

    @Name("publisher")
    public List<Organization> publisher(@Source List<Article> articles) {
        return loader.singles(articles, Relation.ARTICLE_PUBLISHER, NodeMapper::organization);
    }

    @Name("people")
    public List<@NonNull List<@NonNull Person>> people(@Source List<Article> articles) {
        return loader.lists(articles, Relation.ARTICLE_PEOPLE, NodeMapper::person);
    }

    @Name("organizations")
    public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Article> articles) {
        return loader.lists(articles, Relation.ARTICLE_ORGANIZATIONS, NodeMapper::organization);
    }

    @Name("quotes")
    public List<@NonNull List<@NonNull Quote>> quotes(@Source List<Article> articles) {
        return loader.lists(articles, Relation.ARTICLE_QUOTES, NodeMapper::quote);
    }

    @Name("comments")
    public List<@NonNull List<@NonNull Comment>> comments(@Source List<Article> articles) {
        return loader.lists(articles, Relation.ARTICLE_COMMENTS, NodeMapper::comment);
    }
}
