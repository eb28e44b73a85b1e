package io.whosaid.api;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.graph.ArticleFilter;
import io.whosaid.graph.ArticleReader;
import io.whosaid.graph.EntityFilter;
import io.whosaid.graph.EntityReader;
import io.whosaid.graph.LuceneQuery;
import io.whosaid.graph.NameKeys;
import io.whosaid.graph.Ordering;
import io.whosaid.graph.QuoteFilter;
import io.whosaid.graph.QuoteReader;
import io.whosaid.model.ArticleFilterInput;
import io.whosaid.model.ArticleOrder;
import io.whosaid.model.DateRange;
import io.whosaid.model.EntityFilterInput;
import io.whosaid.model.EntityOrder;
import io.whosaid.model.QuoteFilterInput;
import io.whosaid.model.QuoteKind;
import io.whosaid.model.QuoteOrder;
import io.whosaid.model.QuoteStatus;
import io.whosaid.model.SortDirection;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Checks the filter and order inputs of the connections and turns them into the graph's filters and orders. */
final class Filters {

    /** More ids than this in one list is not a filter but an export: BAD_INPUT. */
    static final int MAX_IDS = 100;

    /** What a quote read shows when it does not ask for states: every state but RETRACTED. */
    private static final List<String> SHOWN_BY_DEFAULT = Arrays.stream(QuoteStatus.values())
            .filter(status -> status != QuoteStatus.RETRACTED)
            .map(Enum::name)
            .toList();

    private Filters() {}

    /**
     * The editorial states a quote read asks for, by name: every state but RETRACTED when {@code given} is null.
     * The values are QuoteStatus values, or their names as graphql-java hands a field's arguments over.
     */
    static List<String> statuses(String argument, List<?> given) {
        if (given == null) {
            return SHOWN_BY_DEFAULT;
        }
        if (given.contains(null)) {
            throw new BadInputException(argument + " must not hold null");
        }
        List<String> statuses = given.stream()
                .map(status -> status instanceof Enum<?> e ? e.name() : status.toString())
                .distinct()
                .sorted()
                .toList();
        if (statuses.isEmpty()) {
            throw new BadInputException(argument + " must not be empty; leave it out for every state but RETRACTED");
        }
        return statuses;
    }

    static ArticleFilter articles(ArticleFilterInput input) {
        if (input == null) {
            return ArticleFilter.NONE;
        }
        DateRange range = checked("filter.published", input.published());
        return new ArticleFilter(
                ids("filter.publisherIds", input.publisherIds()),
                from(range),
                to(range),
                ids("filter.mentionIds", input.mentionIds()));
    }

    static Ordering ordering(ArticleOrder order) {
        if (order == null || order.field() == null || order.field() == ArticleOrder.ArticleOrderField.INGESTED) {
            return ascending(order) ? ArticleReader.OLDEST_FIRST : ArticleReader.NEWEST_FIRST;
        }
        return ascending(order) ? ArticleReader.OLDEST_PUBLISHED : ArticleReader.NEWEST_PUBLISHED;
    }

    /**
     * The quote filter from the single-id arguments, text and filter input. A single-id argument and the filter's
     * list of the same kind together are BAD_INPUT: whether they should hold together or either was unclear.
     */
    static QuoteFilter quotes(String speakerId, String aboutId, String articleId, String text, QuoteFilterInput input) {
        QuoteFilterInput filter =
                input != null ? input : new QuoteFilterInput(null, null, null, null, null, null, null, null, null);
        String words = text;
        if (text != null && filter.text() != null) {
            throw new BadInputException("give text or filter.text, not both");
        }
        if (words == null && filter.text() != null) {
            words = RootReads.textArgument("filter.text", filter.text());
        }
        String lucene = words == null ? null : LuceneQuery.words(words, true);
        if (words != null && lucene == null) {
            throw new BadInputException("text must contain at least one letter or digit");
        }
        DateRange range = checked("filter.published", filter.published());
        List<String> statuses = statuses("filter.statuses", filter.statuses());
        List<String> kinds = filter.kinds() == null
                ? null
                : filter.kinds().stream().map(QuoteKind::name).distinct().toList();
        if (kinds != null && kinds.isEmpty()) {
            throw new BadInputException("filter.kinds must not be empty; leave it out for every kind");
        }
        return new QuoteFilter(
                single("speakerId", speakerId, "filter.speakerIds", filter.speakerIds()),
                single("aboutId", aboutId, "filter.aboutIds", filter.aboutIds()),
                single("articleId", articleId, "filter.articleIds", filter.articleIds()),
                ids("filter.publisherIds", filter.publisherIds()),
                kinds,
                statuses,
                filter.unnamedSource(),
                from(range),
                to(range),
                lucene);
    }

    static Ordering ordering(QuoteOrder order, QuoteFilter filter) {
        if (order == null || order.field() == null) {
            return QuoteReader.ordering(filter);
        }
        return switch (order.field()) {
            case RELEVANCE -> {
                if (filter.lucene() == null) {
                    throw new BadInputException("orderBy RELEVANCE needs text to be relevant to");
                }
                if (ascending(order)) {
                    throw new BadInputException("orderBy RELEVANCE is most relevant first only (DESC)");
                }
                yield QuoteReader.BY_RELEVANCE;
            }
            case PUBLISHED -> ascending(order) ? QuoteReader.OLDEST_PUBLISHED : QuoteReader.NEWEST_PUBLISHED;
        };
    }

    /** A people/organizations filter, checked; the texts must hold a letter or digit, the ids be ids. */
    static EntityFilter entities(EntityFilterInput input) {
        if (input == null) {
            return new EntityFilter(null, null, null, null);
        }
        return new EntityFilter(
                nameText("filter.nameStartsWith", input.nameStartsWith()),
                nameText("filter.nameContains", input.nameContains()),
                nameText("filter.alias", input.alias()),
                ids("filter.affiliatedWithIds", input.affiliatedWithIds()));
    }

    /** The order of a people/organizations page; RELEVANCE needs a name text to be relevant to. */
    static Ordering ordering(String label, EntityOrder order, EntityFilter filter) {
        EntityOrder.EntityOrderField field =
                order == null || order.field() == null ? EntityOrder.EntityOrderField.NAME : order.field();
        if (field == EntityOrder.EntityOrderField.RELEVANCE && !filter.byName()) {
            throw new BadInputException(
                    "orderBy RELEVANCE needs filter.nameStartsWith, nameContains or alias to be relevant to");
        }
        SortDirection direction = order == null || order.direction() == null
                ? (field == EntityOrder.EntityOrderField.NAME ? SortDirection.ASC : SortDirection.DESC)
                : order.direction();
        return EntityReader.filteredOrdering(label, field.name(), direction == SortDirection.DESC);
    }

    private static String nameText(String argument, String value) {
        String checked = RootReads.textArgument(argument, value);
        if (checked != null && NameKeys.key(checked).chars().noneMatch(Character::isLetterOrDigit)) {
            throw new BadInputException(argument + " must contain a letter or digit");
        }
        return checked;
    }

    private static boolean ascending(Object order) {
        SortDirection direction = order instanceof ArticleOrder article
                ? article.direction()
                : order instanceof QuoteOrder quote ? quote.direction() : null;
        return direction == SortDirection.ASC;
    }

    private static List<String> single(String argument, String id, String listArgument, List<String> ids) {
        if (id != null && ids != null) {
            throw new BadInputException("give " + argument + " or " + listArgument + ", not both");
        }
        return id != null ? List.of(IdArguments.require(argument, id)) : ids(listArgument, ids);
    }

    /** A list of ids, checked, without repeats; null when not given; BAD_INPUT when empty or too long. */
    private static List<String> ids(String argument, List<String> ids) {
        if (ids == null) {
            return null;
        }
        if (ids.isEmpty()) {
            throw new BadInputException(argument + " must not be empty; leave it out not to filter");
        }
        if (ids.size() > MAX_IDS) {
            throw new BadInputException(argument + " holds more than " + MAX_IDS + " ids");
        }
        List<String> checked = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            checked.add(IdArguments.require(argument, id));
        }
        return checked;
    }

    static DateRange checked(String argument, DateRange range) {
        if (range != null
                && range.from() != null
                && range.to() != null
                && !range.from().isBefore(range.to())) {
            throw new BadInputException(argument + ".from must be before " + argument + ".to");
        }
        return range;
    }

    static ZonedDateTime from(DateRange range) {
        return range == null ? null : zoned(range.from());
    }

    static ZonedDateTime to(DateRange range) {
        return range == null ? null : zoned(range.to());
    }

    private static ZonedDateTime zoned(OffsetDateTime time) {
        return time == null ? null : time.toZonedDateTime();
    }
}
