package io.whosaid.ingest;

import java.util.List;

/**
 * A comment as written on the page, before the thread is put together.
 *
 * @param indent        width of the indentation before the header; deeper means a reply
 * @param writtenNumber the number written in the header ("2." gives 2)
 * @param author        the handle before "says"
 * @param lines         the raw lines after the header, indentation still on
 */
record RawComment(int indent, int writtenNumber, String author, List<String> lines) {}
