package io.whosaid.graph.projection;

/**
 * One related field a client selected, as the read path needs it: which field, under which signature its
 * answer is kept (name plus arguments), the page asked for when it is a connection, and what is selected below.
 *
 * @param field     the schema field ("quotes", "said", ...)
 * @param signature the field with its arguments, e.g. {@code said(first=2,after=null)}; the resolver of the
 *                  field computes the same signature to find the prefetched answer
 * @param skip      for connections: items to skip
 * @param limit     for connections: page size
 * @param countTotal for connections: whether totalCount was selected
 * @param children  what is selected on the nodes this field returns
 */
public record Selection(String field, String signature, int skip, int limit, boolean countTotal, NodeSelection children) {
}
