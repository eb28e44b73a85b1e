package io.whosaid.api.fetch;

import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.util.Set;

/**
 * Plain accessor calls for the fields of WhoSaid's read model (the records in {@code io.whosaid.model}).
 *
 * <p>SmallRye's own field fetcher clones its request context and rebuilds the selected-field lists for every
 * field of every object it serves, so a 40-quote article pays for it some 200 times; these fields are record
 * components that need none of that (no transformation, no adapter, no context). Fields that do need SmallRye's
 * handling (transformed scalars, adapters, map wrappers) and every type outside the model keep SmallRye's fetcher.
 * Registered through SmallRye's {@link DataFetcherService} SPI in {@code META-INF/services}.
 */
public final class ModelFieldFetchers implements DataFetcherService {

    private static final String MODEL_PACKAGE = "io.whosaid.model.";

    /** Scalars graphql-java coerces itself, so SmallRye's transformer would change nothing. */
    private static final Set<String> PLAIN_SCALARS = Set.of("java.lang.String", "int", "java.lang.Integer", "long",
            "java.lang.Long", "double", "java.lang.Double", "float", "java.lang.Float", "boolean", "java.lang.Boolean");

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

    private static boolean plain(Field field) {
        if (field.hasTransformation() || field.isAdaptingWith() || field.isAdaptingTo()
                || (field.hasWrapper() && field.getWrapper().isMap())) {
            return false;
        }
        Reference reference = field.getReference();
        return reference.getType() != ReferenceType.SCALAR || PLAIN_SCALARS.contains(reference.getClassName());
    }
}
