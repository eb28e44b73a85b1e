package io.whosaid.ingest.extract;

import io.whosaid.ingest.ParsedComment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the comment thread against the article's entities: which of them each comment names, and whether it
 * is spam.
 * <p>
 * Mentions: a comment mentions an entity when it writes one of the entity's names with a capital — the full
 * name, any alias, a person's surname alone ("Putin"), a given name only one person in the article has
 * ("Clara"), an organization's acronym ("NATO", "Nato") or the last word of its name ("the Comets"). When
 * people share the surname, a bare surname goes to the one the article mentions most.
 * <p>
 * Spam: a comment is spam when it carries a link or a web address AND speaks of money or work-from-home
 * earnings ("$", "per hour", "earn", "income", "work from home"). Either alone is ordinary discussion — readers
 * link to sources and argue about money — but together they are the shape of the advertising that fills
 * comment threads.
 */
final class CommentAnalyzer {

    private static final Pattern LINK = Pattern.compile(
            "(?i)(https?://|www\\.|\\b[a-z0-9-]+\\.(com|net|org|info|biz|io|co|ga|ml|tk|cf|gq|xyz|top|site|online"
                    + "|club|shop|ru|cn|me|ly|link|click)\\b)");
    private static final Pattern MONEY = Pattern.compile(
            "(?i)(\\$\\s?\\d|\\d\\s?(usd|dollars|euros)\\b|per\\s+(hour|day|week|month)|/\\s?(hr|hour|yr|year|month|day|wk)\\b"
                    + "|\\bearn(s|ed|ing|ings)?\\b|\\bincome\\b|\\bwork(ing)?\\s+(from|at)\\s+home\\b|\\bmake\\s+money\\b"
                    + "|\\bextra\\s+cash\\b|\\bpaycheck\\b|\\bprofit(s)?\\b|\\bjob\\s+offer\\b)");
    private static final int LONGEST_NAME = 8;

    private final Map<String, List<EntityDraft>> byName = new HashMap<>();
    /** First words of every indexed name, so most comment words are dismissed with one lookup. */
    private final Set<String> firstWords = new java.util.HashSet<>();

    private int longestName = 1;
    /** Organizations named by the kind word of their name after "The": "The Coalition has been asking …". */
    private final Map<String, EntityDraft> theOnly = new HashMap<>();

    CommentAnalyzer(List<EntityDraft> entities, Lexicon lexicon) {
        Map<String, Integer> firstNames = new HashMap<>();
        Map<String, Integer> lastWords = new HashMap<>();
        for (EntityDraft e : entities) {
            if (e.isPerson() && e.words.size() >= 2) {
                firstNames.merge(e.words.get(0), 1, Integer::sum);
            } else if (!e.isPerson() && e.words.size() >= 2) {
                lastWords.merge(e.surname(), 1, Integer::sum);
            }
        }
        for (EntityDraft e : entities) {
            index(e.name, e);
            for (String alias : e.aliases) {
                index(alias, e);
            }
            if (e.isPerson() && e.words.size() >= 2) {
                index(e.surname(), e);
                // "Condolences to Clara": a known given name that only one person in the article has.
                String first = e.words.get(0);
                if (first.length() > 1 && firstNames.get(first) == 1 && lexicon.isGivenName(first)) {
                    index(first, e);
                }
            } else if (!e.isPerson() && e.words.size() >= 2 && lastWords.get(e.surname()) == 1) {
                // "The Comets will be back": a team or group by the last word of its name, unless that word is
                // just a kind ("Association"), which only counts as "The Association".
                if (lexicon.isOrgHead(e.surname())) {
                    theOnly.put(e.surname(), e);
                } else if (e.surname().length() > 3) {
                    index(e.surname(), e);
                }
                if (e.words.size() >= 3 && lexicon.isOrgHead(e.surname())) {
                    // "Harlow & Finch" for "Harlow & Finch Partners"
                    index(e.name.substring(0, e.name.lastIndexOf(' ')), e);
                }
            }
        }
    }

    private void index(String name, EntityDraft e) {
        String key = Lexicon.fold(name);
        if (key.isEmpty()) {
            return;
        }
        int space = key.indexOf(' ');
        firstWords.add(space < 0 ? key : key.substring(0, space));
        longestName = Math.max(longestName, key.split(" ").length);
        List<EntityDraft> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    static boolean isSpam(String text) {
        return text != null && LINK.matcher(text).find() && MONEY.matcher(text).find();
    }

    /** The entities a comment names, in the order it names them. */
    List<EntityDraft> mentions(ParsedComment comment) {
        Set<EntityDraft> found = new LinkedHashSet<>();
        String text = comment.text() == null ? "" : comment.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ((t.is("The") || t.is("the"))
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).isCapitalized()) {
                EntityDraft org = theOnly.get(Lexicon.fold(tokens.get(i + 1).text()));
                if (org != null) {
                    found.add(org);
                    i++;
                    continue;
                }
            }
            if (!t.isCapitalized() || !firstWords.contains(Lexicon.fold(t.text()))) {
                continue;
            }
            for (int n = Math.min(Math.min(LONGEST_NAME, longestName + 2), tokens.size() - i); n >= 1; n--) {
                Token last = tokens.get(i + n - 1);
                if (!last.isWord()) {
                    continue;
                }
                String key = Lexicon.fold(text.substring(t.start(), last.end()));
                List<EntityDraft> hits = byName.get(key);
                if (hits != null) {
                    found.add(mostRecent(hits));
                    i += n - 1;
                    break;
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Of several people a name fits ("Rask"), the one the article talks about most; the last mentioned on a tie. */
    private static EntityDraft mostRecent(List<EntityDraft> hits) {
        EntityDraft best = hits.get(0);
        for (EntityDraft e : hits) {
            if (e.mentions > best.mentions
                    || e.mentions == best.mentions && e.lastMentionToken > best.lastMentionToken) {
                best = e;
            }
        }
        return best;
    }
}
