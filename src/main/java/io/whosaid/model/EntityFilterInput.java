package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("EntityFilter")
@Description("Which people or organizations: every field given must hold (AND). Names compare ignoring case and accents"
        + " (\"vlad\" finds \"Vladimír\"), over the canonical name and the aliases")
public record EntityFilterInput(
        @Description("The name or an alias starts with this")
        String nameStartsWith,

        @Description("The name or an alias contains this") String nameContains,
        @Description("The name or an alias is this, whole") String alias,

        @Description("Affiliated with any of these: organizations for people, people for organizations") @Id
        List<String> affiliatedWithIds) {}
