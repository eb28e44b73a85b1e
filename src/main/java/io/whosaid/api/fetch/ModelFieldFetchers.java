package io.whosaid.api.fetch;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain accessor calls for the fields of WhoSaid's read model (the records in {@code io.whosaid.model}).
 *
 * <p>SmallRye's own field fetcher clones its request context and rebuilds the selected-field lists for every
 * field of every object it serves, so a 40-quote article pays for it some 200 times; these fields are record
 * components that need none of that (no transformation, no adapter, no context). Fields that do need SmallRye's
 * handling (transformed scalars, adapters, map wrappers) and every type outside the model keep SmallRye's fetcher.
 *
 * <p>It also keeps one batch loader per batched related field ({@code @Source List<...>}) of WhoSaid's API. SmallRye
 * asks for a new one for every such field at the start of every request, whether the request selects it or not,
 * and each is built by reflection with a {@code Class.forName}: about 4% of the service's CPU on an article
 * request. The loader is Quarkus's own, and it keeps no state between calls, so one instance serves them all.
 *
 * <p>Registered through SmallRye's {@link DataFetcherService} SPI in {@code META-INF/services}.
 */
public final class ModelFieldFetchers implements DataFetcherService {

    private static final String MODEL_PACKAGE = "io.whosaid.model.";
    private static final String API_PACKAGE = "io.whosaid.api.";

    private final QuarkusDataFetcherService quarkusFetchers = new QuarkusDataFetcherService();
    private final Map<String, PlugableBatchableDataFetcher> batchLoaders = new ConcurrentHashMap<>();

    /** Scalars graphql-java coerces itself, so SmallRye's transformer would change nothing. */
    private static final Set<String> PLAIN_SCALARS = Set.of(
            "java.lang.String",
            "int",
            "java.lang.Integer",
            "long",
            "java.lang.Long",
            "double",
            "java.lang.Double",
            "float",
            "java.lang.Float",
            "boolean",
            "java.lang.Boolean");

    private static final String DATE_TIME = "java.time.OffsetDateTime";

    @Override
    public Integer getPriority() {
        return 10;
    }

    @Override
    public PlugableDataFetcher getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (owner == null || !owner.getClassName().startsWith(MODEL_PACKAGE) || !plain(field)) {
            return null;
        }
        return RecordAccessorFetcher.of(owner.getClassName(), field);
    }

    /**
     * Batched related fields return a list per parent, so SmallRye asks here for their loaders; the answer is
     * what Quarkus would give (its default fetcher), made once per field.
     */
    @Override
    public PlugableBatchableDataFetcher getOtherWrappedDataFetcher(Operation operation, Type type) {
        if (!operation.isSourceField() || !operation.getClassName().startsWith(API_PACKAGE)) {
            return null;
        }
        String key = operation.getClassName() + "#" + operation.getMethodName() + "#" + operation.getName();
        return batchLoaders.computeIfAbsent(key, ignored -> quarkusFetchers.getDefaultDataFetcher(operation, type));
    }

    private static boolean plain(Field field) {
        if (DATE_TIME.equals(field.getReference().getClassName())
                && !field.isAdaptingWith()
                && !field.isAdaptingTo()
                && !field.hasWrapper()) {
            return true; // written as SmallRye's transformer writes it, ISO 8601 with offset (RecordAccessorFetcher)
        }
        if (field.hasTransformation()
                || field.isAdaptingWith()
                || field.isAdaptingTo()
                || (field.hasWrapper() && field.getWrapper().isMap())) {
            return false;
        }
        Reference reference = field.getReference();
        return reference.getType() != ReferenceType.SCALAR || PLAIN_SCALARS.contains(reference.getClassName());
    }
}
