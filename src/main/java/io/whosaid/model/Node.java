package io.whosaid.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** Anything with a global id: {@code node(id:)} finds it whatever its type. */
@Interface
public interface Node {
    @Id
    @NonNull
    String getId();
}
