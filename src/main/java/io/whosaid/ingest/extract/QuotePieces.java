package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the pieces of one attribution written around it ("“A,” she said. “B.”" or "“A,” she said, “B.”"): a DIRECT
 * quotation that continues the one before it in the same paragraph, with the same speaker and nothing between
 * them but the attribution, is a further piece of the same quote, not a quote of its own.
 */
final class QuotePieces {

    /** Words the attribution between two pieces may have at most ("said the ministry's chief economist"). */
    private static final int MAX_ATTRIBUTION_WORDS = 12;

    private QuotePieces() {}

    /** The quotes in text order, each as its pieces in order. */
    static List<List<QuoteFinder.Found>> group(ArticleText doc, List<QuoteFinder.Found> speech) {
        List<List<QuoteFinder.Found>> groups = new ArrayList<>(speech.size());
        List<QuoteFinder.Found> current = null;
        for (QuoteFinder.Found f : speech) {
            QuoteFinder.Found last = current == null ? null : current.get(current.size() - 1);
            if (last != null && continues(doc, current, last, f)) {
                current.add(f);
            } else {
                current = new ArrayList<>(2);
                current.add(f);
                groups.add(current);
            }
        }
        return groups;
    }

    private static boolean continues(
            ArticleText doc, List<QuoteFinder.Found> group, QuoteFinder.Found last, QuoteFinder.Found next) {
        if (last.span() == null
                || next.span() == null
                || last.kind() != QuoteKind.DIRECT
                || next.kind() != QuoteKind.DIRECT
                || last.span().paragraph() != next.span().paragraph()
                || last.speaker() != next.speaker()
                || !last.span().closed()) {
            return false;
        }
        boolean attributedBetween = group.stream()
                        .anyMatch(p -> p.cue() != null
                                && p.cueToken() > last.span().closeToken()
                                && p.cueToken() < next.span().openToken())
                || (last.cueToken() > last.span().closeToken()
                        && last.cueToken() < next.span().openToken());
        if (!attributedBetween || next.cueToken() >= 0 && next.cueToken() != last.cueToken()) {
            return false;
        }
        int words = 0;
        for (int k = last.span().closeToken() + 1; k < next.span().openToken(); k++) {
            Token t = doc.token(k);
            if (t.isQuoteMark()) {
                return false;
            }
            if (t.isWord() && ++words > MAX_ATTRIBUTION_WORDS) {
                return false;
            }
        }
        return true;
    }
}
