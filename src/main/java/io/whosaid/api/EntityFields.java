package io.whosaid.api;

import io.whosaid.model.Affiliate;
import io.whosaid.model.Affiliation;
import io.whosaid.model.Organization;
import io.whosaid.model.Person;
import io.whosaid.model.QuoteConnection;
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
    @Description("The quotes this person gave")
    public @NonNull QuoteConnection said(@Source Person person, @Name("first") Integer first, @Name("after") String after,
                                                @Name("last") Integer last, @Name("before") String before) {
        return (QuoteConnection) loader.value(person, "Person", "said", first, after, last, before);
    }

    @Name("quotedAbout")
    @Description("The quotes about this person")
    public @NonNull QuoteConnection quotedAbout(@Source Person person, @Name("first") Integer first, @Name("after") String after,
                                                @Name("last") Integer last, @Name("before") String before) {
        return (QuoteConnection) loader.value(person, "Person", "quotedAbout", first, after, last, before);
    }

    @Name("said")
    @Description("The quotes this organization gave (a statement, a spokesperson speaking for it)")
    public @NonNull QuoteConnection organizationSaid(@Source Organization organization,
                                                    @Name("first") Integer first, @Name("after") String after,
                                                @Name("last") Integer last, @Name("before") String before) {
        return (QuoteConnection) loader.value(organization, "Organization", "said", first, after, last, before);
    }

    @Name("quotedAbout")
    @Description("The quotes about this organization")
    public @NonNull QuoteConnection organizationQuotedAbout(@Source Organization organization,
                                                           @Name("first") Integer first, @Name("after") String after,
                                                @Name("last") Integer last, @Name("before") String before) {
        return (QuoteConnection) loader.value(organization, "Organization", "quotedAbout", first, after, last, before);
    }

    @Name("topSpeakers")
    @Description("Who is quoted most about this person: speakers with their number of quotes about them")
    @SuppressWarnings("unchecked")
    public @NonNull List<@NonNull SpeakerCount> topSpeakers(@Source Person person, @Name("first") Integer first) {
        return (List<SpeakerCount>) loader.value(person, "Person", "topSpeakers", first, null, null, null);
    }

    @Name("topSpeakers")
    @Description("Who is quoted most about this organization: speakers with their number of quotes about it")
    @SuppressWarnings("unchecked")
    public @NonNull List<@NonNull SpeakerCount> organizationTopSpeakers(@Source Organization organization,
                                                                        @Name("first") Integer first) {
        return (List<SpeakerCount>) loader.value(organization, "Organization", "topSpeakers", first, null, null, null);
    }
}
