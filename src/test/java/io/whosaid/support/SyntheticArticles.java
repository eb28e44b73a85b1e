package io.whosaid.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fictional articles in the service's text format, made up on the fly for load and fault tests: a title,
 * a subtitle, body paragraphs naming people and organizations from a shared cast (so that many articles
 * meet on the same entities), a {@code Source:} line and a comment thread whose handles come from a shared
 * pool (so commenters on one site are shared too). Deterministic for a given {@link Random} seed.
 */
public final class SyntheticArticles {

    /** Fictional people and organizations every generated article draws from. */
    public static final List<String> PEOPLE = List.of(
            "Marisol Teague", "Bram Oduya", "Ilse Varnham", "Tobias Greenhalgh", "Petra Lindwall", "Cyrus Abernethy");

    public static final List<String> ORGANIZATIONS = List.of(
            "Ellerby Harbour Trust", "Northmere Transit Authority", "Ellerby Cove Council", "Saltmarsh Rowing Club");
    private static final List<String> TOPICS = List.of(
            "the ferry timetable",
            "the sea wall repairs",
            "the new tram depot",
            "the rowing regatta",
            "the library roof",
            "the fish market lease",
            "the winter parking rules",
            "the lighthouse museum");
    private static final List<String> VERBS = List.of("said", "warned", "argued", "told reporters", "insisted");
    private static final List<String> REMARKS = List.of(
            "Nobody asked the people who actually live on the harbour.",
            "The numbers in the report do not add up, and everyone knows it.",
            "I have been waiting for this since the storm two winters ago.",
            "Good news for once. Let us see whether it survives the budget.",
            "My grandmother rowed in that regatta. Keep it going.",
            "Another consultation, another year of nothing happening.",
            "The trams were late again this morning, so forgive my doubts.",
            "Fair point, though the council has promised this before.");

    private SyntheticArticles() {}

    /** One generated article: what to send, and what the graph must hold after it. */
    public record Article(
            String url,
            String text,
            String publisher,
            int commentCount,
            int replyCount,
            List<String> commentNumbers,
            Set<String> handles) {}

    /**
     * An article at {@code https://SITE/story/KEY}. Its text depends on {@code key} and on the random source,
     * so two calls with the same key but different randomness give two versions of the same url.
     */
    public static Article article(
            Random random, String site, String key, List<String> publishers, List<String> handles, int comments) {
        String topic = pick(random, TOPICS);
        String person = pick(random, PEOPLE);
        String other = pick(random, PEOPLE);
        String organization = pick(random, ORGANIZATIONS);
        String publisher = pick(random, publishers);
        int version = random.nextInt(1_000_000);
        StringBuilder text = new StringBuilder();
        text.append("Ellerby Cove Weighs ")
                .append(capitalize(topic))
                .append(" (")
                .append(key)
                .append(")\n\n");
        text.append("Residents split over plans first floated in the spring\n\n");
        text.append(person)
                .append(", who chairs the ")
                .append(organization)
                .append(", ")
                .append(pick(random, VERBS))
                .append(" on Tuesday that ")
                .append(topic)
                .append(" would be settled before the autumn. “We have run out of")
                .append(" reasons to wait,” ")
                .append(person.split(" ")[0])
                .append(" said. Story ")
                .append(key)
                .append(" version ")
                .append(version)
                .append(".\n\n");
        text.append(other)
                .append(" of the ")
                .append(pick(random, ORGANIZATIONS))
                .append(" was less sure. “Every plan")
                .append(" for ")
                .append(topic)
                .append(" so far has cost twice what it promised,” ")
                .append(other.split(" ")[1])
                .append(" said, adding that the ")
                .append(organization)
                .append(" had not yet published its figures.\n\n");
        text.append("A public meeting is planned for the first week of the month at the harbour hall.\n\n");
        text.append("Source: ").append(publisher).append("\n\n");

        List<String> numbers = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        int replies = 0;
        int top = 0;
        int sinceTop = 0;
        for (int i = 0; i < comments; i++) {
            String handle = pick(random, handles);
            used.add(handle);
            boolean reply = top > 0 && random.nextInt(3) == 0;
            if (reply) {
                sinceTop++;
                replies++;
                numbers.add(top + "." + sinceTop);
                text.append("    ")
                        .append(sinceTop)
                        .append(". ")
                        .append(handle)
                        .append(" says\n\n")
                        .append("      ")
                        .append(pick(random, REMARKS))
                        .append(" (")
                        .append(key)
                        .append('/')
                        .append(i)
                        .append(" v")
                        .append(version)
                        .append(")\n\n");
            } else {
                top++;
                sinceTop = 0;
                numbers.add(Integer.toString(top));
                text.append("  ")
                        .append(top)
                        .append(". ")
                        .append(handle)
                        .append(" says\n\n")
                        .append("    ")
                        .append(pick(random, REMARKS))
                        .append(" (")
                        .append(key)
                        .append('/')
                        .append(i)
                        .append(" v")
                        .append(version)
                        .append(")\n\n");
            }
        }
        text.append("Leave A Reply\n\nYour email address will not be published.\n");
        return new Article(
                "https://" + site + "/story/" + key,
                text.toString(),
                publisher,
                comments,
                replies,
                List.copyOf(numbers),
                Set.copyOf(used));
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
