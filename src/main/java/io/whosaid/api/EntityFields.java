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
        return quotes(List.of(person), "said", first, after).get(0);
    }

    @Name("quotedAbout")
    @Description("The quotes about this person")
    public @NonNull QuoteConnection quotedAbout(@Source Person person, @Name("first") Integer first,
                                               @Name("after") String after) {
        return quotes(List.of(person), "quotedAbout", first, after).get(0);
    }

    @Name("said")
    @Description("The quotes this organization gave (a statement, a spokesperson speaking for it)")
    public @NonNull QuoteConnection organizationSaid(@Source Organization organization,
                                                    @Name("first") Integer first, @Name("after") String after) {
        return quotes(List.of(organization), "said", first, after).get(0);
    }

    @Name("quotedAbout")
    @Description("The quotes about this organization")
    public @NonNull QuoteConnection organizationQuotedAbout(@Source Organization organization,
                                                           @Name("first") Integer first, @Name("after") String after) {
        return quotes(List.of(organization), "quotedAbout", first, after).get(0);
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
    private List<QuoteConnection> quotes(List<? extends Entity> entities, String field, Integer first, String after) {
        boolean said = field.equals("said");
        PageRequest page = paging.request(first, after);
        Optional<List<Prefetch.PageAnswer>> known = prefetch.answers(entities, Signatures.page(field, first, after));
        if (known.isPresent()) {
            List<QuoteConnection> connections = new java.util.ArrayList<>();
            for (int i = 0; i < entities.size(); i++) {
                Prefetch.PageAnswer answer = known.get().get(i);
                String id = entities.get(i).getId();
                boolean hasNext = answer.items().size() > page.limit();
                Page<Node> slice = new Page<>(hasNext ? answer.items().subList(0, page.limit()) : answer.items(),
                        page.offset(), hasNext);
                Integer total = answer.total();
                connections.add(Connections.quotes(slice, total != null ? () -> total : () -> reader.countQuotesOf(id, said)));
            }
            return connections;
        }
        List<String> ids = entities.stream().map(Node::getId).distinct().toList();
        Map<String, List<Map<String, Object>>> byEntity = reader.quotesOf(ids, said, page);
        return entities.stream().map(entity -> {
            List<Node> rows = byEntity.getOrDefault(entity.getId(), List.of()).stream().map(NodeMapper::node).toList();
            boolean hasNext = rows.size() > page.limit();
            Page<Node> slice = new Page<>(hasNext ? rows.subList(0, page.limit()) : rows, page.offset(), hasNext);
            return Connections.quotes(slice, () -> reader.countQuotesOf(entity.getId(), said));
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> row) {
        return (Map<String, Object>) row.get("node");
    }
}
