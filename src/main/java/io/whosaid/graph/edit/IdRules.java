package io.whosaid.graph.edit;

import io.whosaid.graph.CypherFile;
import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraph.AffiliationRow;
import io.whosaid.ingest.resolve.ArticleGraph.ArticleRow;
import io.whosaid.ingest.resolve.ArticleGraph.EntityRow;
import io.whosaid.ingest.resolve.ArticleGraph.MentionRow;
import io.whosaid.ingest.resolve.ArticleGraph.QuoteRow;
import io.whosaid.ingest.resolve.Ids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * What editors decided about names, applied to the next articles: an {@code (:IdRule {id: 'rule:' + id, to})} sends
 * an entity id the extractor makes to the entity it was merged into or retyped as ({@code to}), or nowhere when the
 * name was rejected as not an entity ({@code to} null). Merges and type changes write the rules as part of their
 * change, so undoing the edit removes its rule too. An article id has a rule when an editor gave an article the url
 * that id is made from ({@code setArticle(url:)}): an ingest of that url then updates that article.
 */
public final class IdRules {

    public static final String LABEL = "IdRule";
    private static final String RULES_FOR = CypherFile.load("edit/rules-for");
    private static final String RULES_TO = CypherFile.load("edit/rules-to");

    private IdRules() {}

    public static String ruleId(String entityId) {
        return "rule:" + entityId;
    }

    /** A rule node sending {@code from} to {@code to} (null: rejected). */
    static NodeState rule(String from, String to) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", ruleId(from));
        properties.put("from", from);
        if (to != null) {
            properties.put("to", to);
        }
        return new NodeState(ruleId(from), List.of(LABEL), properties);
    }

    /** The ids of the rules that point to any of {@code ids}. */
    static List<String> rulesTo(TransactionContext tx, List<String> ids) {
        return tx.run(RULES_TO, Map.of("ids", ids)).list(r -> r.get("id").asString());
    }

    /** Where an entity id an ingest makes lands: where its rule sends it, itself without one; empty when rejected. */
    static Optional<String> target(TransactionContext tx, String id) {
        List<Record> found =
                tx.run(RULES_FOR, Map.of("ruleIds", List.of(ruleId(id)))).list();
        if (found.isEmpty()) {
            return Optional.of(id);
        }
        Value to = found.get(0).get("to");
        return to.isNull() ? Optional.empty() : Optional.of(to.asString());
    }

    /** The article with its entity ids (and its own id) sent where the rules say; without rules, the article as it was. */
    public static ArticleGraph applyTo(TransactionContext tx, ArticleGraph graph) {
        return applyTo(tx, List.of(graph)).get(0);
    }

    /** The articles, each with its entity ids sent where the rules say, read in one statement for all of them. */
    public static List<ArticleGraph> applyTo(TransactionContext tx, List<ArticleGraph> graphs) {
        Set<String> ids = new LinkedHashSet<>();
        for (ArticleGraph graph : graphs) {
            ids.add(graph.article().id());
            if (graph.publisher() != null) {
                ids.add(graph.publisher().id());
            }
            graph.people().forEach(row -> ids.add(row.id()));
            graph.organizations().forEach(row -> ids.add(row.id()));
        }
        if (ids.isEmpty()) {
            return graphs;
        }
        Map<String, Optional<String>> rules = new HashMap<>();
        for (Record record : tx.run(
                        RULES_FOR,
                        Map.of("ruleIds", ids.stream().map(IdRules::ruleId).toList()))
                .list()) {
            rules.put(
                    record.get("id").asString(),
                    record.get("to").isNull()
                            ? Optional.empty()
                            : Optional.of(record.get("to").asString()));
        }
        return rules.isEmpty()
                ? graphs
                : graphs.stream().map(graph -> redirected(graph, rules)).toList();
    }

    /** Pure: the article as the rules make it (entities renamed to their targets, rejected ones and their links dropped). */
    static ArticleGraph redirected(ArticleGraph graph, Map<String, Optional<String>> rules) {
        List<EntityRow> people = new ArrayList<>();
        List<EntityRow> organizations = new ArrayList<>();
        for (EntityRow row : concat(graph.people(), graph.organizations())) {
            EntityRow moved = moved(row, rules);
            if (moved != null) {
                (moved.id().startsWith(Ids.PERSON) ? people : organizations).add(moved);
            }
        }
        EntityRow publisher = graph.publisher() == null ? null : moved(graph.publisher(), rules);
        if (publisher != null && !publisher.id().startsWith(Ids.ORGANIZATION)) {
            publisher = null;
        }
        List<QuoteRow> quotes = new ArrayList<>();
        for (QuoteRow q : graph.quotes()) {
            quotes.add(new QuoteRow(
                    q.id(),
                    q.text(),
                    q.kind(),
                    q.cue(),
                    q.sentence(),
                    q.start(),
                    q.end(),
                    q.confidence(),
                    q.speakerId() == null ? null : target(q.speakerId(), rules),
                    q.aboutIds().stream()
                            .map(id -> target(id, rules))
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList(),
                    q.unnamedSource()));
        }
        List<AffiliationRow> affiliations = new ArrayList<>();
        for (AffiliationRow f : graph.affiliations()) {
            String person = target(f.personId(), rules);
            String organization = target(f.organizationId(), rules);
            if (person != null
                    && organization != null
                    && person.startsWith(Ids.PERSON)
                    && organization.startsWith(Ids.ORGANIZATION)) {
                affiliations.add(new AffiliationRow(person, organization, f.role(), f.spans()));
            }
        }
        List<MentionRow> mentions = new ArrayList<>();
        for (MentionRow m : graph.commentMentions()) {
            String entity = target(m.entityId(), rules);
            if (entity != null) {
                mentions.add(new MentionRow(m.commentId(), entity, m.spans()));
            }
        }
        // An article whose url an editor gave to an article of another id is written into that article.
        ArticleRow article = graph.article();
        Optional<String> into = rules.get(article.id());
        if (into != null && into.isPresent()) {
            article = new ArticleRow(
                    into.get(),
                    article.url(),
                    article.title(),
                    article.subtitle(),
                    article.publishedAt(),
                    article.text(),
                    article.contentHash(),
                    article.editorNotes());
        }
        return new ArticleGraph(
                article, publisher, people, organizations, quotes, affiliations, graph.comments(), mentions);
    }

    /** The row under its target id, the name the article used kept as an alias; null when rejected. */
    private static EntityRow moved(EntityRow row, Map<String, Optional<String>> rules) {
        Optional<String> rule = rules.get(row.id());
        if (rule == null) {
            return row;
        }
        if (rule.isEmpty()) {
            return null;
        }
        List<String> aliases = new ArrayList<>(row.aliases());
        if (!aliases.contains(row.name())) {
            aliases.add(row.name());
        }
        return new EntityRow(
                rule.get(), row.name(), aliases, row.description(), row.kind(), row.mentions(), row.spans());
    }

    private static String target(String id, Map<String, Optional<String>> rules) {
        Optional<String> rule = rules.get(id);
        return rule == null ? id : rule.orElse(null);
    }

    private static List<EntityRow> concat(List<EntityRow> a, List<EntityRow> b) {
        List<EntityRow> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
