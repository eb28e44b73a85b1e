package io.whosaid.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.whosaid.api.Prefetch;

/** A related field's answer from the request's prefetched results, else from the field's own (batched) fetcher. */
public final class PrefetchedOrLoaded implements DataFetcher<Object> {

    /** The field's signature in {@link Prefetch} (its name: these fields take no arguments). */
    private final String signature;

    private final DataFetcher<?> loader;

    PrefetchedOrLoaded(String signature, DataFetcher<?> loader) {
        this.signature = signature;
        this.loader = loader;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        if (source != null && Arc.container().requestContext().isActive()) {
            try (InstanceHandle<Prefetch> prefetch = Arc.container().instance(Prefetch.class)) {
                if (prefetch.get().holds(source, signature)) {
                    return prefetch.get().answer(source, signature);
                }
            }
        }
        return loader.get(environment);
    }
}
