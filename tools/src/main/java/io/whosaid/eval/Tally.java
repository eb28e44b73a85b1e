package io.whosaid.eval;

/** A share of a whole: right speakers among matched quotes, scare quotes taken for quotes among all scare quotes. */
public record Tally(int hits, int total) {

    public static final Tally ZERO = new Tally(0, 0);

    public Tally plus(Tally other) {
        return new Tally(hits + other.hits, total + other.total);
    }

    /** hits / total, or 1.0 when there is nothing to count. */
    public double share() {
        return total == 0 ? 1.0 : (double) hits / total;
    }
}
