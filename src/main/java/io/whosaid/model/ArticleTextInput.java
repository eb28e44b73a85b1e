package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** One article in one of three formats; the name stays ArticleTextInput so that clients' variable types keep working. */
@Input("ArticleTextInput")
@Description("One article: exactly one of text, html or json.")
public record ArticleTextInput(
        @Description("The article in the text format: title, subtitle, body, Source: line, comment thread")
        String text,

        @Description("A saved web page; title, dek, date, publisher, url and comment thread come from its markup")
        String html,

        @Description("One article as JSON: {title, subtitle, text, url, publishedAt, publisher, "
                + "comments: [{author, text, publishedAt, replies}]}")
        String json,

        @Description("Where the article was published; when given, it identifies the article. Else the page's "
                + "canonical url or the JSON's url does")
        String url,

        @Description("ISO-8601 date or date-time; else the page's or the JSON's date")
        String publishedAt) {}
