package io.whosaid.api;

import io.whosaid.graph.GraphReader;
import io.whosaid.graph.NodeMapper;
import io.whosaid.graph.Page;
import io.whosaid.graph.PageRequest;
import io.whosaid.graph.Relation;
import io.whosaid.model.Affiliate;
import io.whosaid.model.Affiliation;
import io.whosaid.model.Entity;
import io.whosaid.model.Node;
import io.whosaid.model.Organization;
import io.whosaid.model.Person;
import io.whosaid.model.QuoteConnection;
import io.whosaid.model.SpeakerCount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Fields of people and organizations: roles, and what they said and what was said about them. */
@GraphQLApi
public class EntityFields {

    private final GraphReader reader;
    private final RelatedLoader loader;
    private final Paging paging;
    private final Prefetch prefetch;

    public EntityFields(GraphReader reader, RelatedLoader loader, Paging paging, Prefetch prefetch) {
        this.reader = reader;
        this.loader = loader;
        this.paging = paging;
        this.prefetch = prefetch;
    }

    @Name("affiliations")
    @Description("The organizations the person is with, and the role the articles give")
    public List<@NonNull List<@NonNull Affiliation>> affiliations(@Source List<Person> people) {
        return loader.lists(people, Relation.PERSON_AFFILIATIONS, row -> new Affiliation(
                NodeMapper.organization(node(row)), (String) row.get("role")));
    }

    @Name("affiliates")
    @Description("The people the articles tie to this organization, with their roles")
    public List<@NonNull List<@NonNull Affiliate>> affiliates(@Source List<Organization> organizations) {
        return loader.lists(organizations, Relation.ORGANIZATION_AFFILIATES, row -> new Affiliate(
                NodeMapper.person(node(row)), (String) row.get("role")));
    }

    @Name("said")
    @Description("The quotes this person gave")
    public @NonNull QuoteConnection said(@Source Person person, @Name("first") Integer first,
                                        @Name("after") String after) {
        return quotes(person, "said", first, after);
    }

    @Name("quotedAbout")
    @Description("The quotes about this person")
    public @NonNull QuoteConnection quotedAbout(@Source Person person, @Name("first") Integer first,
                                               @Name("after") String after) {
        return quotes(person, "quotedAbout", first, after);
    }

    @Name("said")
    @Description("The quotes this organization gave (a statement, a spokesperson speaking for it)")
    public @NonNull QuoteConnection organizationSaid(@Source Organization organization,
                                                    @Name("first") Integer first, @Name("after") String after) {
        return quotes(organization, "said", first, after);
    }

    @Name("quotedAbout")
    @Description("The quotes about this organization")
    public @NonNull QuoteConnection organizationQuotedAbout(@Source Organization organization,
                                                           @Name("first") Integer first, @Name("after") String after) {
        return quotes(organization, "quotedAbout", first, after);
    }

    @Name("topSpeakers")
    @Description("Who is quoted most about this person: speakers with their number of quotes about them")
    public @NonNull List<@NonNull SpeakerCount> topSpeakers(@Source Person person, @Name("first") Integer first) {
        return top(person, first);
    }

    @Name("topSpeakers")
    @Description("Who is quoted most about this organization: speakers with their number of quotes about it")
    public @NonNull List<@NonNull SpeakerCount> organizationTopSpeakers(@Source Organization organization,
                                                                        @Name("first") Integer first) {
        return top(organization, first);
    }

    private List<SpeakerCount> top(Entity entity, Integer first) {
        Optional<List<List<SpeakerCount>>> known = prefetch.answers(List.of(entity), Signatures.top("topSpeakers", first));
        if (known.isPresent()) {
            return known.get().get(0);
        }
        int limit = first == null ? 10 : paging.size(first);
        return reader.topSpeakers(List.of(entity.getId()), limit).getOrDefault(entity.getId(), List.of()).stream()
                .map(row -> new SpeakerCount(NodeMapper.entity(node(row)), ((Number) row.get("count")).intValue()))
                .toList();
    }

    /**
     * Not batched over parents: SmallRye hands a batched field the arguments of its first alias only, so two
     * aliases with different pages would get the same page. The root query normally prefetches these pages.
     */
    private QuoteConnection quotes(Entity entity, String field, Integer first, String after) {
        boolean said = field.equals("said");
        String id = entity.getId();
        PageRequest page = paging.request(first, after);
        Optional<List<Prefetch.PageAnswer>> known = prefetch.answers(List.of(entity), Signatures.page(field, first, after));
        IntSupplier count = () -> reader.countQuotesOf(id, said);
        if (known.isPresent()) {
            Prefetch.PageAnswer answer = known.get().get(0);
            Integer total = answer.total();
            return Connections.quotes(Page.fromOneMore(answer.items(), page), total != null ? () -> total : count);
        }
        List<Node> items = reader.quotesOf(List.of(id), said, page).getOrDefault(id, List.of()).stream()
                .map(NodeMapper::node).toList();
        return Connections.quotes(Page.fromOneMore(items, page), count);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> row) {
        return (Map<String, Object>) row.get("node");
    }
}
