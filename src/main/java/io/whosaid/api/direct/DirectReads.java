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
import io.whosaid.api.RelatedLoader;
import io.whosaid.api.RootReads;
import io.whosaid.api.SubgraphReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * read has no effects, so the client sees exactly graphql-java's answer. That includes a root query that failed
 * here (the id not found, the database unavailable): graphql-java runs it again and reports the failure as it
 * reports any resolver's, so no error passes from one execution to the other. The root fields and the fields
 * below them are read as the schema, {@code QueryApi} and the field table declare them ({@link RootFields},
 * {@link FieldReaders}); nothing here lists them. {@code whosaid.api.direct-reads=false} turns it off. The
 * equivalence is tested answer for answer ({@code DirectReadsTest}).
 */
@ApplicationScoped
public class DirectReads {

    private static final Logger LOG = Logger.getLogger(DirectReads.class);

    private final Instance<GraphQLSchema> schemas;
    private final RootReads reads;
    private final SubgraphReads subgraphs;
    private final RelatedLoader related;
    private volatile boolean enabled;
    private final Cache<Document, Boolean> validDocuments =
            Caffeine.newBuilder().weakKeys().maximumSize(500).build();
    private final AtomicLong answered = new AtomicLong();
    private volatile Plan plan;

    /** What the direct execution needs of the schema, built once on first use. */
    private record Plan(GraphQLSchema schema, RootFields roots, AnswerWriter writer) {}

    public DirectReads(
            Instance<GraphQLSchema> schemas,
            RootReads reads,
            SubgraphReads subgraphs,
            RelatedLoader related,
            @ConfigProperty(name = "whosaid.api.direct-reads", defaultValue = "true") boolean enabled) {
        this.schemas = schemas;
        this.reads = reads;
        this.subgraphs = subgraphs;
        this.related = related;
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
     * The whole answer ({@code {"data": ...}}, as maps and lists for the caller to write within its byte budget) to
     * a read request, or empty when graphql-java is to execute it. Blocking: it runs the request's database query.
     */
    public Optional<Map<String, Object>> answer(Document document, String operationName, JsonObject variables) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            Plan current = plan();
            if (!valid(current.schema(), document)) {
                return Optional.empty();
            }
            ExecutableNormalizedOperation operation =
                    ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                            current.schema(),
                            document,
                            operationName,
                            RawVariables.of(VariablesParser.toMap(variables).orElse(Map.of())));
            if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
                return Optional.empty();
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
            answered.incrementAndGet();
            return Optional.of(body);
        } catch (NotDirect notDirect) {
            LOG.tracef("Executed by graphql-java: %s", notDirect.getMessage());
            return Optional.empty();
        } catch (Exception e) {
            // Errors, a root query's failure among them, are graphql-java's to report, in its shape; the request
            // runs again there.
            LOG.tracef("Executed by graphql-java after %s", e);
            return Optional.empty();
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
        DataFetchingFieldSelectionSet selection =
                DataFetchingFieldSelectionSetImpl.newCollector(current.schema(), type, () -> root);
        return current.writer().complete(current.roots().read(root, selection), type, root);
    }

    private boolean valid(GraphQLSchema schema, Document document) {
        return validDocuments.get(
                document,
                key -> new Validator()
                        .validateDocument(schema, key, Locale.ENGLISH)
                        .isEmpty());
    }

    private Plan plan() {
        Plan current = plan;
        if (current == null) {
            GraphQLSchema schema = schemas.get();
            current = new Plan(
                    schema,
                    RootFields.of(reads, subgraphs),
                    new AnswerWriter(schema, FieldReaders.of(schema, related)));
            plan = current;
        }
        return current;
    }
}
