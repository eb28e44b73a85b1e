package io.whosaid.eval;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ground truth for one article: what a careful reader finds in it.
 *
 * @param notQuotes texts in quotation marks that are not quotes (scare quotes, titles); finding one is an error
 * @param others    named places, events, days, objects and groups: not people and not organizations
 */
public record GoldFile(
        List<GoldEntity> entities,
        List<GoldQuote> quotes,
        List<GoldRole> roles,
        List<GoldMention> mentions,
        Set<String> spamComments,
        List<String> notQuotes,
        List<GoldOther> others) {

    public GoldFile {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
        spamComments = Set.copyOf(spamComments);
        notQuotes = List.copyOf(notQuotes);
        others = List.copyOf(others);
    }

    public Optional<GoldEntity> entityNamed(String canonicalName) {
        return entities.stream().filter(e -> e.name().equals(canonicalName)).findFirst();
    }
}
