package io.whosaid.api;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.graph.NodeReader.Kind;

/** Checks ids from clients, and tells by an id's prefix which kind of node it names. */
final class IdArguments {

    private static final int MAX_LENGTH = 300;

    private IdArguments() {}

    static String require(String argument, String id) {
        if (id == null || id.isBlank()) {
            throw new BadInputException(argument + " must not be empty");
        }
        if (id.length() > MAX_LENGTH) {
            throw new BadInputException(argument + " is longer than any id (" + MAX_LENGTH + " characters)");
        }
        return id;
    }

    static String optional(String argument, String id) {
        return id == null ? null : require(argument, id);
    }

    /** The GraphQL type an id names, by its prefix, or null. */
    static String typeName(String id) {
        int colon = id.indexOf(':');
        String prefix = colon < 0 ? "" : id.substring(0, colon + 1);
        return switch (prefix) {
            case io.whosaid.ingest.resolve.Ids.ARTICLE -> "Article";
            case io.whosaid.ingest.resolve.Ids.PERSON -> "Person";
            case io.whosaid.ingest.resolve.Ids.ORGANIZATION -> "Organization";
            case io.whosaid.ingest.resolve.Ids.QUOTE -> "Quote";
            case io.whosaid.ingest.resolve.Ids.COMMENT -> "Comment";
            case io.whosaid.ingest.resolve.Ids.COMMENTER -> "Commenter";
            default -> null;
        };
    }

    static Kind kindOf(String id) {
        int colon = id.indexOf(':');
        String prefix = colon < 0 ? "" : id.substring(0, colon + 1);
        return switch (prefix) {
            case io.whosaid.ingest.resolve.Ids.ARTICLE -> Kind.ARTICLE;
            case io.whosaid.ingest.resolve.Ids.PERSON, io.whosaid.ingest.resolve.Ids.ORGANIZATION -> Kind.ENTITY;
            case io.whosaid.ingest.resolve.Ids.QUOTE -> Kind.QUOTE;
            case io.whosaid.ingest.resolve.Ids.COMMENT -> Kind.COMMENT;
            case io.whosaid.ingest.resolve.Ids.COMMENTER -> Kind.COMMENTER;
            default -> null;
        };
    }
}
