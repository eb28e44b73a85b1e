package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A person or an organization: what quotes are said by and about. Everything both have is declared here (the
 * fields with arguments, said, quotedAbout and topSpeakers, by EntityFields on this interface), so a client
 * writes one fragment on Entity.
 */
@Interface
public interface Entity extends Node {
    @NonNull
    String getName();

    @NonNull
    List<@NonNull String> getAliases();

    String getDescription();

    @Description("Whether an editor confirmed it as it is (confirmEntity)")
    boolean isConfirmed();
}
