package io.whosaid.api;

import io.whosaid.model.Article;
import io.whosaid.model.Entity;
import io.whosaid.model.EntityLink;
import io.whosaid.model.Quote;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class QuoteFields {

    private final RelatedLoader loader;

    public QuoteFields(RelatedLoader loader) {
        this.loader = loader;
    }

    @Name("speaker")
    @Description("Who said it; null when no speaker could be attributed")
    public List<Entity> speaker(@Source List<Quote> quotes) {
        return loader.answers(quotes, "Quote", "speaker");
    }

    @Name("about")
    @Description("The people and organizations the quote is about")
    public List<@NonNull List<@NonNull Entity>> about(@Source List<Quote> quotes) {
        return loader.answers(quotes, "Quote", "about");
    }

    @Name("speakerEdge")
    @Description(
            "Who said it, with who made the link (the extractor, or an editor's edit) and the quote as its evidence; "
                    + "null when no speaker could be attributed")
    public List<EntityLink> speakerEdge(@Source List<Quote> quotes) {
        return loader.answers(quotes, "Quote", "speakerEdge");
    }

    @Name("aboutEdges")
    @Description("What the quote is about, each with who made the link and the quote as its evidence")
    public List<@NonNull List<@NonNull EntityLink>> aboutEdges(@Source List<Quote> quotes) {
        return loader.answers(quotes, "Quote", "aboutEdges");
    }

    @Name("article")
    public List<@NonNull Article> article(@Source List<Quote> quotes) {
        return loader.answers(quotes, "Quote", "article");
    }
}
