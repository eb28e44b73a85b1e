package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One recorded change an editor made to the graph.
 *
 * @param author   the API key's name or the JWT's subject
 * @param at       when, ISO-8601
 * @param subjects the ids the request named (for an undo: the edit undone)
 * @param targets  every node id the change touched: changed, created or deleted nodes and both ends of every
 *                 relationship added or removed
 * @param before   the touched nodes and removed relationships as they were (JSON)
 * @param after    the touched nodes and added relationships as they became (JSON)
 * @param undoes   for an undo or a split, the edit it undid
 * @param undoneBy the undo that undid this edit, if any
 */
@Description("One recorded change an editor made to the graph")
public record Edit(
        @Id @NonNull String id,
        @NonNull String author,
        @NonNull String at,
        @NonNull EditKind kind,
        @NonNull List<@NonNull String> subjects,
        @NonNull List<@NonNull String> targets,
        String reason,
        boolean undone,
        @Id String undoes,
        @Id String undoneBy,
        @NonNull String before,
        @NonNull String after) {}
