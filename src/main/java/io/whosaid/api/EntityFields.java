package io.whosaid.api;

import io.whosaid.model.Affiliate;
import io.whosaid.model.Affiliation;
import io.whosaid.model.Entity;
import io.whosaid.model.Organization;
import io.whosaid.model.Person;
import io.whosaid.model.QuoteConnection;
import io.whosaid.model.QuoteStatus;
import io.whosaid.model.SpeakerCount;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Fields of people and organizations: roles, and what they said and what was said about them. */
@GraphQLApi
public class EntityFields {

    private final RelatedLoader loader;

    public EntityFields(RelatedLoader loader) {
        this.loader = loader;
    }

    @Name("affiliations")
    @Description("The organizations the person is with, and the role the articles give")
    public List<@NonNull List<@NonNull Affiliation>> affiliations(@Source List<Person> people) {
        return loader.answers(people, "Person", "affiliations");
    }

    @Name("affiliates")
    @Description("The people the articles tie to this organization, with their roles")
    public List<@NonNull List<@NonNull Affiliate>> affiliates(@Source List<Organization> organizations) {
        return loader.answers(organizations, "Organization", "affiliates");
    }

    /*
     * The fields with arguments are not batched over parents: SmallRye hands a batched field the arguments of its
     * first alias only, so two aliases with different pages would get the same page. The root query normally
     * prefetches them.
     */

    @Name("said")
    @Description("The quotes this person or organization gave (for an organization: a statement, a spokesperson "
            + "speaking for it), in the states asked for (every state but RETRACTED unless statuses says)")
    public @NonNull QuoteConnection said(
            @Source Entity entity,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before,
            @Name("statuses") List<QuoteStatus> statuses) {
        return (QuoteConnection) loader.value(entity, typeName(entity), "said", first, after, last, before, statuses);
    }

    @Name("quotedAbout")
    @Description("The quotes about this person or organization, in the states asked for (every state but RETRACTED "
            + "unless statuses says)")
    public @NonNull QuoteConnection quotedAbout(
            @Source Entity entity,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before,
            @Name("statuses") List<QuoteStatus> statuses) {
        return (QuoteConnection)
                loader.value(entity, typeName(entity), "quotedAbout", first, after, last, before, statuses);
    }

    @Name("topSpeakers")
    @Description("Who is quoted most about this person or organization: speakers with their number of quotes about it")
    @SuppressWarnings("unchecked")
    public @NonNull List<@NonNull SpeakerCount> topSpeakers(@Source Entity entity, @Name("first") Integer first) {
        return (List<SpeakerCount>)
                loader.value(entity, typeName(entity), "topSpeakers", first, null, null, null, null);
    }

    private static String typeName(Entity entity) {
        return entity instanceof Organization ? "Organization" : "Person";
    }
}
