package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("EntityOrder")
@Description("The order of people or organizations; left out: by name, A to Z")
public record EntityOrder(
        @Description("What to sort by; left out: NAME") EntityOrderField field,

        @Description("Left out: ASC for NAME, DESC (most first) for QUOTES and RELEVANCE")
        SortDirection direction) {

    /**
     * NAME: the canonical name; QUOTES: how many quotes the entity said; RELEVANCE (needs a name filter): a canonical
     * name that starts with the typed text first, then an alias that does, then the rest, each by name.
     */
    public enum EntityOrderField {
        NAME,
        QUOTES,
        RELEVANCE
    }
}
