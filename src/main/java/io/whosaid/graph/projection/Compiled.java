package io.whosaid.graph.projection;

import java.util.List;

/**
 * A selected field compiled into the query: the key its value has in the returned map, and how to read it.
 *
 * @param selection the field as selected
 * @param key       its key in the node's map projection
 * @param field     the field's row of {@link FieldTable}, whose shape says how the value is shaped
 * @param children  the compiled fields of the nodes it returns
 */
public record Compiled(Selection selection, String key, RelatedField field, List<Compiled> children) {

    public RelatedField.Shape shape() {
        return field.shape();
    }
}
