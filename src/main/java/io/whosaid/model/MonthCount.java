package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How many quotes were about the entity asked for in one month of publication")
public record MonthCount(@Description("YYYY-MM") @NonNull String month, int quotes) {}
