package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a fact was read: the sentence, and the fact's character offsets into Article.text")
public record Evidence(@NonNull String sentence, int start, int end) {}
