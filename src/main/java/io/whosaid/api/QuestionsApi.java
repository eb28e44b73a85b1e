package io.whosaid.api;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.graph.NodeReader.Kind;
import io.whosaid.graph.QuestionReader;
import io.whosaid.model.CoOccurrence;
import io.whosaid.model.DateRange;
import io.whosaid.model.MonthCount;
import io.whosaid.model.QuotesBetween;
import io.whosaid.model.SpeakerMonth;
import io.whosaid.model.UnnamedSourceCount;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The questions people ask (issue 17), each answered by one query: what two entities said about each other, who is
 * quoted about an entity by month, how many quotes about it per month, who appears with it, and the unnamed sources
 * publishers cite most. RETRACTED quotes are left out of all of them.
 */
@GraphQLApi
public class QuestionsApi {

    /** The most rows one question answers. */
    static final int MAX_ROWS = 100;

    private final QuestionReader questions;

    public QuestionsApi(QuestionReader questions) {
        this.questions = questions;
    }

    @Query("quotesBetween")
    @Description(
            "Quotes by a about b and by b about a, the newest first (first of each), with counts; null when either "
                    + "entity does not exist")
    public QuotesBetween quotesBetween(
            @Name("a") @Id @NonNull String a, @Name("b") @Id @NonNull String b, @Name("first") Integer first) {
        return questions.between(entity("a", a), entity("b", b), rows(first, 10));
    }

    @Query("speakersByMonth")
    @Description("Who is quoted about an entity, by month of publication: each month's speakers with their number of "
            + "quotes about it, latest month first, most quoted first; first rows at most (undated articles left out)")
    public @NonNull List<@NonNull SpeakerMonth> speakersByMonth(
            @Name("aboutId") @Id @NonNull String aboutId,
            @Name("published") DateRange published,
            @Name("first") Integer first) {
        DateRange range = Filters.checked("published", published);
        return questions.speakersByMonth(
                entity("aboutId", aboutId), Filters.from(range), Filters.to(range), rows(first, 50));
    }

    @Query("quotesPerMonth")
    @Description("How many quotes are about an entity per month of publication: the latest first months with any, "
            + "oldest first (undated articles left out)")
    public @NonNull List<@NonNull MonthCount> quotesPerMonth(
            @Name("aboutId") @Id @NonNull String aboutId,
            @Name("published") DateRange published,
            @Name("first") Integer first) {
        DateRange range = Filters.checked("published", published);
        return questions.perMonth(entity("aboutId", aboutId), Filters.from(range), Filters.to(range), rows(first, 24));
    }

    @Query("coOccurring")
    @Description(
            "The people and organizations mentioned in the same articles as an entity, with in how many, most first")
    public @NonNull List<@NonNull CoOccurrence> coOccurring(
            @Name("id") @Id @NonNull String id, @Name("first") Integer first) {
        return questions.coOccurring(entity("id", id), rows(first, 20));
    }

    @Query("unnamedSources")
    @Description(
            "The unnamed sources publishers' articles quote most (\"a senior official\"): publisher, description and "
                    + "number of quotes, most first; of one publisher when publisherId is given")
    public @NonNull List<@NonNull UnnamedSourceCount> unnamedSources(
            @Name("publisherId") @Id String publisherId, @Name("first") Integer first) {
        return questions.unnamedSources(
                publisherId == null ? null : entity("publisherId", publisherId), rows(first, 20));
    }

    /** An id that must be a person's or an organization's (BAD_INPUT otherwise; an unknown one answers empty). */
    private static String entity(String argument, String id) {
        IdArguments.require(argument, id);
        if (IdArguments.kindOf(id) != Kind.ENTITY) {
            throw new BadInputException(argument + " must be the id of a person or an organization, was " + id);
        }
        return id;
    }

    private static int rows(Integer first, int byDefault) {
        int checked = first == null ? byDefault : first;
        if (checked < 1 || checked > MAX_ROWS) {
            throw new BadInputException("first must be between 1 and " + MAX_ROWS + ", was " + checked);
        }
        return checked;
    }
}
