package io.whosaid.support;

import static io.whosaid.support.GraphQL.data;
import static io.whosaid.support.GraphQL.vars;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Two articles with names of their own (new ones for each instance, so tests share a store without meeting), in
 * which the extractor leaves something to review: a quote with no speaker ("Nobody will ride it at night"; "The
 * timetable was never tested" has an unnamed source, "the report"), a
 * quote attributed with low confidence ("It is a waste of money", 0.70), a person and an organization only the
 * first article names (Augustin ..., ... Watch), an affiliation (Dorotea ..., chair of the ... Ferry Trust), and two
 * people who are probably one (Dorotea and Dora, same surname).
 */
public final class ReviewArticles {

    public final String surname = name("Vex");
    public final String place = name("North");
    public final String watcher = name("Pella");
    public final String dorotea = "Dorotea " + surname;
    public final String dora = "Dora " + surname;
    public final String augustin = "Augustin " + watcher;
    public final String trust = place + " Ferry Trust";
    public final String watch = place + " Watch";
    public final String first;
    public final String second;

    public ReviewArticles() {
        first = ingest(
                place + " ferry timetable splits the harbour council\n\nCouncillors argue over an hourly service.\n\n"
                        + dorotea + ", the chair of the " + trust
                        + ", said the ferry must run every hour. “We cannot wait another "
                        + "winter,” " + surname
                        + " said.\n\n“It is a waste of money,” one resident shouted from the gallery.\n\n"
                        + "“The timetable was never tested,” the report concluded.\n\n“Nobody will ride it at night,” was written on "
                        + "the harbour wall.\n\n" + augustin + " of " + watch
                        + " disagreed. “Nobody asked the crews,” he said.\n");
        second = ingest("Ferry trust names a new treasurer\n\nThe " + trust + " reshuffles its board.\n\n" + dora
                + " told reporters that the accounts are in order. “The books balance,” " + dora + " said.\n");
    }

    /** A capitalised made-up word starting with {@code stem}: letters only, so the extractor reads it as a name. */
    private static String name(String stem) {
        String letters = "bcdfglmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder(stem);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 3; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }

    /**
     * Dated far ahead (a random second of 2095), so that these articles are the newest in a shared store and their items
     * come first in the review queue's reasons that rank by date.
     */
    private static String ingest(String text) {
        String date = java.time.Instant.parse("2095-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextInt(365 * 24 * 3600))
                .toString();
        return data(
                        "mutation($t: String!, $d: String) { ingestArticle(input: {text: $t, publishedAt: $d}) { article { id } } }",
                        vars("t", text, "d", date))
                .getString("data.ingestArticle.article.id");
    }

    /** The first article's quote with this text. */
    public Map<String, Object> quote(String text) {
        JsonPath json = data(
                "query($id: ID!) { article(id: $id) { quotes(first: 100) { edges { node { id text confidence speaker { id name } } } } } }",
                vars("id", first));
        List<Map<String, Object>> quotes = json.getList("data.article.quotes.edges.node");
        return quotes.stream()
                .filter(q -> text.equals(q.get("text")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote “" + text + "” in " + quotes));
    }

    /** The id of the person or organization of this name. */
    public static String entityId(String name) {
        JsonPath json = data(
                "query($n: String) { people(name: $n) { edges { node { id name } } } "
                        + "organizations(name: $n) { edges { node { id name } } } }",
                vars("n", name));
        for (String list : List.of("people", "organizations")) {
            List<Map<String, Object>> found = json.getList("data." + list + ".edges.node");
            for (Map<String, Object> node : found) {
                if (name.equals(node.get("name"))) {
                    return (String) node.get("id");
                }
            }
        }
        throw new AssertionError("no entity named " + name);
    }
}
