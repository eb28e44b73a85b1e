package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A speaker and how many of their quotes are about the entity asked for")
public record SpeakerCount(@NonNull Entity speaker, int quotes) {}
