package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleOrder")
@Description("The order of articles; left out: the most recently ingested first")
public record ArticleOrder(
        @Description("What to sort by") ArticleOrderField field,
        @Description("Left out: DESC (newest first)") SortDirection direction) {

    /** INGESTED: when the service stored it; PUBLISHED: its publication date, undated articles oldest. */
    public enum ArticleOrderField {
        INGESTED,
        PUBLISHED
    }
}
