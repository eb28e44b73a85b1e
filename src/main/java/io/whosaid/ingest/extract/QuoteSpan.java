package io.whosaid.ingest.extract;

/**
 * A stretch of text between quotation marks (or from an opening mark to the paragraph's end when a
 * quotation runs on into the next paragraph).
 *
 * @param openToken  index of the opening mark
 * @param closeToken index of the closing mark, or -1 when the paragraph ends first
 * @param firstToken first token inside the marks
 * @param endToken   one past the last token inside the marks
 * @param textStart  offset of the quoted words, spaces and a trailing comma trimmed
 * @param textEnd    end offset of the quoted words
 */
record QuoteSpan(
        int index,
        int openToken,
        int closeToken,
        int firstToken,
        int endToken,
        int textStart,
        int textEnd,
        int paragraph) {

    boolean closed() {
        return closeToken >= 0;
    }

    boolean isEmpty() {
        return textEnd <= textStart;
    }

    /** The token after the quotation: the closing mark's successor, or the end of the paragraph. */
    int afterToken() {
        return closed() ? closeToken + 1 : endToken;
    }
}
