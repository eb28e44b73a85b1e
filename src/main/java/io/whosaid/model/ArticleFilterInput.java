package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleFilter")
@Description("Which articles: every field given must hold (AND); a list matches any of its values (OR)")
public record ArticleFilterInput(
        @Description("Published by any of these organizations") @Id
        List<String> publisherIds,

        @Description("Published in this range") DateRange published,

        @Description("Mentioning any of these people or organizations") @Id
        List<String> mentionIds) {}
