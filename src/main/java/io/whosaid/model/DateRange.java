package io.whosaid.model;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("DateRange")
@Description("A span of time: from (inclusive) to (exclusive); either end may be left open")
public record DateRange(
        @Description("The first instant in the range") OffsetDateTime from,
        @Description("The first instant after the range") OffsetDateTime to) {}
