package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a search hit matched: a fragment of one of its texts and the words of the query in it")
public record Highlight(
        @Description("Which text matched: name, alias, title, subtitle or text") @NonNull
        String property,

        @Description("The matching part of that text, cut at word boundaries (whole when short)") @NonNull
        String fragment,

        @Description("The query's words in the fragment, as offsets into it") @NonNull
        List<@NonNull TextSpan> matches) {}
