package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

public record Person(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull List<@NonNull String> aliases,
        String description,
        boolean confirmed)
        implements Entity {
    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @Override
    @NonNull
    public String getName() {
        return name;
    }

    @Override
    @NonNull
    public List<@NonNull String> getAliases() {
        return aliases;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public boolean isConfirmed() {
        return confirmed;
    }
}
