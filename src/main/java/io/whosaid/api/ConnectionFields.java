package io.whosaid.api;

import io.whosaid.model.ArticleConnection;
import io.whosaid.model.CommentConnection;
import io.whosaid.model.OrganizationConnection;
import io.whosaid.model.PersonConnection;
import io.whosaid.model.QuoteConnection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/** {@code totalCount} of every connection: a count query that runs only when the field is selected. */
@GraphQLApi
public class ConnectionFields {

    @Name("totalCount")
    @Description("How many items the whole connection holds")
    public int articlesTotal(@Source ArticleConnection connection) {
        return connection.totalCountSupplier().getAsInt();
    }

    @Name("totalCount")
    @Description("How many items the whole connection holds")
    public int peopleTotal(@Source PersonConnection connection) {
        return connection.totalCountSupplier().getAsInt();
    }

    @Name("totalCount")
    @Description("How many items the whole connection holds")
    public int organizationsTotal(@Source OrganizationConnection connection) {
        return connection.totalCountSupplier().getAsInt();
    }

    @Name("totalCount")
    @Description("How many items the whole connection holds")
    public int quotesTotal(@Source QuoteConnection connection) {
        return connection.totalCountSupplier().getAsInt();
    }

    @Name("totalCount")
    @Description("How many items the whole connection holds")
    public int commentsTotal(@Source CommentConnection connection) {
        return connection.totalCountSupplier().getAsInt();
    }
}
