package io.whosaid.api;

import io.whosaid.model.Article;
import io.whosaid.model.Comment;
import io.whosaid.model.CommentConnection;
import io.whosaid.model.Commenter;
import io.whosaid.model.Entity;
import io.whosaid.model.Mention;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class CommentFields {

    private final RelatedLoader loader;

    public CommentFields(RelatedLoader loader) {
        this.loader = loader;
    }

    @Name("author")
    public List<@NonNull Commenter> author(@Source List<Comment> comments) {
        return loader.answers(comments, "Comment", "author");
    }

    @Name("parent")
    @Description("The comment this one replies to; null for a top-level comment")
    public List<Comment> parent(@Source List<Comment> comments) {
        return loader.answers(comments, "Comment", "parent");
    }

    /* Not batched over comments: SmallRye hands a batched field the arguments of its first alias only. The root
    query normally prefetches it. */
    @Name("replies")
    @Description("The direct replies to this comment, in thread order")
    public @NonNull CommentConnection replies(
            @Source Comment comment,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("last") Integer last,
            @Name("before") String before) {
        return (CommentConnection) loader.value(comment, "Comment", "replies", first, after, last, before, null);
    }

    @Name("article")
    public List<@NonNull Article> article(@Source List<Comment> comments) {
        return loader.answers(comments, "Comment", "article");
    }

    @Name("mentions")
    @Description("The people and organizations of the article that the comment names")
    public List<@NonNull List<@NonNull Entity>> mentions(@Source List<Comment> comments) {
        return loader.answers(comments, "Comment", "mentions");
    }

    @Name("mentionEdges")
    @Description(
            "The people and organizations the comment names, each with where in Comment.text and who made the link")
    public List<@NonNull List<@NonNull Mention>> mentionEdges(@Source List<Comment> comments) {
        return loader.answers(comments, "Comment", "mentionEdges");
    }

    @Name("comments")
    public List<@NonNull List<@NonNull Comment>> comments(@Source List<Commenter> commenters) {
        return loader.answers(commenters, "Commenter", "comments");
    }
}
