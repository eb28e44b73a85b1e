package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;

@Description("A stretch of a text: character offsets, start inclusive, end exclusive")
public record TextSpan(int start, int end) {}
