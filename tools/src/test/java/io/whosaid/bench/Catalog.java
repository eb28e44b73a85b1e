package io.whosaid.bench;

import io.whosaid.ingest.resolve.ArticleGraph.EntityRow;
import io.whosaid.ingest.resolve.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Everything articles refer to, in popularity order (index 0 is the most written-about): people,
 * organizations, publishers with their sites, each site's commenters, and who works where.
 *
 * @param people        people, most popular first
 * @param organizations organizations (not publishers), most popular first
 * @param publishers    publishers (Organizations of kind "publisher")
 * @param sites         the web site of each publisher, by publisher index
 * @param commenters    each site's regular readers, most active first, by publisher index
 * @param affiliations  the organization index each person works for, or -1, by person index
 * @param roles         the role of each affiliation, by person index (null when none)
 */
public record Catalog(
        List<EntityRow> people,
        List<EntityRow> organizations,
        List<EntityRow> publishers,
        List<String> sites,
        List<List<Commenter>> commenters,
        int[] affiliations,
        String[] roles) {

    /** A reader's handle on one site, with the id the service gives it. */
    public record Commenter(String id, String handle, String site) {}

    static Catalog generate(CorpusSpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        Set<String> ids = new HashSet<>();
        // Names are drawn until unique; the tables are sized for millions, and the guard says so if not.
        int maxDraws = 100
                * (spec.people()
                        + spec.organizations()
                        + spec.publishers()
                        + spec.publishers() * spec.commentersPerSite());
        int draws = 0;

        List<EntityRow> people = new ArrayList<>(spec.people());
        while (people.size() < spec.people()) {
            if (++draws > maxDraws) {
                throw new IllegalStateException("The name tables are too small for " + spec.articles() + " articles");
            }
            String given = Syllables.givenName(random);
            String family = Syllables.familyName(random);
            String name = given + " " + family;
            String id = Ids.person(name);
            if (!ids.add(id)) {
                continue;
            }
            String description = random.nextInt(10) < 4
                    ? "a " + Syllables.pick(Syllables.ROLES, random) + " from " + Syllables.place(random)
                    : null;
            people.add(new EntityRow(id, name, List.of(family), description, null, 0));
        }

        List<EntityRow> organizations = new ArrayList<>(spec.organizations());
        while (organizations.size() < spec.organizations()) {
            if (++draws > maxDraws) {
                throw new IllegalStateException("The name tables are too small for " + spec.articles() + " articles");
            }
            String qualifier = Syllables.pick(Syllables.ORG_QUALIFIERS, random);
            String name = (qualifier.isEmpty() ? "" : qualifier + " ") + Syllables.place(random) + " "
                    + Syllables.pick(Syllables.ORG_KINDS, random);
            String id = Ids.organization(name);
            if (!ids.add(id)) {
                continue;
            }
            String acronym = Syllables.acronym(name);
            organizations.add(
                    new EntityRow(id, name, acronym.length() >= 2 ? List.of(acronym) : List.of(), null, null, 0));
        }

        List<EntityRow> publishers = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        while (publishers.size() < spec.publishers()) {
            if (++draws > maxDraws) {
                throw new IllegalStateException("The name tables are too small for " + spec.articles() + " articles");
            }
            String place = Syllables.place(random);
            String kind = Syllables.pick(Syllables.PUBLISHER_KINDS, random);
            String name = "The " + place + " " + kind;
            String id = Ids.organization(name);
            if (!ids.add(id)) {
                continue;
            }
            publishers.add(new EntityRow(id, name, List.of(), null, "publisher", 0));
            sites.add(Ids.slug(place + " " + kind) + ".example");
        }

        List<List<Commenter>> commenters = new ArrayList<>();
        for (String site : sites) {
            List<Commenter> readers = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            while (readers.size() < spec.commentersPerSite()) {
                if (++draws > maxDraws) {
                    throw new IllegalStateException(
                            "The name tables are too small for " + spec.articles() + " articles");
                }
                String handle = Syllables.handle(random);
                String id = Ids.commenter(site, handle);
                if (seen.add(id)) {
                    readers.add(new Commenter(id, handle, site));
                }
            }
            commenters.add(readers);
        }

        Zipf organizationPopularity = new Zipf(organizations.size(), CorpusGenerator.ORGANIZATION_EXPONENT);
        int[] affiliations = new int[people.size()];
        String[] roles = new String[people.size()];
        for (int person = 0; person < people.size(); person++) {
            if (random.nextInt(10) < 6) {
                affiliations[person] = organizationPopularity.next(random);
                roles[person] = Syllables.pick(Syllables.ROLES, random);
            } else {
                affiliations[person] = -1;
            }
        }
        return new Catalog(people, organizations, publishers, sites, commenters, affiliations, roles);
    }

    /** How many commenter nodes the corpus can have at most. */
    public int commenterCount() {
        return commenters.stream().mapToInt(List::size).sum();
    }
}
