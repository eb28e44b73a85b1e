package io.whosaid.api.direct;

import graphql.normalized.ExecutableNormalizedField;

/** Reads one field of one object of the read model, with the field's arguments as the request gave them. */
@FunctionalInterface
interface FieldReader {

    Object read(Object source, ExecutableNormalizedField field) throws Exception;
}
