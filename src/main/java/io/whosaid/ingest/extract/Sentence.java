package io.whosaid.ingest.extract;

/** A sentence of the article body: its offsets into the text and its tokens {@code [firstToken, endToken)}. */
record Sentence(int index, int start, int end, int firstToken, int endToken, int paragraph) {}
