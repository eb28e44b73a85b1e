package io.whosaid.bench;

import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraph.AffiliationRow;
import io.whosaid.ingest.resolve.ArticleGraph.ArticleRow;
import io.whosaid.ingest.resolve.ArticleGraph.CommentRow;
import io.whosaid.ingest.resolve.ArticleGraph.EntityRow;
import io.whosaid.ingest.resolve.ArticleGraph.MentionRow;
import io.whosaid.ingest.resolve.ArticleGraph.QuoteRow;
import io.whosaid.ingest.resolve.Ids;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A deterministic corpus of synthetic articles shaped like what the service writes: about 10 entities,
 * 20 quotes and 15 comments (threads with replies) per article, people and organizations drawn with
 * power-law (Zipf) popularity. Article {@code i} depends only on the spec and {@code i}, so articles can be
 * generated in any order or in parallel and always come out the same.
 */
public final class CorpusGenerator {

    static final double PERSON_EXPONENT = 0.9;
    static final double ORGANIZATION_EXPONENT = 1.0;
    static final double PUBLISHER_EXPONENT = 0.7;
    static final double COMMENTER_EXPONENT = 1.0;
    private static final ZonedDateTime FIRST_INGEST = ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate FIRST_PUBLISHED = LocalDate.of(2021, 1, 1);
    /**
     * How news describes a source it does not name; the quotes without a named speaker (6%) are given one, as the
     * extractor reads it from the text ("“…,” said a senior official").
     */
    static final List<String> UNNAMED_SOURCES = List.of(
            "a senior official",
            "one official",
            "a government spokesperson",
            "two people familiar with the talks",
            "a person close to the negotiations",
            "a senior diplomat",
            "an adviser to the minister",
            "several council members");

    private final CorpusSpec spec;
    private final Catalog catalog;
    private final Zipf people;
    private final Zipf organizations;
    private final Zipf publishers;
    private final Zipf commenters;

    public CorpusGenerator(CorpusSpec spec) {
        this.spec = spec;
        this.catalog = Catalog.generate(spec);
        this.people = new Zipf(catalog.people().size(), PERSON_EXPONENT);
        this.organizations = new Zipf(catalog.organizations().size(), ORGANIZATION_EXPONENT);
        this.publishers = new Zipf(catalog.publishers().size(), PUBLISHER_EXPONENT);
        this.commenters = new Zipf(spec.commentersPerSite(), COMMENTER_EXPONENT);
    }

    public CorpusSpec spec() {
        return spec;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** A random source for article {@code index} alone, so articles are independent of generation order. */
    static SplittableRandom randomFor(long seed, long stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xC2B2AE3D27D4EB4FL + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    /** Draws a person by popularity: a rank, 0 the most popular. */
    public int drawPerson(SplittableRandom random) {
        return people.next(random);
    }

    public int drawOrganization(SplittableRandom random) {
        return organizations.next(random);
    }

    public GeneratedArticle article(int index) {
        SplittableRandom random = randomFor(spec.seed(), 1, index);
        int publisherIndex = publishers.next(random);
        EntityRow publisher = catalog.publishers().get(publisherIndex);
        String site = catalog.sites().get(publisherIndex);

        // The article's cast: ~6.5 people and ~3.5 organizations, plus the employers of some of its people.
        Set<Integer> personRanks = distinct(people, 5 + random.nextInt(4), random);
        Set<Integer> organizationRanks = distinct(organizations, 3 + random.nextInt(2), random);
        List<AffiliationRow> affiliations = new ArrayList<>();
        for (int person : personRanks) {
            int employer = catalog.affiliations()[person];
            if (employer >= 0 && (organizationRanks.contains(employer) || random.nextInt(10) < 3)) {
                organizationRanks.add(employer);
                affiliations.add(new AffiliationRow(
                        catalog.people().get(person).id(),
                        catalog.organizations().get(employer).id(),
                        catalog.roles()[person]));
            }
        }
        List<EntityRow> cast = new ArrayList<>();
        List<EntityRow> peopleRows = new ArrayList<>();
        for (int rank : personRanks) {
            EntityRow person = catalog.people().get(rank);
            EntityRow row = new EntityRow(
                    person.id(), person.name(), person.aliases(), person.description(), null, 1 + random.nextInt(6));
            peopleRows.add(row);
            cast.add(row);
        }
        List<EntityRow> organizationRows = new ArrayList<>();
        for (int rank : organizationRanks) {
            EntityRow organization = catalog.organizations().get(rank);
            EntityRow row = new EntityRow(
                    organization.id(), organization.name(), organization.aliases(), null, null, 1 + random.nextInt(4));
            organizationRows.add(row);
            cast.add(row);
        }

        EntityRow lead = peopleRows.get(0);
        EntityRow subject = organizationRows.get(0);
        String noun = Syllables.pick(Syllables.NOUNS, random);
        String title = shortName(lead) + " and " + subject.name() + " clash over "
                + Syllables.pick(Syllables.ADJECTIVES, random) + " " + noun;
        String subtitle = "The " + noun + " " + Syllables.pick(Syllables.OPINIONS, random) + " by " + shortName(subject)
                + " is back before the council";
        String url = "https://" + site + "/" + index / 1000 + "/" + Ids.slug(title) + "-" + index;
        String articleId = Ids.article(url, null);

        Body body = new Body();
        List<QuoteRow> quotes = new ArrayList<>();
        int quoteCount = 15 + random.nextInt(11);
        for (int q = 0; q < quoteCount; q++) {
            if (q % 3 == 0 && q > 0) {
                body.paragraph();
            }
            if (random.nextInt(5) == 0) {
                body.sentence(filler(random), -1, -1);
            }
            quotes.add(quote(articleId, body, cast, peopleRows, organizationRows, random));
        }

        List<CommentRow> comments = new ArrayList<>();
        List<MentionRow> mentions = new ArrayList<>();
        thread(articleId, site, publisherIndex, cast, comments, mentions, random);

        String text = body.text();
        String contentHash = Ids.sha256(title + "\n" + subtitle + "\n" + text + "\n" + publisher.name() + "\n"
                + comments.stream()
                        .map(c -> c.number() + "|" + c.authorHandle() + "|" + c.text())
                        .collect(Collectors.joining("\n")));
        String publishedAt = FIRST_PUBLISHED
                .plusDays((long) index * 1460 / Math.max(1, spec.articles()))
                .toString();
        ArticleRow article = new ArticleRow(articleId, url, title, subtitle, publishedAt, text, contentHash, List.of());
        ArticleGraph graph = new ArticleGraph(
                article, publisher, peopleRows, organizationRows, quotes, affiliations, comments, mentions);
        return new GeneratedArticle(index, graph, FIRST_INGEST.plusSeconds(index));
    }

    private QuoteRow quote(
            String articleId,
            Body body,
            List<EntityRow> cast,
            List<EntityRow> peopleRows,
            List<EntityRow> organizationRows,
            SplittableRandom random) {
        int roll = random.nextInt(100);
        EntityRow speaker = roll < 88
                ? Syllables.pick(peopleRows, random)
                : roll < 94 ? Syllables.pick(organizationRows, random) : null;
        int aboutRoll = random.nextInt(10);
        int aboutCount = aboutRoll == 0 ? 0 : aboutRoll < 7 ? 1 : 2;
        Set<EntityRow> about = new LinkedHashSet<>();
        for (int tries = 0; about.size() < aboutCount && tries < 10; tries++) {
            EntityRow candidate = Syllables.pick(cast, random);
            if (candidate != speaker) {
                about.add(candidate);
            }
        }
        String words = quoteWords(about.isEmpty() ? null : about.iterator().next(), random);
        String cue = Syllables.pick(Syllables.CUES, random);
        String unnamedSource = speaker == null ? Syllables.pick(UNNAMED_SOURCES, random) : null;
        String speakerName =
                speaker == null ? unnamedSource : random.nextBoolean() ? speaker.name() : shortName(speaker);
        int kindRoll = random.nextInt(100);
        String kind = kindRoll < 55 ? "DIRECT" : kindRoll < 75 ? "PARTIAL" : "INDIRECT";
        if (kind.equals("DIRECT")) {
            words = Syllables.capitalized(words);
        }
        int[] span = switch (kind) {
            case "DIRECT" -> body.sentence("“" + words + ",” " + cue + " " + speakerName + ".", 1, 1 + words.length());
            case "PARTIAL" ->
                body.sentence(
                        Syllables.capitalized(speakerName) + " called it “" + words + "”.",
                        speakerName.length() + 12,
                        speakerName.length() + 12 + words.length());
            default ->
                body.sentence(
                        Syllables.capitalized(speakerName) + " " + cue + " that " + words + ".",
                        speakerName.length() + cue.length() + 7,
                        speakerName.length() + cue.length() + 7 + words.length());
        };
        double confidence = kind.equals("DIRECT") ? 0.9 + random.nextInt(10) / 100.0 : 0.6 + random.nextInt(30) / 100.0;
        return new QuoteRow(
                Ids.quote(articleId, kind, span[0], span[1]),
                words,
                kind,
                kind.equals("PARTIAL") ? "called" : cue,
                body.lastSentence(),
                span[0],
                span[1],
                confidence,
                speaker == null ? null : speaker.id(),
                about.stream().map(EntityRow::id).toList(),
                unnamedSource);
    }

    private static String quoteWords(EntityRow about, SplittableRandom random) {
        String noun = Syllables.pick(Syllables.NOUNS, random);
        String adjective = Syllables.pick(Syllables.ADJECTIVES, random);
        String verb = Syllables.pick(Syllables.VERBS, random);
        if (about != null && random.nextBoolean()) {
            return shortName(about) + " has " + Syllables.pick(Syllables.OPINIONS, random) + " the " + adjective + " "
                    + noun + " and we will " + verb + " it before the " + Syllables.pick(Syllables.NOUNS, random);
        }
        return "we will " + verb + " the " + adjective + " " + noun + " before the "
                + Syllables.pick(Syllables.NOUNS, random) + " is " + Syllables.pick(Syllables.OPINIONS, random);
    }

    private static String filler(SplittableRandom random) {
        return "The " + Syllables.pick(Syllables.ADJECTIVES, random) + " " + Syllables.pick(Syllables.NOUNS, random)
                + " was first discussed in " + (1990 + random.nextInt(34)) + ", when the "
                + Syllables.pick(Syllables.NOUNS, random) + " was still " + Syllables.pick(Syllables.ADJECTIVES, random)
                + ".";
    }

    /**
     * A comment thread of 8 to 22 comments; about 45% are replies (at most two levels deep), numbered as the
     * text format numbers them (1, 1.1, 1.1.1, 2, ...) and listed in thread order.
     */
    private void thread(
            String articleId,
            String site,
            int publisherIndex,
            List<EntityRow> cast,
            List<CommentRow> comments,
            List<MentionRow> mentions,
            SplittableRandom random) {
        int count = 8 + random.nextInt(15);
        List<ThreadNode> created = new ArrayList<>();
        List<ThreadNode> roots = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            ThreadNode parent = null;
            if (!created.isEmpty() && random.nextInt(100) < 45) {
                ThreadNode candidate = created.get(Math.max(0, created.size() - 1 - random.nextInt(5)));
                parent = candidate.depth < 2 ? candidate : candidate.parent;
            }
            ThreadNode node = new ThreadNode(parent, parent == null ? 0 : parent.depth + 1);
            (parent == null ? roots : parent.replies).add(node);
            created.add(node);
        }
        List<Catalog.Commenter> readers = catalog.commenters().get(publisherIndex);
        List<ThreadNode> ordered = new ArrayList<>();
        number(roots, "", ordered);
        for (ThreadNode node : ordered) {
            node.id = Ids.comment(articleId, node.number);
            Catalog.Commenter author = readers.get(commenters.next(random));
            boolean spam = random.nextInt(100) < 3;
            int mentionRoll = random.nextInt(100);
            int mentionCount = spam ? 0 : mentionRoll < 50 ? 0 : mentionRoll < 85 ? 1 : 2;
            Set<EntityRow> mentioned = new LinkedHashSet<>();
            for (int m = 0; m < mentionCount; m++) {
                mentioned.add(Syllables.pick(cast, random));
            }
            String text = spam
                    ? "Cheap " + Syllables.pick(Syllables.NOUNS, random) + " offers at "
                            + Syllables.pick(Syllables.HANDLE_WORDS, random) + "-deals.example, click now"
                    : commentText(mentioned, random);
            comments.add(new CommentRow(
                    node.id,
                    node.number,
                    node.parent == null ? null : node.parent.id,
                    text,
                    spam,
                    comments.size(),
                    author.id(),
                    author.handle(),
                    site));
            for (EntityRow entity : mentioned) {
                mentions.add(new MentionRow(node.id, entity.id()));
            }
        }
    }

    private static String commentText(Set<EntityRow> mentioned, SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (EntityRow entity : mentioned) {
            text.append(shortName(entity))
                    .append(" ")
                    .append(Syllables.pick(Syllables.OPINIONS, random))
                    .append(" the ")
                    .append(Syllables.pick(Syllables.NOUNS, random))
                    .append(". ");
        }
        text.append("I would ")
                .append(Syllables.pick(Syllables.VERBS, random))
                .append(" the ")
                .append(Syllables.pick(Syllables.ADJECTIVES, random))
                .append(" ")
                .append(Syllables.pick(Syllables.NOUNS, random))
                .append(" before anyone asks for more money.");
        return text.toString();
    }

    private static void number(List<ThreadNode> siblings, String prefix, List<ThreadNode> ordered) {
        for (int i = 0; i < siblings.size(); i++) {
            ThreadNode node = siblings.get(i);
            node.number = prefix + (i + 1);
            ordered.add(node);
            number(node.replies, node.number + ".", ordered);
        }
    }

    private static Set<Integer> distinct(Zipf zipf, int count, SplittableRandom random) {
        Set<Integer> ranks = new LinkedHashSet<>();
        int wanted = Math.min(count, zipf.size());
        while (ranks.size() < wanted) {
            ranks.add(zipf.next(random));
        }
        return ranks;
    }

    /** The alias a text uses after the first mention: a family name, an acronym, else the name. */
    static String shortName(EntityRow entity) {
        return entity.aliases().isEmpty() ? entity.name() : entity.aliases().get(0);
    }

    private static final class ThreadNode {
        final ThreadNode parent;
        final int depth;
        final List<ThreadNode> replies = new ArrayList<>();
        String number;
        String id;

        ThreadNode(ThreadNode parent, int depth) {
            this.parent = parent;
            this.depth = depth;
        }
    }

    /** The body text being written, paragraph by paragraph, keeping offsets of what was put in it. */
    private static final class Body {
        private final StringBuilder text = new StringBuilder();
        private boolean paragraphOpen;
        private String lastSentence = "";

        void paragraph() {
            paragraphOpen = false;
        }

        /** Appends a sentence and returns the span [from, to) given relative to it, made absolute. */
        int[] sentence(String sentence, int from, int to) {
            if (text.length() > 0) {
                text.append(paragraphOpen ? " " : "\n\n");
            }
            paragraphOpen = true;
            int start = text.length();
            text.append(sentence);
            lastSentence = sentence;
            return new int[] {start + from, start + to};
        }

        String lastSentence() {
            return lastSentence;
        }

        String text() {
            return text.toString();
        }
    }
}
