package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What two entities said about each other: quotes by A about B and by B about A, newest first, with counts")
public record QuotesBetween(
        @Description("How many quotes A gave about B") int aAboutBCount,
        @Description("The newest of them (first)") @NonNull List<@NonNull Quote> aAboutB,
        @Description("How many quotes B gave about A") int bAboutACount,
        @Description("The newest of them (first)") @NonNull List<@NonNull Quote> bAboutA) {}
