package io.whosaid.api.direct;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.whosaid.api.QueryApi;
import io.whosaid.api.RootReads;
import io.whosaid.api.SubgraphReads;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/**
 * The root fields the direct execution answers, made from the schema's own declaration of them: each
 * {@code @Query} method of {@link QueryApi} runs as the {@link RootReads} method of the same name, with the same
 * arguments and the request's selection, or as the {@link SubgraphReads} method of the same name, arguments and
 * selection, exactly as QueryApi runs it under graphql-java. A root
 * field whose arguments are not of the types {@link InputValues} converts, or that has no such method, is left to
 * graphql-java.
 */
final class RootFields {

    private record RootField(Object target, Method read, List<String> arguments, List<Type> types) {}

    private final Map<String, RootField> fields;

    private RootFields(Map<String, RootField> fields) {
        this.fields = fields;
    }

    static RootFields of(RootReads reads, SubgraphReads subgraphs) {
        Map<String, RootField> fields = new HashMap<>();
        for (Method api : QueryApi.class.getDeclaredMethods()) {
            Query query = api.getAnnotation(Query.class);
            if (query == null) {
                continue;
            }
            List<String> arguments = new ArrayList<>();
            List<Type> types = new ArrayList<>();
            for (Parameter parameter : api.getParameters()) {
                Name name = parameter.getAnnotation(Name.class);
                if (name == null || !InputValues.supports(parameter.getParameterizedType())) {
                    types = null;
                    break;
                }
                arguments.add(name.value());
                types.add(parameter.getParameterizedType());
            }
            if (types == null) {
                continue;
            }
            String name = query.value().isEmpty() ? api.getName() : query.value();
            Class<?>[] withSelection = Arrays.copyOf(api.getParameterTypes(), api.getParameterCount() + 1);
            withSelection[api.getParameterCount()] = DataFetchingFieldSelectionSet.class;
            Method read = method(RootReads.class, api.getName(), withSelection);
            if (read != null) {
                fields.put(name, new RootField(reads, read, arguments, types));
            } else if ((read = method(SubgraphReads.class, api.getName(), withSelection)) != null) {
                fields.put(name, new RootField(subgraphs, read, arguments, types));
            }
            // neither reads it: graphql-java answers this root field
        }
        return new RootFields(fields);
    }

    private static Method method(Class<?> owner, String name, Class<?>[] parameters) {
        try {
            return owner.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** The value of a root field; {@link NotDirect} when it is not one of these, the read's own failure when it fails. */
    Object read(ExecutableNormalizedField root, DataFetchingFieldSelectionSet selection) throws Exception {
        RootField field = fields.get(root.getName());
        if (field == null) {
            throw new NotDirect("root field " + root.getName());
        }
        Object[] values = new Object[field.arguments().size() + 1];
        for (int i = 0; i < field.arguments().size(); i++) {
            String argument = field.arguments().get(i);
            values[i] = InputValues.convert(
                    root.getResolvedArguments().get(argument), field.types().get(i));
        }
        values[values.length - 1] = selection;
        try {
            return field.read().invoke(field.target(), values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
