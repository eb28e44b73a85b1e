package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An article that has just gone into the graph (new, or a changed text under a known url), as articleIngested tells it. */
@Type("ArticleIngested")
@Description("An article that has just gone into the graph: new, or a changed text that replaced the one under its url")
public record ArticleIngested(
        @NonNull @Id String id,
        @NonNull String title,

        @Description("the publisher's name, when the article names one")
        String publisher,

        @Description("false when a changed text replaced the article under its url")
        boolean created) {}
