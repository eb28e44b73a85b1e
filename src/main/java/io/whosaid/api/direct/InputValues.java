package io.whosaid.api.direct;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Input;

/**
 * Turns a root field's argument, as graphql-java resolved it (input objects as maps, enums and DateTimes as their
 * names and text), into the Java type the {@code QueryApi} method declares, as SmallRye does: the read model's
 * input records, their enums, lists, OffsetDateTime, String, Integer and Boolean. A type outside these is not one
 * the direct execution takes ({@link #supports}).
 */
final class InputValues {

    private InputValues() {}

    /** Whether arguments of this declared type can be converted here. */
    static boolean supports(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return supports(list.getActualTypeArguments()[0]);
        }
        if (!(type instanceof Class<?> cls)) {
            return false;
        }
        if (cls == String.class
                || cls == Integer.class
                || cls == Boolean.class
                || cls == OffsetDateTime.class
                || cls.isEnum()) {
            return true;
        }
        if (cls.isRecord() && cls.isAnnotationPresent(Input.class)) {
            for (RecordComponent component : cls.getRecordComponents()) {
                if (!supports(component.getGenericType())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object convert(Object raw, Type type) throws ReflectiveOperationException {
        if (raw == null) {
            return null;
        }
        if (type instanceof ParameterizedType list) {
            List<Object> values = new ArrayList<>();
            for (Object item : (List<?>) raw) {
                values.add(convert(item, list.getActualTypeArguments()[0]));
            }
            return values;
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            return raw.toString();
        }
        if (cls == Integer.class) {
            return ((Number) raw).intValue();
        }
        if (cls == Boolean.class) {
            return raw;
        }
        if (cls == OffsetDateTime.class) {
            return raw instanceof OffsetDateTime time
                    ? time
                    : raw instanceof ZonedDateTime zoned
                            ? zoned.toOffsetDateTime()
                            : OffsetDateTime.parse(raw.toString());
        }
        if (cls.isEnum()) {
            return Enum.valueOf((Class<Enum>) cls, raw instanceof Enum<?> value ? value.name() : raw.toString());
        }
        Map<?, ?> map = (Map<?, ?>) raw;
        RecordComponent[] components = cls.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = convert(map.get(components[i].getName()), components[i].getGenericType());
            types[i] = components[i].getType();
        }
        Constructor<?> constructor = cls.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }
}
