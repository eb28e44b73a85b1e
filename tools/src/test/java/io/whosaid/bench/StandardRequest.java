package io.whosaid.bench;

/**
 * The benchmark's fixed requests, each asked of every system with the same parameters. The raw Cypher of each
 * lives in {@code cypher/queries/standard/<file>.cypher}.
 */
public enum StandardRequest {
    ARTICLE("a", "article with quotes, speakers and comments", "a_article"),
    QUOTES_ABOUT("b", "quotes about a person, first page of 20, with speakers", "b_quotes_about_person"),
    NEIGHBORHOOD("c", "a person's 2-hop neighbourhood (limit 100)", "c_neighborhood"),
    PATH("d", "shortest path between two people (max 4 hops)", "d_shortest_path"),
    SEARCH("e", "full-text search, 10 hits", "e_search"),
    TOP_SPEAKERS("f", "top 10 speakers about an organization", "f_top_speakers");

    private final String letter;
    private final String description;
    private final String cypherFile;

    StandardRequest(String letter, String description, String cypherFile) {
        this.letter = letter;
        this.description = description;
        this.cypherFile = cypherFile;
    }

    public String letter() {
        return letter;
    }

    public String description() {
        return description;
    }

    public String cypherFile() {
        return cypherFile;
    }
}
