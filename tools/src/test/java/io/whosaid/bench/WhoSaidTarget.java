package io.whosaid.bench;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The service under test, through its public GraphQL API. */
final class WhoSaidTarget extends GraphQLTarget {

    WhoSaidTarget(URI endpoint, Map<String, String> headers) {
        super("WhoSaid", endpoint, documents(), headers);
    }

    private static Map<StandardRequest, Document> documents() {
        Map<StandardRequest, Document> documents = new EnumMap<>(StandardRequest.class);
        documents.put(
                StandardRequest.ARTICLE,
                new Document("""
                query($id: ID!) {
                  article(id: $id) {
                    id title publishedAt
                    publisher { id name }
                    quotes(first: 100) { edges { node { id text kind cue speaker { id name } } } }
                    comments(first: 100) { edges { node { id number text author { handle } } } }
                  }
                }""", "article(id:)", List.of("/article/quotes/edges", "/article/comments/edges")));
        documents.put(
                StandardRequest.QUOTES_ABOUT,
                new Document("""
                query($id: ID!, $first: Int) {
                  quotes(aboutId: $id, first: $first) {
                    totalCount
                    edges { cursor node { id text kind speaker { id name } article { id title } } }
                    pageInfo { hasNextPage endCursor }
                  }
                }""", "quotes(aboutId:, first: 20)", List.of("/quotes/edges")));
        documents.put(
                StandardRequest.NEIGHBORHOOD,
                new Document("""
                query($id: ID!, $limit: Int) {
                  neighborhood(id: $id, hops: 2, limit: $limit) {
                    nodes { id type label }
                    edges { id type source target }
                  }
                }""", "neighborhood(hops: 2, limit: 100)", List.of("/neighborhood/nodes")));
        documents.put(StandardRequest.PATH, new Document("""
                query($fromId: ID!, $toId: ID!) {
                  path(fromId: $fromId, toId: $toId, maxHops: 4) {
                    nodes { id type label }
                    edges { id type source target }
                  }
                }""", "path(maxHops: 4)", List.of("/path/nodes")));
        documents.put(StandardRequest.SEARCH, new Document("""
                query($query: String!) {
                  search(query: $query, first: 10) { type label score node { id } }
                }""", "search(first: 10)", List.of("/search")));
        documents.put(
                StandardRequest.TOP_SPEAKERS,
                new Document("""
                query($id: ID!, $first: Int) {
                  organization(id: $id) { topSpeakers(first: $first) { speaker { id name } quotes } }
                }""", "Organization.topSpeakers(first: 10)", List.of("/organization/topSpeakers")));
        return documents;
    }
}
