package io.whosaid.api.fetch;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Reads one field of a read-model object by calling its public accessor (a DateTime written as ISO 8601 text). */
public final class RecordAccessorFetcher implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

    private final MethodHandle accessor;

    private RecordAccessorFetcher(MethodHandle accessor) {
        this.accessor = accessor;
    }

    /** The fetcher for {@code field} of class {@code className}; null (SmallRye's fetcher) if it has no accessor. */
    static RecordAccessorFetcher of(String className, Field field) {
        try {
            Class<?> owner =
                    Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            MethodHandle handle = field.getMethodName() != null
                    ? MethodHandles.publicLookup()
                            .findVirtual(
                                    owner,
                                    field.getMethodName(),
                                    MethodType.methodType(owner.getMethod(field.getMethodName())
                                            .getReturnType()))
                    : MethodHandles.publicLookup().unreflectGetter(owner.getField(field.getPropertyName()));
            return new RecordAccessorFetcher(handle.asType(MethodType.methodType(Object.class, Object.class)));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        return read(environment.getSource());
    }

    /** The field's value on {@code source}; null for no source. */
    public Object read(Object source) throws Exception {
        if (source == null) {
            return null;
        }
        try {
            Object value = accessor.invokeExact(source);
            // a DateTime as SmallRye's own transformer writes it; the DateTime scalar passes text through
            return value instanceof OffsetDateTime time ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time) : value;
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
