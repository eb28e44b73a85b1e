package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The filters of quotes(filter:); they combine with AND, the values of one list with OR. */
@Input("QuoteFilter")
@Description("Which quotes: every field given must hold (AND); a list matches any of its values (OR)")
public record QuoteFilterInput(
        @Description("Said by any of these people or organizations") @Id
        List<String> speakerIds,

        @Description("About any of these people or organizations") @Id
        List<String> aboutIds,

        @Description("In any of these articles") @Id List<String> articleIds,

        @Description("In articles published by any of these organizations") @Id
        List<String> publisherIds,

        @Description("Of these kinds") List<QuoteKind> kinds,

        @Description("In these editorial states; left out: every state but RETRACTED")
        List<QuoteStatus> statuses,

        @Description("true: only quotes from an unnamed source (unnamedSource set); false: only the others")
        Boolean unnamedSource,

        @Description("In articles published in this range") DateRange published,

        @Description("Words of the quote's text, all of them (full-text)")
        String text) {}
