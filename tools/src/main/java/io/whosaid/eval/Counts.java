package io.whosaid.eval;

/** True positives, false positives and false negatives of one category, and the figures made from them. */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** Of what the extractor found, the share that is right; 1.0 when it found nothing (nothing wrong either). */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    /** Of what the gold holds, the share the extractor found; 1.0 when the gold holds nothing. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public boolean isEmpty() {
        return truePositives == 0 && falsePositives == 0 && falseNegatives == 0;
    }
}
