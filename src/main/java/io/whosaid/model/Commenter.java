package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A reader's handle on the site the thread was on; never merged with a person of the same name")
public record Commenter(@Id @NonNull String id, @NonNull String handle, String site) implements Node {
    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
