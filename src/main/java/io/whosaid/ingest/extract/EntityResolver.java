package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns name runs into entities, once per article however each is written. Full names are gathered first
 * ("Vladimir V. Putin" and "Vladimir Putin" are one person: same surname, compatible first names); then every
 * run is read in text order, and a surname alone ("Putin", "Mr. Putin") goes to the person with that surname
 * mentioned most recently, so two Bergs stay two people and a bare "Berg" means the last one talked about.
 * Acronyms join the organization whose initials they spell ("OSCE").
 */
final class EntityResolver {

    private static final Set<String> NP_END =
            Set.of("of", "for", "at", "in", "on", "with", "who", "that", "which", "whose", "from", "to", "and");
    private static final Set<String> INITIALS_SKIP = Set.of("of", "for", "and", "the", "in", "on", "&", "at", "to");

    private final Lexicon lexicon;

    private final PersonEvidence personEvidence;

    EntityResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.personEvidence = new PersonEvidence(lexicon);
    }

    EntityTable resolve(ArticleText doc, List<NameCandidate> candidates) {
        EntityTable table = new EntityTable(doc.size());
        Map<NameCandidate, EntityDraft> fullPerson = new HashMap<>();
        Map<String, EntityDraft> surnameOnly = new HashMap<>();

        candidates = withoutUnshownPeople(doc, reclassifyOrganizations(doc, candidates));
        // Title Case headlines capitalise every word: their runs may name someone the body names, nothing more.
        List<NameCandidate> discovering = new ArrayList<>(candidates.size());
        for (NameCandidate c : candidates) {
            if (!doc.inTitleCaseHeader(c.first())) {
                discovering.add(c);
            }
        }
        // Pass 1: organizations, long names first so "the Rovers" can join "Harwick Rovers"; then people.
        for (NameCandidate c : discovering) {
            if (c.kind() == NameCandidate.Kind.ORGANIZATION && c.nameLength() >= 2) {
                String name = doc.tokenText(c.nameFirst(), c.end());
                if (table.organizationNamed(name) == null) {
                    table.newEntity(EntityType.ORGANIZATION, name, nameWords(doc, c.nameFirst(), c.end()));
                }
            }
        }
        mergeShortenedOrganizations(table);
        for (NameCandidate c : discovering) {
            if (c.kind() == NameCandidate.Kind.ORGANIZATION && c.nameLength() == 1) {
                String name = doc.token(c.nameFirst()).text();
                if (table.organizationNamed(name) == null) {
                    EntityDraft whole = organizationWithWord(table, Lexicon.fold(name));
                    if (whole != null) {
                        table.nameOrganization(name, whole);
                    } else {
                        table.newEntity(EntityType.ORGANIZATION, name, List.of(Lexicon.fold(name)));
                    }
                }
            }
        }
        for (NameCandidate c : discovering) {
            if (c.kind() == NameCandidate.Kind.PERSON && !c.surnameOnly(doc)) {
                List<String> words = nameWords(doc, c.nameFirst(), c.end());
                String name = doc.tokenText(c.nameFirst(), c.end());
                EntityDraft match = null;
                for (EntityDraft p : table.entities) {
                    if (p.isPerson() && p.words.size() >= 2 && compatible(p.words, words)) {
                        match = p;
                        break;
                    }
                }
                if (match == null) {
                    match = table.newEntity(EntityType.PERSON, name, words);
                    match.learnGender(
                            lexicon.genderOfGivenName(doc.token(c.nameFirst()).text()));
                } else if (words.size() > match.words.size()) {
                    match.addAlias(match.name);
                    match.name = name;
                    match.words = words;
                }
                fullPerson.put(c, match);
            }
        }
        // Pass 1b: a surname with a title and no full name anywhere ("Mr. Biden") is a person of its own.
        for (NameCandidate c : discovering) {
            if (c.kind() == NameCandidate.Kind.PERSON && c.surnameOnly(doc)) {
                String surname = Lexicon.fold(doc.token(c.end() - 1).text());
                if (personsWithSurname(table, surname).isEmpty() && !surnameOnly.containsKey(surname)) {
                    String name = doc.tokenText(c.nameFirst(), c.end());
                    surnameOnly.put(surname, table.newEntity(EntityType.PERSON, name, List.of(surname)));
                }
            }
        }
        // Pass 1c: "Microsoft says …": one capitalised word that speaks and is no one's surname is an organization.
        for (NameCandidate c : discovering) {
            if (c.kind() == NameCandidate.Kind.UNKNOWN && c.nameLength() == 1 && speaksAlone(doc, c)) {
                String name = doc.token(c.nameFirst()).text();
                String folded = Lexicon.fold(name);
                if (personsWithSurname(table, folded).isEmpty()
                        && !surnameOnly.containsKey(folded)
                        && table.organizationNamed(name) == null
                        && organizationWithWord(table, folded) == null
                        && !lexicon.isGivenName(name)
                        && !lexicon.isWideGivenName(name)
                        && !lexicon.isPlace(name)
                        && lexicon.country(name) == null
                        && !doc.isLowerCaseSomewhere(doc.token(c.nameFirst()).lower())
                        && !lexicon.isRoleNoun(name.endsWith("s") ? name.substring(0, name.length() - 1) : name)
                        && !writtenAsAPlace(doc, name)) {
                    table.newEntity(EntityType.ORGANIZATION, name, List.of(folded));
                }
            }
        }
        // Pass 1d: acronyms find their organization by initials, or a parenthesis right after its name.
        for (NameCandidate c : discovering) {
            if (c.kind() == NameCandidate.Kind.ACRONYM) {
                String acronym = doc.token(c.nameFirst()).text();
                if (table.organizationNamed(acronym) != null) {
                    continue;
                }
                EntityDraft org = spelledBy(table, acronym);
                if (org == null) {
                    org = parentheticalOwner(doc, table, c);
                }
                if (org != null) {
                    table.nameOrganization(acronym, org);
                } else if (isShouted(doc, acronym)) {
                    continue; // "ALL", "UNLESS": a word written in capitals for emphasis, not an acronym
                } else {
                    table.newEntity(EntityType.ORGANIZATION, acronym, List.of(Lexicon.fold(acronym)));
                }
            }
        }

        // Pass 2: every run in text order becomes a mention.
        for (NameCandidate c : candidates) {
            if (doc.inTitleCaseHeader(c.first())) {
                if (c.nameLength() <= 0) {
                    continue; // a title with no name after it ("Senior Lecturer" as a heading) names nobody
                }
                EntityDraft known = knownByName(doc, table, c);
                if (known != null) {
                    recordMention(doc, table, c, known);
                } else {
                    headlineWords(doc, table, c);
                }
                continue;
            }
            EntityDraft e = switch (c.kind()) {
                case PERSON -> !c.surnameOnly(doc) ? fullPerson.get(c) : bySurname(doc, table, c, surnameOnly);
                case ORGANIZATION -> table.organizationNamed(doc.tokenText(c.nameFirst(), c.end()));
                case ACRONYM -> table.organizationNamed(doc.token(c.nameFirst()).text());
                case UNKNOWN -> bySurname(doc, table, c, surnameOnly);
                case TITLE_ONLY -> null;
            };
            if (c.kind() == NameCandidate.Kind.TITLE_ONLY) {
                table.titlesOnly.put(c.first(), c);
                continue;
            }
            if (e == null) {
                if (c.kind() == NameCandidate.Kind.UNKNOWN) {
                    table.unresolved.put(c.nameFirst(), c);
                }
                continue;
            }
            recordMention(doc, table, c, e);
        }
        return table;
    }

    /** "Hale Says Ferry Plan Will Sink": a headline runs names into other capitalised words; find them word by word. */
    private static void headlineWords(ArticleText doc, EntityTable table, NameCandidate c) {
        for (int k = c.first(); k < c.end(); k++) {
            String word = Lexicon.fold(doc.token(k).text());
            EntityDraft hit = table.organizationNamed(doc.token(k).text());
            if (hit == null) {
                for (EntityDraft p : table.entities) {
                    if (p.isPerson() && p.words.size() >= 2 && p.surname().equals(word)) {
                        hit = p;
                        break;
                    }
                }
            }
            if (hit != null) {
                boolean possessive = k + 1 < doc.size() && doc.token(k + 1).kind() == Token.Kind.POSSESSIVE;
                table.add(new Mention(k, k + 1, hit, Mention.Kind.NAME, possessive));
            }
        }
    }

    /** In a headline: the entity a run names, if the body introduced it ("Putin’s Next Move"), else null. */
    private EntityDraft knownByName(ArticleText doc, EntityTable table, NameCandidate c) {
        String name = doc.tokenText(c.nameFirst(), c.end());
        EntityDraft org = table.organizationNamed(name);
        if (org != null) {
            return org;
        }
        List<String> words = nameWords(doc, c.nameFirst(), c.end());
        for (EntityDraft p : table.entities) {
            if (p.isPerson()
                    && (words.size() >= 2
                            ? compatible(p.words, words)
                            : p.surname().equals(words.get(0)))) {
                return p;
            }
        }
        return null;
    }

    /**
     * The organization of several words that "the X" stands for: one ending with X ("Harwick Rovers" for "the
     * Rovers") or else one containing it ("the Council" for "Council of Baltic States"), if only one does.
     */
    private static EntityDraft organizationWithWord(EntityTable table, String word) {
        EntityDraft containing = null;
        int containingCount = 0;
        for (EntityDraft e : table.entities) {
            if (e.type != EntityType.ORGANIZATION || e.words.size() < 2) {
                continue;
            }
            if (e.surname().equals(word)) {
                return e;
            }
            if (e.words.contains(word)) {
                containing = e;
                containingCount++;
            }
        }
        return containingCount == 1 ? containing : null;
    }

    private static EntityDraft organizationWithLastWord(EntityTable table, String word) {
        EntityDraft found = null;
        for (EntityDraft e : table.entities) {
            if (e.type == EntityType.ORGANIZATION
                    && e.words.size() >= 2
                    && e.surname().equals(word)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * The company whose name starts with this word ("Corvane" for "Corvane Systems"), if only one does. Only
     * companies: "Brackwater" alone is the town, not the Brackwater Municipal Water Authority.
     */
    private static EntityDraft organizationStartingWith(EntityTable table, String word) {
        EntityDraft found = null;
        for (EntityDraft e : table.entities) {
            if (e.type == EntityType.ORGANIZATION
                    && e.words.size() >= 2
                    && e.words.get(0).equals(word)
                    && OrganizationReferences.corporate().contains(e.surname())) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** "Hallberg Institute" after "Hallberg Institute for Astrophysics" is the same institute, shortened. */
    private static void mergeShortenedOrganizations(EntityTable table) {
        for (EntityDraft part : new ArrayList<>(table.entities)) {
            if (part.type != EntityType.ORGANIZATION || part.words.size() < 2) {
                continue;
            }
            for (EntityDraft whole : table.entities) {
                if (whole != part
                        && whole.type == EntityType.ORGANIZATION
                        && whole.words.size() > part.words.size()
                        && whole.words.subList(0, part.words.size()).equals(part.words)) {
                    table.mergeOrganization(part, whole);
                    break;
                }
            }
        }
    }

    /**
     * Two or three capitalised words with no title could be a person or an organization ("Voltaria Cells",
     * "Harwick Rovers"). They are a person when the first word is a known given name or the last word is used
     * with a courtesy title elsewhere ("Mr. Rovers"); otherwise an organization when the article calls the last
     * word "the X", sets a kind-of-organization noun after the name (", the battery maker,"), or the last word is
     * a plural.
     */
    private List<NameCandidate> reclassifyOrganizations(ArticleText doc, List<NameCandidate> candidates) {
        List<NameCandidate> out = new ArrayList<>(candidates.size());
        for (NameCandidate c : candidates) {
            boolean unknownCompany = c.kind() == NameCandidate.Kind.UNKNOWN && kindNounAfter(doc, c.end());
            if (unknownCompany
                    || c.kind() == NameCandidate.Kind.PERSON
                            && !c.surnameOnly(doc)
                            && !c.hasTitle()
                            && !c.honorific()
                            && looksLikeOrganization(doc, c, candidates)) {
                out.add(new NameCandidate(
                        c.first(),
                        c.end(),
                        -1,
                        -1,
                        c.nameFirst(),
                        NameCandidate.Kind.ORGANIZATION,
                        null,
                        null,
                        Gender.UNKNOWN,
                        false,
                        false,
                        c.possessive()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Full-name runs the article never shows to be a person are left out: no node is better than a wrong one. */
    private List<NameCandidate> withoutUnshownPeople(ArticleText doc, List<NameCandidate> candidates) {
        Set<NameCandidate> shown = personEvidence.shownPeople(doc, candidates);
        List<NameCandidate> out = new ArrayList<>(candidates.size());
        for (NameCandidate c : candidates) {
            boolean person = c.kind() == NameCandidate.Kind.PERSON && !c.surnameOnly(doc);
            if (person && !personEvidence.selfEvident(doc, c) && startsWithPlace(doc, c)) {
                // "Toronto Star", "the Oslo Ledger reported": a place, then a noun, is something the place has (a
                // paper, a team, an agency), even when it speaks
                out.add(new NameCandidate(
                        c.first(),
                        c.end(),
                        -1,
                        -1,
                        c.nameFirst(),
                        NameCandidate.Kind.ORGANIZATION,
                        null,
                        null,
                        Gender.UNKNOWN,
                        false,
                        false,
                        c.possessive()));
            } else if (!person || shown.contains(c)) {
                out.add(c);
            } else if (namesAPlace(doc, c)) {
                // "Toronto Star", "Team Estonia", "Environment Canada": a place and a noun, not shown to be a
                // person, is what the place has (a paper, a team, an agency)
                out.add(new NameCandidate(
                        c.first(),
                        c.end(),
                        -1,
                        -1,
                        c.nameFirst(),
                        NameCandidate.Kind.ORGANIZATION,
                        null,
                        null,
                        Gender.UNKNOWN,
                        false,
                        false,
                        c.possessive()));
            }
        }
        return out;
    }

    private boolean startsWithPlace(ArticleText doc, NameCandidate c) {
        String w = doc.token(c.nameFirst()).text();
        return c.nameLength() >= 2 && (lexicon.isPlace(w) || lexicon.country(w) != null);
    }

    private boolean namesAPlace(ArticleText doc, NameCandidate c) {
        for (int k = c.nameFirst(); k < c.end(); k++) {
            String w = doc.token(k).text();
            if (lexicon.isPlace(w) || lexicon.country(w) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean looksLikeOrganization(ArticleText doc, NameCandidate c, List<NameCandidate> candidates) {
        if (lexicon.isGivenName(doc.token(c.nameFirst()).text())) {
            return false;
        }
        String last = Lexicon.fold(doc.token(c.end() - 1).text());
        String whole = Lexicon.fold(doc.tokenText(c.nameFirst(), c.end()));
        boolean theLast = false;
        boolean speaksAlone = false;
        for (NameCandidate o : candidates) {
            if (o.kind() == NameCandidate.Kind.ORGANIZATION
                    && o.nameLength() > c.nameLength()
                    && Lexicon.fold(doc.tokenText(o.nameFirst(), o.end())).startsWith(whole + " ")) {
                return true; // "Saint Aldric" for "Saint Aldric Hospital"
            }
            if (o.nameLength() != 1
                    || !Lexicon.fold(doc.token(o.nameFirst()).text()).equals(last)) {
                continue;
            }
            if (o.kind() == NameCandidate.Kind.PERSON) {
                return false;
            }
            theLast |= o.kind() == NameCandidate.Kind.ORGANIZATION;
            speaksAlone |= o.kind() == NameCandidate.Kind.UNKNOWN
                    && o.end() < doc.size()
                    && doc.token(o.end()).isWord()
                    && lexicon.cue(doc.token(o.end()).text()) != null;
        }
        if (theLast || kindNounAfter(doc, c.end())) {
            return true;
        }
        if (speaksAlone) {
            return false; // "Reyes said": a surname used alone as a speaker
        }
        return last.length() > 3
                && last.endsWith("s")
                && !last.endsWith("ss")
                && !last.endsWith("us")
                && !last.endsWith("is")
                && !last.endsWith("os");
    }

    /** ", the battery maker," right after a name: the apposition's head is a kind of organization. */
    private boolean kindNounAfter(ArticleText doc, int k) {
        if (k + 2 >= doc.size() || !doc.token(k).is(",")) {
            return false;
        }
        Token det = doc.token(k + 1);
        if (!(det.is("a") || det.is("an") || det.is("the"))) {
            return false;
        }
        int j = k + 2;
        // The apposition's head is its last word before any preposition: "the head of the fishing cooperative"
        // is a head (a person), "a fast-growing mobile payments start-up" a company.
        while (j < doc.size()
                && doc.token(j).isWord()
                && j - k < 8
                && !NP_END.contains(doc.token(j).text())) {
            j++;
        }
        return j > k + 2 && lexicon.isOrgNoun(doc.token(j - 1).text());
    }

    private void recordMention(ArticleText doc, EntityTable table, NameCandidate c, EntityDraft e) {
        String bare = doc.tokenText(c.nameFirst(), c.end());
        if (!bare.equals(e.name)) {
            e.addAlias(bare);
        }
        if (c.honorific()) {
            e.addAlias(doc.tokenText(c.first(), c.end()));
        } else if (c.hasTitle() && c.nameLength() == 1) {
            e.addAlias(doc.tokenText(c.titleFirst(), c.end()));
        }
        if (e.isPerson()) {
            e.learnGender(c.gender());
            table.candidateAtName.put(c.nameFirst(), c);
        }
        table.add(new Mention(
                c.nameFirst() > c.first() && !e.isPerson() ? c.nameFirst() : c.first(),
                c.end(),
                e,
                Mention.Kind.NAME,
                c.possessive()));
    }

    /** The person a lone surname means: the one of that surname mentioned last, else the first introduced later. */
    private EntityDraft bySurname(
            ArticleText doc, EntityTable table, NameCandidate c, Map<String, EntityDraft> surnameOnly) {
        String word = doc.token(c.end() - 1).text();
        String surname = Lexicon.fold(word);
        int space = surname.lastIndexOf(' ');
        if (space >= 0) {
            surname = surname.substring(space + 1); // "al-Assad" → "assad"
        }
        List<EntityDraft> sharing = personsWithSurname(table, surname);
        if (sharing.isEmpty()) {
            EntityDraft only = surnameOnly.get(surname);
            if (only != null) {
                return only;
            }
            if (c.kind() == NameCandidate.Kind.UNKNOWN) {
                EntityDraft org = table.organizationNamed(word);
                if (org == null && !lexicon.isOrgHead(word)) {
                    org = organizationWithLastWord(table, Lexicon.fold(word)); // "the Rovers board"
                }
                return org != null ? org : organizationStartingWith(table, Lexicon.fold(word));
            }
            return null;
        }
        Gender hinted = c.gender() != Gender.UNKNOWN ? c.gender() : pronounAfter(doc, c.end());
        Gender gender = sharing.stream().anyMatch(p -> p.gender.compatibleWith(hinted)) ? hinted : Gender.UNKNOWN;
        EntityDraft lastMentioned = null;
        EntityDraft firstIntroduced = null;
        for (EntityDraft p : sharing) {
            if (!p.gender.compatibleWith(gender)) {
                continue;
            }
            if (p.lastMentionToken >= 0
                    && p.lastMentionToken < c.first()
                    && (lastMentioned == null || p.lastMentionToken > lastMentioned.lastMentionToken)) {
                lastMentioned = p;
            }
            if (firstIntroduced == null || p.order < firstIntroduced.order) {
                firstIntroduced = p;
            }
        }
        if (lastMentioned != null) {
            return lastMentioned;
        }
        return firstIntroduced != null ? firstIntroduced : sharing.get(0);
    }

    /**
     * "a phrase Varga used in one of her letters": a "her" or "his" soon after a bare surname, with no other name
     * between, tells which of two people sharing the surname is meant.
     */
    private static Gender pronounAfter(ArticleText doc, int k) {
        Sentence s = doc.sentenceOf(k - 1);
        for (int j = k; j < s.endToken() && j < k + 12; j++) {
            Token t = doc.token(j);
            if (t.isCapitalized() || t.isQuoteMark()) {
                return Gender.UNKNOWN;
            }
            Gender g = Discourse.pronounGender(t);
            if (g != null) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    private static List<EntityDraft> personsWithSurname(EntityTable table, String surname) {
        List<EntityDraft> list = new ArrayList<>(2);
        for (EntityDraft p : table.entities) {
            if (p.isPerson() && p.words.size() >= 2 && p.surname().equals(surname)) {
                list.add(p);
            }
        }
        return list;
    }

    /** Folded name words without suffixes ("Jr.") and with "al-Assad" kept as its last word "assad". */
    private static List<String> nameWords(ArticleText doc, int from, int to) {
        List<String> words = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            Token t = doc.token(k);
            if (!t.isWord() || (k > from && NameFinder.isSuffix(t.text()))) {
                continue;
            }
            for (String part : Lexicon.fold(t.text()).split(" ")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    /** Same surname, and first names equal or one the other's initial; middle names may differ or be missing. */
    static boolean compatible(List<String> a, List<String> b) {
        if (!a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        String fa = a.get(0);
        String fb = b.get(0);
        if (fa.length() == 1 || fb.length() == 1) {
            return fa.charAt(0) == fb.charAt(0);
        }
        return fa.equals(fb) || fa.equals(NICKNAMES.get(fb)) || fb.equals(NICKNAMES.get(fa));
    }

    /**
     * Common English short forms of given names: within one article "Larry Lessig" and "Lawrence Lessig" are one
     * person. Across articles names are not joined by this list (a different first name stays apart there).
     */
    private static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("larry", "lawrence"),
            Map.entry("bill", "william"),
            Map.entry("will", "william"),
            Map.entry("bob", "robert"),
            Map.entry("rob", "robert"),
            Map.entry("jim", "james"),
            Map.entry("mike", "michael"),
            Map.entry("tom", "thomas"),
            Map.entry("dick", "richard"),
            Map.entry("rick", "richard"),
            Map.entry("joe", "joseph"),
            Map.entry("tony", "anthony"),
            Map.entry("dave", "david"),
            Map.entry("chris", "christopher"),
            Map.entry("dan", "daniel"),
            Map.entry("ed", "edward"),
            Map.entry("ben", "benjamin"),
            Map.entry("sam", "samuel"),
            Map.entry("steve", "stephen"),
            Map.entry("nick", "nicholas"),
            Map.entry("pat", "patrick"),
            Map.entry("kate", "katherine"),
            Map.entry("liz", "elizabeth"),
            Map.entry("jenny", "jennifer"),
            Map.entry("alex", "alexander"),
            Map.entry("andy", "andrew"),
            Map.entry("matt", "matthew"),
            Map.entry("greg", "gregory"),
            Map.entry("jeff", "jeffrey"),
            Map.entry("ted", "edward"),
            Map.entry("peggy", "margaret"));

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "to", "across", "throughout");

    /** "in Valdoria", "across Estmark": the article writes the word where a place goes. */
    private static boolean writtenAsAPlace(ArticleText doc, String word) {
        for (int k = 1; k < doc.size(); k++) {
            if (doc.token(k).text().equals(word)
                    && PLACE_PREPOSITIONS.contains(doc.token(k - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Microsoft says", "Reuters reported": the word is a speech verb's subject, outside any quotation. */
    private boolean speaksAlone(ArticleText doc, NameCandidate c) {
        int after = c.end();
        return after < doc.size()
                && !doc.inQuote(c.first())
                && doc.token(after).isWord()
                && lexicon.cue(doc.token(after).lower()) != null;
    }

    private boolean isShouted(ArticleText doc, String acronym) {
        String lower = acronym.toLowerCase(java.util.Locale.ROOT);
        return lower.length() >= 3 && (lexicon.isCommonWord(lower) || doc.isLowerCaseSomewhere(lower));
    }

    private static EntityDraft spelledBy(EntityTable table, String acronym) {
        String letters = acronym.replace(".", "").replace("&", "");
        for (EntityDraft e : table.entities) {
            if (e.type != EntityType.ORGANIZATION || e.words.size() < 2) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (String w : e.name.split("[\\s\\-]+")) {
                if (!w.isEmpty() && !INITIALS_SKIP.contains(w.toLowerCase()) && Character.isLetter(w.charAt(0))) {
                    initials.append(Character.toUpperCase(w.charAt(0)));
                }
            }
            if (initials.toString().equals(letters)) {
                return e;
            }
        }
        return null;
    }

    /** "the Organization for Security and Cooperation in Europe (OSCE)": the acronym right after, in parentheses. */
    private static EntityDraft parentheticalOwner(ArticleText doc, EntityTable table, NameCandidate c) {
        int k = c.first();
        if (k < 2 || !doc.token(k - 1).is("(")) {
            return null;
        }
        for (int j = k - 2; j >= Math.max(0, k - 12); j--) {
            Token t = doc.token(j);
            if (!t.isWord()) {
                break;
            }
            EntityDraft org = table.organizationNamed(doc.tokenText(j, k - 1));
            if (org != null) {
                return org;
            }
        }
        return null;
    }
}
