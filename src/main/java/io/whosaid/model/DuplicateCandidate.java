package io.whosaid.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Two entities that are probably one.
 *
 * @param ids     the two entities' ids (read them with node(id:)); confirm with mergeEntities, reject with rejectDuplicate
 * @param names   their names, in the order of ids
 * @param score   the rank: higher is likelier
 * @param reasons why they look like one, in words
 */
@Description(
        "Two people or organizations that are probably one: confirm with mergeEntities, reject with rejectDuplicate")
public record DuplicateCandidate(
        @NonNull List<@NonNull String> ids,
        @NonNull List<@NonNull String> names,
        double score,
        @NonNull List<@NonNull String> reasons) {}
