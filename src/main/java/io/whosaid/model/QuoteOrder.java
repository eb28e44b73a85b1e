package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("QuoteOrder")
@Description("The order of quotes; left out: the most relevant first with text, else a fixed order by id")
public record QuoteOrder(
        @Description("What to sort by") QuoteOrderField field,

        @Description("Left out: DESC (newest, most relevant first)")
        SortDirection direction) {

    /** RELEVANCE: the full-text score (needs text); PUBLISHED: the article's date, undated articles oldest. */
    public enum QuoteOrderField {
        RELEVANCE,
        PUBLISHED
    }
}
