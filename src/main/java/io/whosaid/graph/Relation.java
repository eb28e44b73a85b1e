package io.whosaid.graph;

/** The relationships resolvers load for many parents at once, one query per list of parents. */
public enum Relation {
    ARTICLE_PUBLISHER("article-publisher", "publisher"),
    ARTICLE_PEOPLE("article-people", "people"),
    ARTICLE_ORGANIZATIONS("article-organizations", "organizations"),
    ARTICLE_QUOTES("article-quotes", "quotes"),
    ARTICLE_COMMENTS("article-comments", "comments"),
    PERSON_AFFILIATIONS("entity-affiliations", "affiliations"),
    ORGANIZATION_AFFILIATES("organization-affiliates", "affiliates"),
    QUOTE_SPEAKER("quote-speaker", "speaker"),
    QUOTE_ABOUT("quote-about", "about"),
    QUOTE_ARTICLE("quote-article", "article"),
    COMMENT_AUTHOR("comment-author", "author"),
    COMMENT_PARENT("comment-parent", "parent"),
    COMMENT_REPLIES("comment-replies", "replies"),
    COMMENT_ARTICLE("comment-article", "article"),
    COMMENT_MENTIONS("comment-mentions", "mentions"),
    COMMENTER_COMMENTS("commenter-comments", "comments");

    final String query;
    private final String field;

    Relation(String file, String field) {
        this.query = CypherFile.load("read/" + file);
        this.field = field;
    }

    /** The GraphQL field this relation answers. */
    public String field() {
        return field;
    }
}
