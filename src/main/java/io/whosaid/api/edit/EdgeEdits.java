package io.whosaid.api.edit;

import io.whosaid.graph.edit.EditReader;
import io.whosaid.model.Affiliate;
import io.whosaid.model.Affiliation;
import io.whosaid.model.Edit;
import io.whosaid.model.EntityLink;
import io.whosaid.model.Mention;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/** The edit that made an edge by hand, read once for all edges of a response. */
@GraphQLApi
public class EdgeEdits {

    private static final String MADE_BY = "The edit that made (or last corrected) this link, when an editor did; "
            + "null when the extractor made it";

    private final EditReader edits;

    public EdgeEdits(EditReader edits) {
        this.edits = edits;
    }

    @Name("edit")
    @Description(MADE_BY)
    public List<Edit> affiliationEdit(@Source List<Affiliation> affiliations) {
        return edits(affiliations, Affiliation::editId);
    }

    @Name("edit")
    @Description(MADE_BY)
    public List<Edit> affiliateEdit(@Source List<Affiliate> affiliates) {
        return edits(affiliates, Affiliate::editId);
    }

    @Name("edit")
    @Description(MADE_BY)
    public List<Edit> mentionEdit(@Source List<Mention> mentions) {
        return edits(mentions, Mention::editId);
    }

    @Name("edit")
    @Description(MADE_BY)
    public List<Edit> linkEdit(@Source List<EntityLink> links) {
        return edits(links, EntityLink::editId);
    }

    private <T> List<Edit> edits(List<T> edges, Function<T, String> editId) {
        List<String> ids =
                edges.stream().map(editId).filter(Objects::nonNull).distinct().toList();
        Map<String, Edit> found = edits.byIds(ids);
        return edges.stream()
                .map(edge -> editId.apply(edge) == null ? null : found.get(editId.apply(edge)))
                .toList();
    }
}
