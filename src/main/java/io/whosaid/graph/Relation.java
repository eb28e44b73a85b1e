package io.whosaid.graph;

/** The relationships resolvers load for many parents at once, one query per list of parents. */
public enum Relation {
    ARTICLE_PUBLISHER("article-publisher"),
    ARTICLE_PEOPLE("article-people"),
    ARTICLE_ORGANIZATIONS("article-organizations"),
    ARTICLE_QUOTES("article-quotes"),
    ARTICLE_COMMENTS("article-comments"),
    PERSON_AFFILIATIONS("entity-affiliations"),
    ORGANIZATION_AFFILIATES("organization-affiliates"),
    QUOTE_SPEAKER("quote-speaker"),
    QUOTE_ABOUT("quote-about"),
    QUOTE_ARTICLE("quote-article"),
    COMMENT_AUTHOR("comment-author"),
    COMMENT_PARENT("comment-parent"),
    COMMENT_REPLIES("comment-replies"),
    COMMENT_ARTICLE("comment-article"),
    COMMENT_MENTIONS("comment-mentions"),
    COMMENTER_COMMENTS("commenter-comments");

    final String query;

    Relation(String file) {
        this.query = CypherFile.load("read/" + file);
    }
}
