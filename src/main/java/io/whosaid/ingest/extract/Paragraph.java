package io.whosaid.ingest.extract;

/** A body paragraph: offsets into the text and its tokens {@code [firstToken, endToken)}. */
record Paragraph(int index, int start, int end, int firstToken, int endToken) {}
