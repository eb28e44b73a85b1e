package io.whosaid.graph;

import io.whosaid.model.Article;
import io.whosaid.model.Comment;
import io.whosaid.model.Commenter;
import io.whosaid.model.Entity;
import io.whosaid.model.Evidence;
import io.whosaid.model.Node;
import io.whosaid.model.Organization;
import io.whosaid.model.OrganizationKind;
import io.whosaid.model.Person;
import io.whosaid.model.Quote;
import io.whosaid.model.QuoteKind;
import io.whosaid.model.QuoteStatus;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Turns the node maps the read queries return ({@code n {.id, .name, labels: labels(n)}}) into the read model.
 * A map holds only the properties the request selected; the rest stay null and are never serialised.
 */
public final class NodeMapper {

    private NodeMapper() {}

    public static Node node(Map<String, Object> map) {
        List<?> labels = (List<?>) map.get("labels");
        if (labels.contains("Article")) {
            return article(map);
        }
        if (labels.contains("Person")) {
            return person(map);
        }
        if (labels.contains("Organization")) {
            return organization(map);
        }
        if (labels.contains("Quote")) {
            return quote(map);
        }
        if (labels.contains("Comment")) {
            return comment(map);
        }
        if (labels.contains("Commenter")) {
            return commenter(map);
        }
        throw new IllegalStateException("Unexpected node labels " + labels);
    }

    public static Entity entity(Map<String, Object> map) {
        return (Entity) node(map);
    }

    public static Article article(Map<String, Object> map) {
        return new Article(
                string(map, "id"),
                string(map, "url"),
                string(map, "title"),
                string(map, "subtitle"),
                dateTime(map, "publishedAt"),
                string(map, "text"),
                strings(map, "editorNotes"));
    }

    /** A DateTime property (the driver gives a ZonedDateTime) as the schema's DateTime; null when absent. */
    private static OffsetDateTime dateTime(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        return value instanceof OffsetDateTime offset ? offset : null;
    }

    public static Person person(Map<String, Object> map) {
        return new Person(
                string(map, "id"),
                string(map, "name"),
                strings(map, "aliases"),
                string(map, "description"),
                Boolean.TRUE.equals(map.get("confirmed")));
    }

    public static Organization organization(Map<String, Object> map) {
        return new Organization(
                string(map, "id"),
                string(map, "name"),
                strings(map, "aliases"),
                string(map, "description"),
                OrganizationKind.of(string(map, "kind")),
                Boolean.TRUE.equals(map.get("confirmed")));
    }

    public static Quote quote(Map<String, Object> map) {
        Evidence evidence = new Evidence(string(map, "sentence"), number(map, "start"), number(map, "end"));
        Object confidence = map.get("confidence");
        String kind = string(map, "kind");
        return new Quote(
                string(map, "id"),
                string(map, "text"),
                kind == null ? null : QuoteKind.valueOf(kind),
                string(map, "cue"),
                evidence,
                confidence instanceof Number n ? n.doubleValue() : 0.0,
                string(map, "unnamedSource"),
                status(string(map, "status")));
    }

    /** A quote with no status property is as the extractor left it. */
    static QuoteStatus status(String stored) {
        return stored == null ? QuoteStatus.EXTRACTED : QuoteStatus.valueOf(stored);
    }

    public static Comment comment(Map<String, Object> map) {
        return new Comment(
                string(map, "id"), string(map, "number"), string(map, "text"), Boolean.TRUE.equals(map.get("spam")));
    }

    public static Commenter commenter(Map<String, Object> map) {
        return new Commenter(string(map, "id"), string(map, "handle"), string(map, "site"));
    }

    private static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static int number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return List.of();
    }
}
