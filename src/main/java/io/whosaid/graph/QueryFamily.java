package io.whosaid.graph;

/** What a Cypher statement is for: the {@code family} label of the query metrics and spans. */
public enum QueryFamily {
    /** The one query a read request's root field compiles to (and the other root reads: search, pages, subgraphs). */
    ROOT_READ("root_read"),
    /** A batched load of related objects the root query did not read, one per nesting level. */
    BATCHED_LOAD("batched_load"),
    /** The one statement that writes an article. */
    ARTICLE_WRITE("article_write"),
    /** An editorial change to the graph. */
    EDIT("edit");

    private final String label;

    QueryFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
