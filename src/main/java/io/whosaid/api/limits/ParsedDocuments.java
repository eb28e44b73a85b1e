package io.whosaid.api.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

/**
 * Parsed GraphQL documents by their text. Clients send the same few documents with different variables, and
 * parsing one is a good part of a small request's cost; graphql-java's documents are immutable, so one parse
 * serves every request with that text. Bounded in entries and in the size of a text worth keeping, so a client
 * sending endless distinct or huge documents only evicts, never grows the heap.
 */
public final class ParsedDocuments {

    private static final int MAX_ENTRIES = 500;
    private static final int MAX_CACHED_LENGTH = 16 * 1024;

    private final Cache<String, Document> documents =
            Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    /** The document of {@code query}; throws graphql-java's InvalidSyntaxException for bad syntax (never cached). */
    public Document parse(String query) {
        if (query.length() > MAX_CACHED_LENGTH) {
            return parseNow(query);
        }
        Document cached = documents.getIfPresent(query);
        if (cached != null) {
            return cached;
        }
        Document parsed = parseNow(query);
        documents.put(query, parsed);
        return parsed;
    }

    private static Document parseNow(String query) {
        return Parser.parse(ParserEnvironment.newParserEnvironment()
                .document(query)
                .parserOptions(ParserOptions.getDefaultOperationParserOptions())
                .build());
    }
}
