package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** A person or an organization: what quotes are said by and about. */
@Interface
public interface Entity extends Node {
    @NonNull
    String getName();

    @NonNull
    List<@NonNull String> getAliases();
}
