package io.whosaid.graph;

import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import io.whosaid.graph.projection.Projection;
import io.whosaid.graph.projection.ProjectionCompiler;
import io.whosaid.model.Article;
import io.whosaid.model.Comment;
import io.whosaid.model.Commenter;
import io.whosaid.model.Entity;
import io.whosaid.model.Node;
import io.whosaid.model.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * Nodes by id with what a request selected below them, in one query: the single-node root fields, and the
 * batched loads of the field resolvers (a related field read for many parents at once is the same query with
 * that one field selected).
 */
@ApplicationScoped
public class NodeReader {

    private static final String ARTICLES_BY_ID = CypherFile.load("read/articles-by-id");
    private static final String ENTITIES_BY_ID = CypherFile.load("read/entities-by-id");
    private static final String QUOTES_BY_ID = CypherFile.load("read/quotes-by-id");
    private static final String COMMENTS_BY_ID = CypherFile.load("read/comments-by-id");
    private static final String COMMENTERS_BY_ID = CypherFile.load("read/commenters-by-id");

    public enum Kind {
        ARTICLE,
        ENTITY,
        QUOTE,
        COMMENT,
        COMMENTER;

        /** The kind of a node of the read model. */
        public static Kind of(Node node) {
            if (node instanceof Article) {
                return ARTICLE;
            }
            if (node instanceof Entity) {
                return ENTITY;
            }
            if (node instanceof Quote) {
                return QUOTE;
            }
            if (node instanceof Comment) {
                return COMMENT;
            }
            if (node instanceof Commenter) {
                return COMMENTER;
            }
            throw new IllegalArgumentException(
                    "No kind of node " + node.getClass().getName());
        }
    }

    private final GraphReader reader;

    public NodeReader(GraphReader reader) {
        this.reader = reader;
    }

    /** The nodes of one kind with the given ids, by id, with every property and no related field; unknown ids are absent. */
    public Map<String, Node> byIds(Kind kind, List<String> ids) {
        Map<String, Node> nodes = new HashMap<>();
        for (Map<String, Object> row :
                byIds(kind, ids, NodeSelection.everything()).rows()) {
            nodes.put(row.get("id").toString(), NodeMapper.node(row));
        }
        return nodes;
    }

    /** The nodes of one kind with the given ids, in the order of the ids, with the selected related fields. */
    public NodeRows byIds(Kind kind, List<String> ids, NodeSelection selection) {
        return byIds(QueryFamily.ROOT_READ, kind, ids, selection);
    }

    /** {@link #byIds(Kind, List, NodeSelection)} for the related objects of a level the root query did not read. */
    public NodeRows load(Kind kind, List<String> ids, NodeSelection selection) {
        return byIds(QueryFamily.BATCHED_LOAD, kind, ids, selection);
    }

    private NodeRows byIds(QueryFamily family, Kind kind, List<String> ids, NodeSelection selection) {
        String query = switch (kind) {
            case ARTICLE -> ARTICLES_BY_ID;
            case ENTITY -> ENTITIES_BY_ID;
            case QUOTE -> QUOTES_BY_ID;
            case COMMENT -> COMMENTS_BY_ID;
            case COMMENTER -> COMMENTERS_BY_ID;
        };
        String variable = switch (kind) {
            case ARTICLE -> "a";
            case ENTITY -> "e";
            case QUOTE -> "q";
            case COMMENT -> "c";
            case COMMENTER -> "w";
        };
        NodeType type = switch (kind) {
            case ARTICLE -> NodeType.ARTICLE;
            case ENTITY -> NodeType.ENTITY;
            case QUOTE -> NodeType.QUOTE;
            case COMMENT -> NodeType.COMMENT;
            case COMMENTER -> NodeType.COMMENTER;
        };
        Projection projection = new ProjectionCompiler().compile(type, variable, selection, true);
        Map<String, Object> parameters = new HashMap<>(projection.parameters());
        parameters.put("ids", ids);
        List<Map<String, Object>> rows = new ArrayList<>();
        String compiled = query.replace("{HOIST}", projection.hoisted()).replace("{PROJECTION}", projection.cypher());
        for (Record record : reader.read(family, compiled, parameters)) {
            GraphReader.existing(record.get("node").asMap()).ifPresent(rows::add);
        }
        return new NodeRows(rows, List.of(), false, false, projection.fields(), null);
    }
}
