package io.whosaid.eval;

import java.util.EnumMap;
import java.util.Map;

/** The counts of every category for one article or summed over a set; immutable, summed with {@link #plus}. */
public final class Scores {

    private final Map<Category, Counts> counts;
    private final Map<Category, Tally> tallies;

    private Scores(Map<Category, Counts> counts, Map<Category, Tally> tallies) {
        this.counts = counts;
        this.tallies = tallies;
    }

    public static Scores empty() {
        return new Scores(new EnumMap<>(Category.class), new EnumMap<>(Category.class));
    }

    public Scores with(Category category, Counts value) {
        requirePrecisionRecall(category, true);
        Scores copy = copy();
        copy.counts.merge(category, value, Counts::plus);
        return copy;
    }

    public Scores with(Category category, Tally value) {
        requirePrecisionRecall(category, false);
        Scores copy = copy();
        copy.tallies.merge(category, value, Tally::plus);
        return copy;
    }

    public Scores plus(Scores other) {
        Scores sum = copy();
        other.counts.forEach((c, v) -> sum.counts.merge(c, v, Counts::plus));
        other.tallies.forEach((c, v) -> sum.tallies.merge(c, v, Tally::plus));
        return sum;
    }

    public Counts counts(Category category) {
        requirePrecisionRecall(category, true);
        return counts.getOrDefault(category, Counts.ZERO);
    }

    public Tally tally(Category category) {
        requirePrecisionRecall(category, false);
        return tallies.getOrDefault(category, Tally.ZERO);
    }

    private Scores copy() {
        Map<Category, Counts> countsCopy = new EnumMap<>(Category.class);
        countsCopy.putAll(counts);
        Map<Category, Tally> talliesCopy = new EnumMap<>(Category.class);
        talliesCopy.putAll(tallies);
        return new Scores(countsCopy, talliesCopy);
    }

    private static void requirePrecisionRecall(Category category, boolean expected) {
        if (category.isPrecisionRecall() != expected) {
            throw new IllegalArgumentException(
                    category + (expected ? " is a share, not precision/recall" : " is precision/recall, not a share"));
        }
    }
}
