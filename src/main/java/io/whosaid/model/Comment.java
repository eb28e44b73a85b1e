package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

public record Comment(
        @Id @NonNull String id,

        @Description("Place in the thread: \"3\" for a top-level comment, \"3.1\" for the first reply to it") @NonNull
        String number,

        @NonNull String text,
        boolean spam)
        implements Node {
    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
