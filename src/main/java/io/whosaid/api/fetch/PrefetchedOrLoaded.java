package io.whosaid.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.whosaid.api.Prefetch;

/** A related field's answer from the request's prefetched results, else from the field's own (batched) fetcher. */
public final class PrefetchedOrLoaded implements DataFetcher<Object> {

    private final String field;
    private final DataFetcher<?> loader;

    PrefetchedOrLoaded(String field, DataFetcher<?> loader) {
        this.field = field;
        this.loader = loader;
    }

    /** The field's name, which is also its signature in {@link Prefetch}: these fields take no arguments. */
    public String field() {
        return field;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        if (source != null && Arc.container().requestContext().isActive()) {
            try (InstanceHandle<Prefetch> prefetch = Arc.container().instance(Prefetch.class)) {
                if (prefetch.get().holds(source, field)) {
                    return prefetch.get().answer(source, field);
                }
            }
        }
        return loader.get(environment);
    }
}
