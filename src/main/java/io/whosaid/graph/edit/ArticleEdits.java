package io.whosaid.graph.edit;

import io.whosaid.graph.CypherFile;
import io.whosaid.ingest.resolve.Ids;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans of the edits to articles: deleting one with everything only it supports, and correcting its date, publisher
 * and url. An article keeps its id when its url changes (ids are made once, from the url it was ingested under).
 */
public final class ArticleEdits {

    static final String ARTICLE = "Article";
    private static final String ARTICLES_WITH_URL = CypherFile.load("edit/articles-with-url");
    private static final String PUBLISHED_BY = "PUBLISHED_BY";
    private static final String DATE_CORRECTED = "publishedAtCorrected";
    /** The relationships that make a quote or a comment the article's own. */
    private static final Set<String> OWN = Set.of("QUOTED_IN", "ON");

    private ArticleEdits() {}

    /**
     * Deletes the article, its quotes and comments, and the entities and commenters that nothing else holds
     * ({@link Support}).
     */
    public static GraphEditor.Plan delete(String id) {
        return state -> {
            Snapshot article = state.read(List.of(id));
            article(article, id);
            Set<String> own = new LinkedHashSet<>(List.of(id));
            for (RelState rel : article.relationships()) {
                if (OWN.contains(rel.type()) && rel.to().equals(id)) {
                    own.add(rel.from());
                }
            }
            Map<String, List<RelState>> unlinked = new LinkedHashMap<>();
            for (RelState rel : state.read(own).relationships()) {
                for (String end : List.of(rel.from(), rel.to())) {
                    if (!own.contains(end)) {
                        unlinked.computeIfAbsent(end, key -> new ArrayList<>()).add(rel);
                    }
                }
            }
            Set<String> gone = new LinkedHashSet<>(own);
            gone.addAll(Support.unsupported(state, unlinked));
            Snapshot now = state.read(gone);
            return Change.between(
                    now,
                    new Snapshot(
                            List.of(),
                            now.relationships().stream()
                                    .filter(rel -> !gone.contains(rel.from()) && !gone.contains(rel.to()))
                                    .toList()));
        };
    }

    /**
     * Sets what is given: the date ({@code publishedAt}, as PublishedDates stores it), the publisher (by name, an
     * organization found or made as an ingest would; the one it replaces goes when nothing else holds it), the url
     * (refused when another article holds it). Null leaves a field as it is. A publisher is linked to, locked, not
     * read: it may have published every article in the graph. A later ingest of the article keeps the date and the
     * publisher an editor set (write/article.cypher).
     */
    public static GraphEditor.Plan set(String id, String publishedAt, String publisher, String url) {
        return state -> {
            if (publishedAt == null && publisher == null && url == null) {
                throw EditRefusedException.badInput("Give at least one of publishedAt, publisher, url");
            }
            Snapshot first = state.read(List.of(id));
            NodeState article = article(first, id);
            if (url != null) {
                List<String> holders = new ArrayList<>(state.tx()
                        .run(
                                ARTICLES_WITH_URL,
                                Map.of(
                                        "id",
                                        Ids.article(url, null),
                                        "url",
                                        url,
                                        "ruleId",
                                        IdRules.ruleId(Ids.article(url, null))))
                        .list(r -> r.get("id").asString()));
                holders.remove(id);
                if (!holders.isEmpty()) {
                    throw new EditRefusedException(
                            EditRefusedException.Reason.URL_IN_USE,
                            "Article " + holders.get(0) + " already has the url " + url);
                }
            }
            NodeState changed = article;
            if (publishedAt != null) {
                // Marked, so that a re-ingest of the article keeps the editor's date (write/article.cypher).
                changed = changed.with("publishedAt", dateTime(publishedAt)).with(DATE_CORRECTED, true);
            }
            if (url != null) {
                changed = changed.with("url", url);
            }
            Change urlRules = url == null ? null : urlRules(state, article, url);
            if (publisher == null) {
                return urlRules == null
                        ? EntityEdits.changed(first, changed)
                        : EntityEdits.changed(first, changed).plus(urlRules);
            }
            String publisherId = IdRules.target(state.tx(), Ids.organization(publisher))
                    .orElseThrow(() ->
                            EditRefusedException.badInput("Editors said " + publisher + " is not an organization"));
            if (!publisherId.startsWith(Ids.ORGANIZATION)) {
                throw EditRefusedException.badInput("Editors made " + publisher + " a person (" + publisherId + ")");
            }
            List<RelState> former = first.relationships(PUBLISHED_BY, id).stream()
                    .filter(rel -> rel.from().equals(id))
                    .toList();
            Map<String, List<RelState>> unlinked = new LinkedHashMap<>();
            former.stream()
                    .filter(rel -> !rel.to().equals(publisherId))
                    .forEach(rel -> unlinked.computeIfAbsent(rel.to(), key -> new ArrayList<>())
                            .add(rel));
            Set<String> gone = new LinkedHashSet<>(Support.unsupported(state, unlinked));
            List<String> ids = new ArrayList<>(List.of(id));
            ids.addAll(gone);
            Snapshot now = state.read(ids);
            boolean known = !state.lock(List.of(publisherId)).isEmpty();

            List<NodeState> nodes = new ArrayList<>(List.of(changed));
            if (!known) {
                nodes.add(newPublisher(publisherId, publisher));
            }
            List<RelState> rels = new ArrayList<>(now.relationships());
            rels.removeAll(former);
            rels.removeIf(rel -> gone.contains(rel.from()) || gone.contains(rel.to()));
            rels.add(state.madeHere(new RelState(PUBLISHED_BY, id, publisherId)));
            Change change = Change.between(now, new Snapshot(nodes, rels));
            return urlRules == null ? change : change.plus(urlRules);
        };
    }

    /**
     * The id rules that make an ingest of the article's url update it: one from the id the new url makes, unless that
     * is the article's own id, and none any more from the url it had (whose id rule, if any, an earlier correction
     * made); so the article is found by its own id and by its current url.
     */
    private static Change urlRules(GraphState state, NodeState article, String url) {
        String id = article.id();
        String fromNew = Ids.article(url, null);
        String former = article.string("url");
        List<String> ruleIds = new ArrayList<>(List.of(IdRules.ruleId(fromNew)));
        if (former != null) {
            ruleIds.add(IdRules.ruleId(Ids.article(former, null)));
        }
        Snapshot now = state.read(ruleIds);
        List<NodeState> rules = new ArrayList<>();
        for (NodeState rule : now.nodes()) {
            if (!id.equals(rule.string("to"))) {
                rules.add(rule);
            }
        }
        if (!fromNew.equals(id)) {
            rules.add(IdRules.rule(fromNew, id));
        }
        return Change.between(now, new Snapshot(rules, now.relationships()));
    }

    private static NodeState newPublisher(String id, String name) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", id);
        properties.put("name", name);
        properties.put("aliases", List.of());
        properties.put("kind", "publisher");
        return new NodeState(id, List.of(EntityEdits.ORGANIZATION, EntityEdits.ENTITY), properties);
    }

    /** A stored date as Cypher's datetime() makes it at ingest: a date is midnight UTC, a time with no zone UTC. */
    static ZonedDateTime dateTime(String stored) {
        if (stored.contains("T")) {
            try {
                return OffsetDateTime.parse(stored).toZonedDateTime();
            } catch (java.time.format.DateTimeParseException noOffset) {
                return LocalDateTime.parse(stored).atZone(ZoneOffset.UTC);
            }
        }
        return LocalDate.parse(stored).atStartOfDay(ZoneOffset.UTC);
    }

    private static NodeState article(Snapshot snapshot, String id) {
        return snapshot.node(id)
                .filter(node -> node.hasLabel(ARTICLE))
                .orElseThrow(() -> EditRefusedException.notFound("No article with id " + id));
    }
}
