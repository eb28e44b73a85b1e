package io.whosaid.graph.projection;

import io.whosaid.graph.PageRequest;
import java.util.List;

/**
 * One related field a client selected, as the read path needs it: which field, under which signature its
 * answer is kept (name plus arguments), the slice asked for, and what is selected below.
 *
 * @param field     the schema field ("quotes", "said", ...)
 * @param signature the field with its arguments, e.g. {@code said(first=2,after=null,last=null,before=null)}; the
 *                  resolver of the field computes the same signature to find the prefetched answer
 * @param page      for connections: the page asked for (its limit alone for a top list); null for whole lists
 * @param countTotal for connections: whether totalCount was selected
 * @param children  what is selected on the nodes this field returns
 * @param statuses  for a field that takes {@code statuses}: the states asked for (the default filled in); else null
 */
public record Selection(
        String field,
        String signature,
        PageRequest page,
        boolean countTotal,
        NodeSelection children,
        List<String> statuses) {

    public Selection(String field, String signature, PageRequest page, boolean countTotal, NodeSelection children) {
        this(field, signature, page, countTotal, children, null);
    }

    /** For a top list: how many. */
    public int limit() {
        return page.limit();
    }
}
