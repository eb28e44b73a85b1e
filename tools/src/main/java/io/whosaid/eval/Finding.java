package io.whosaid.eval;

/**
 * One error the extractor made, for the verbose listing.
 *
 * @param kind   FP (found but not in the gold), FN (in the gold but not found) or WRONG (found, with a wrong detail)
 * @param detail what was expected or found, in words an extractor author can act on
 */
public record Finding(Category category, Kind kind, String detail) {

    public enum Kind {
        FP,
        FN,
        WRONG
    }

    @Override
    public String toString() {
        return String.format("%-5s %-32s %s", kind, category.label(), detail);
    }
}
