package io.whosaid.bench;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The peer: @neo4j/graphql 7 with Apollo Server (tools/neo4j-graphql/), same Neo4j, same data.
 * (a), (b) and (e) use the API the library generates; (c), (d) and (f) use @cypher fields in its type
 * definitions, the library's way to serve what it does not generate.
 */
final class Neo4jGraphQLTarget extends GraphQLTarget {

    Neo4jGraphQLTarget(URI endpoint) {
        super("@neo4j/graphql", endpoint, documents(), Map.of());
    }

    private static Map<StandardRequest, Document> documents() {
        Map<StandardRequest, Document> documents = new EnumMap<>(StandardRequest.class);
        documents.put(
                StandardRequest.ARTICLE,
                new Document("""
                query($id: ID!) {
                  articles(where: { id: { eq: $id } }) {
                    id title publishedAt
                    publisher { id name }
                    quotes(sort: [{ start: ASC }]) { id text kind cue speaker { id name } }
                    comments(sort: [{ position: ASC }]) { id number text author { handle } }
                  }
                }""", "generated", List.of("/articles/0/quotes", "/articles/0/comments")));
        documents.put(
                StandardRequest.QUOTES_ABOUT,
                new Document("""
                query($id: ID!, $first: Int) {
                  people(where: { id: { eq: $id } }) {
                    quotedAboutConnection(first: $first, sort: [{ node: { id: ASC } }]) {
                      totalCount
                      edges { cursor node { id text kind speaker { id name } article { id title } } }
                      pageInfo { hasNextPage endCursor }
                    }
                  }
                }""", "generated (connection)", List.of("/people/0/quotedAboutConnection/edges")));
        documents.put(StandardRequest.NEIGHBORHOOD, new Document("""
                query($id: ID!, $limit: Int!) {
                  neighborhood(id: $id, limit: $limit) { nodes { id type label } edges { type source target } }
                }""", "@cypher field", List.of("/neighborhood/nodes")));
        documents.put(StandardRequest.PATH, new Document("""
                query($fromId: ID!, $toId: ID!) {
                  path(fromId: $fromId, toId: $toId) { nodes { id type label } edges { type source target } }
                }""", "@cypher field", List.of("/path/nodes")));
        documents.put(
                StandardRequest.SEARCH,
                new Document(
                        SEARCH,
                        "generated (@fulltext, 4 root fields)",
                        List.of(
                                "/searchPeople/edges",
                                "/searchOrganizations/edges",
                                "/searchQuotes/edges",
                                "/searchArticles/edges")));
        documents.put(
                StandardRequest.TOP_SPEAKERS,
                new Document("""
                query($id: ID!, $first: Int!) {
                  organizations(where: { id: { eq: $id } }) { topSpeakers(first: $first) { id name count } }
                }""", "@cypher field", List.of("/organizations/0/topSpeakers")));
        return documents;
    }

    /**
     * The library generates one connection per full-text index and type; the union of people, organizations,
     * quotes and articles is four root fields in one request (the client would merge them by score).
     */
    static final String SEARCH = """
            query($query: String!) {
              searchPeople(phrase: $query, first: 10) { edges { score node { id name } } }
              searchOrganizations(phrase: $query, first: 10) { edges { score node { id name } } }
              searchQuotes(phrase: $query, first: 10) { edges { score node { id text } } }
              searchArticles(phrase: $query, first: 10) { edges { score node { id title } } }
            }""";
}
