package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ArticleTextInput")
public record ArticleTextInput(
        @Description("The article in the text format: title, subtitle, body, Source: line, comment thread")
        @NonNull String text,
        @Description("Where the article was published; when given, it identifies the article") String url,
        @Description("ISO-8601 date or date-time") String publishedAt) {
}
