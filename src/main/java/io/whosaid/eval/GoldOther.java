package io.whosaid.eval;

/**
 * A named thing that is neither a person nor an organization (a place, building, event, day, product, work),
 * so an extractor that takes it for a person can be caught doing so.
 *
 * @param type what it is, as the annotator wrote it ("place", "building", "event")
 */
public record GoldOther(String name, String type) {
}
