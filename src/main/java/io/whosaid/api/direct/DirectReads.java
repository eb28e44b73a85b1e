package io.whosaid.api.direct;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DataFetchingFieldSelectionSetImpl;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.api.Context.VariablesParser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.whosaid.api.EntityFields;
import io.whosaid.api.Prefetch;
import io.whosaid.api.RootReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers read requests without graphql-java's field-by-field execution: the root query reads everything the
 * request selected in one Cypher query, as it does under graphql-java, and {@link AnswerWriter} shapes the
 * answer straight from the objects it returns.
 *
 * <p>Why: graphql-java and SmallRye spend a few microseconds on every field of every object (a data fetching
 * environment, instrumentation, SmallRye's context for the root field), which for an article with its quotes
 * and comments was about a third of the service's CPU per request, on values already in memory.
 *
 * <p>It answers only what it can answer exactly as graphql-java would: a valid query whose every field it
 * knows how to read, with no error anywhere. Anything else (introspection, a field it does not read, a
 * related field the root query did not prefetch, a null in a non-null field, any exception, a NOT_FOUND)
 * falls back to graphql-java, which executes the request from the start; nothing was written before, and a
 * read has no effects, so the client sees exactly graphql-java's answer. A root query that failed here (the
 * id not found, the database unavailable or too slow) is not run a second time: its exception is handed to
 * graphql-java's execution of that root field ({@link #ROOT_FAILURES}), which reports it as it reports any
 * resolver's error. {@code whosaid.api.direct-reads=false} turns it off. The equivalence is tested answer for
 * answer ({@code DirectReadsTest}).
 */
@ApplicationScoped
public class DirectReads {

    private static final Logger LOG = Logger.getLogger(DirectReads.class);

    /**
     * Where a request's root failures wait for graphql-java's execution, in the Vert.x request's data: a map
     * from the root field's response key to the exception its root query threw here.
     */
    public static final String ROOT_FAILURES = DirectReads.class.getName() + ".rootFailures";

    /** The direct execution's outcome: the whole answer, or what graphql-java is to execute it with. */
    public record Outcome(Optional<Buffer> answer, Map<String, RuntimeException> rootFailures) {

        static Outcome answered(Buffer json) {
            return new Outcome(Optional.of(json), Map.of());
        }

        static Outcome notAnswered(Map<String, RuntimeException> rootFailures) {
            return new Outcome(Optional.empty(), rootFailures);
        }
    }

    /** A root query's own failure, kept for graphql-java's execution of that field. */
    private static final class RootFailure extends RuntimeException {
        private final String resultKey;
        private final RuntimeException failure;

        RootFailure(String resultKey, RuntimeException failure) {
            super(null, null, false, false);
            this.resultKey = resultKey;
            this.failure = failure;
        }
    }

    private final Instance<GraphQLSchema> schemas;
    private final RootReads reads;
    private final Prefetch prefetch;
    private final EntityFields entityFields;
    private volatile boolean enabled;
    private final Cache<Document, Boolean> validDocuments = Caffeine.newBuilder().weakKeys().maximumSize(500).build();
    private final AtomicLong answered = new AtomicLong();
    private volatile Plan plan;

    /** What the direct execution needs of the schema, built once on first use. */
    private record Plan(GraphQLSchema schema, AnswerWriter writer) {
    }

    public DirectReads(Instance<GraphQLSchema> schemas, RootReads reads, Prefetch prefetch, EntityFields entityFields,
                       @ConfigProperty(name = "whosaid.api.direct-reads", defaultValue = "true") boolean enabled) {
        this.schemas = schemas;
        this.reads = reads;
        this.prefetch = prefetch;
        this.entityFields = entityFields;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled && schemas.isResolvable();
    }

    /** Switches the direct execution on or off at run time; tests compare both executions' answers with it. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** How many requests were answered directly since start (tests check which execution answered). */
    public long answered() {
        return answered.get();
    }

    /**
     * The whole JSON answer ({@code {"data": ...}}) to a read request, or what graphql-java is to execute it
     * with. Blocking: it runs the request's database query.
     */
    public Outcome answer(Document document, String operationName, JsonObject variables) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            Plan current = plan();
            if (!valid(current.schema(), document)) {
                return Outcome.notAnswered(Map.of());
            }
            ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                    .createExecutableNormalizedOperationWithRawVariables(current.schema(), document, operationName,
                            RawVariables.of(VariablesParser.toMap(variables).orElse(Map.of())));
            if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
                return Outcome.notAnswered(Map.of());
            }
            Map<String, Object> data = new LinkedHashMap<>();
            for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
                if (data.containsKey(root.getResultKey())) {
                    throw new NotDirect("two root selections answer " + root.getResultKey());
                }
                data.put(root.getResultKey(), rootValue(current, root));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("data", data);
            Buffer json = Json.encodeToBuffer(body);
            answered.incrementAndGet();
            return Outcome.answered(json);
        } catch (RootFailure root) {
            Map<String, RuntimeException> failures = new ConcurrentHashMap<>();
            failures.put(root.resultKey, root.failure);
            return Outcome.notAnswered(failures);
        } catch (NotDirect notDirect) {
            LOG.tracef("Executed by graphql-java: %s", notDirect.getMessage());
            return Outcome.notAnswered(Map.of());
        } catch (Exception e) {
            // Errors are graphql-java's to report, in its shape; the request runs again there.
            LOG.tracef("Executed by graphql-java after %s", e);
            return Outcome.notAnswered(Map.of());
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private Object rootValue(Plan current, ExecutableNormalizedField root) throws Exception {
        if (root.getName().equals("__typename")) {
            return current.schema().getQueryType().getName();
        }
        GraphQLFieldDefinition definition = current.schema().getQueryType().getFieldDefinition(root.getName());
        if (definition == null || root.getName().startsWith("__")) {
            throw new NotDirect("root field " + root.getName());
        }
        GraphQLOutputType type = definition.getType();
        DataFetchingFieldSelectionSet selection = DataFetchingFieldSelectionSetImpl.newCollector(current.schema(), type,
                () -> root);
        Object value;
        try {
            value = read(root, selection);
        } catch (NotDirect notDirect) {
            throw notDirect;
        } catch (RuntimeException failure) {
            throw new RootFailure(root.getResultKey(), failure);
        }
        return current.writer().complete(value, type, root);
    }

    private Object read(ExecutableNormalizedField root, DataFetchingFieldSelectionSet selection) {
        return switch (root.getName()) {
            case "node" -> reads.node(FieldReaders.string(root, "id"), selection);
            case "article" -> reads.article(FieldReaders.string(root, "id"), selection);
            case "person" -> reads.person(FieldReaders.string(root, "id"), selection);
            case "organization" -> reads.organization(FieldReaders.string(root, "id"), selection);
            case "articles" -> reads.articles(FieldReaders.integer(root, "first"), FieldReaders.string(root, "after"),
                    selection);
            case "people" -> reads.people(FieldReaders.string(root, "name"), FieldReaders.integer(root, "first"),
                    FieldReaders.string(root, "after"), selection);
            case "organizations" -> reads.organizations(FieldReaders.string(root, "name"),
                    FieldReaders.integer(root, "first"), FieldReaders.string(root, "after"), selection);
            case "quotes" -> reads.quotes(FieldReaders.string(root, "speakerId"), FieldReaders.string(root, "aboutId"),
                    FieldReaders.string(root, "articleId"), FieldReaders.string(root, "text"),
                    FieldReaders.integer(root, "first"), FieldReaders.string(root, "after"), selection);
            case "search" -> reads.search(FieldReaders.string(root, "query"), FieldReaders.integer(root, "first"),
                    selection);
            // neighborhood and path (SubgraphReads) take list arguments and are left to graphql-java.
            default -> throw new NotDirect("root field " + root.getName());
        };
    }

    private boolean valid(GraphQLSchema schema, Document document) {
        return validDocuments.get(document,
                key -> new Validator().validateDocument(schema, key, Locale.ENGLISH).isEmpty());
    }

    private Plan plan() {
        Plan current = plan;
        if (current == null) {
            GraphQLSchema schema = schemas.get();
            current = new Plan(schema, new AnswerWriter(schema, FieldReaders.of(schema, prefetch, entityFields)));
            plan = current;
        }
        return current;
    }
}
