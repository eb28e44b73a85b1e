package io.whosaid.api.limits;

import io.whosaid.graph.ListSizeStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cost rules that come from the data, in one place: which statistic bounds each list field of the schema (the
 * graph's longest list of that kind), and which statistic bounds each long text field. A field not named here is
 * costed by its page size, or by the fixed fan-out when it has none.
 */
@ApplicationScoped
public class DataListSizes {

    private final ListSizeStatistics statistics;
    private final long textCostUnit;

    public DataListSizes(
            ListSizeStatistics statistics,
            @ConfigProperty(name = "whosaid.api.text-cost-unit", defaultValue = "500") long textCostUnit) {
        if (textCostUnit < 1) {
            throw new IllegalArgumentException("whosaid.api.text-cost-unit must be positive: " + textCostUnit);
        }
        this.statistics = statistics;
        this.textCostUnit = textCostUnit;
    }

    /** The statistic that bounds a list field, by its type and name; null when none does. */
    static String listStatistic(String type, String field) {
        return switch (type + "." + field) {
            case "Article.comments" -> "commentsPerArticle";
            case "Article.quotes" -> "quotesPerArticle";
            case "Article.people", "Article.organizations" -> "mentionsPerArticle";
            case "Commenter.comments" -> "commentsPerCommenter";
            case "Comment.replies" -> "repliesPerComment";
            case "Comment.mentions" -> "mentionsPerComment";
            case "Quote.about" -> "subjectsPerQuote";
            case "Person.said", "Organization.said", "Entity.said" -> "quotesPerSpeaker";
            case "Person.quotedAbout", "Organization.quotedAbout", "Entity.quotedAbout" -> "quotesPerSubject";
            case "Person.affiliations" -> "affiliationsPerEntity";
            case "Organization.affiliates" -> "affiliatesPerEntity";
            default -> null;
        };
    }

    /** The statistic that bounds a text field's lengths; null for short texts (names, titles, ids). */
    static String textStatistic(String type, String field) {
        return switch (type + "." + field) {
            case "Article.text" -> "articleText";
            case "Comment.text" -> "commentText";
            case "Quote.text" -> "quoteText";
            case "Evidence.sentence" -> "sentenceText";
            default -> null;
        };
    }

    /** The sizes as last read; reading them again, in the background, when they are old. */
    public OperationAnalysis.ListSizes current() {
        return of(statistics.current(), textCostUnit);
    }

    /** The cost rules over given figures: a list at least 1 long once the figures are known. */
    static OperationAnalysis.ListSizes of(ListSizeStatistics.Sizes sizes, long textCostUnit) {
        if (!sizes.known()) {
            return OperationAnalysis.ListSizes.NONE;
        }
        return new OperationAnalysis.ListSizes() {
            @Override
            public long of(String typeName, String fieldName) {
                String statistic = listStatistic(typeName, fieldName);
                return statistic == null ? 0 : Math.max(1, sizes.longest(statistic));
            }

            @Override
            public long textCost(String typeName, String fieldName, long values) {
                String statistic = textStatistic(typeName, fieldName);
                return statistic == null ? 0 : sizes.text(statistic).total(values) / textCostUnit;
            }
        };
    }
}
