package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what people do from the way the article introduces them, and names organizations set off after a
 * kind-of-organization noun. Patterns:
 * <ul>
 *   <li>a title before the name: "Deputy Foreign Minister Sergei Ivanov", "President X of Ruritania";</li>
 *   <li>an apposition after the name: "X, director of the Y Center", "X, the founder of a firm, Acme";</li>
 *   <li>a relative clause: "X, who heads the Y Institute";</li>
 *   <li>a role before the name: "the Kremlin's spokesman, Mr. X", "Mr. A's spokesman, B", "Kremlin spokesman X".</li>
 * </ul>
 * Each gives an affiliation (with the organization when one is named), a descriptor for later back-references,
 * and the person's description if none was read before.
 */
final class RoleFinder {

    /** One role read from the text, before keys exist. */
    record Role(EntityDraft person, EntityDraft org, String role) {}

    private static final Set<String> APPOSITION_END = Set.of(",", ";", ")", "(", "—", "–", ".", "?", "!", ":");
    private static final Set<String> NP_BOUNDARY = Set.of(
            "of", "at", "for", "with", "who", "that", "which", "whose", "in", "from", "on", "since", "and", "to",
            "whom", "where", "when");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Map<String, String> RELATIVE_ROLES = Map.ofEntries(
            Map.entry("heads", "head"),
            Map.entry("headed", "head"),
            Map.entry("runs", "head"),
            Map.entry("ran", "head"),
            Map.entry("leads", "leader"),
            Map.entry("led", "leader"),
            Map.entry("directs", "director"),
            Map.entry("directed", "director"),
            Map.entry("chairs", "chair"),
            Map.entry("chaired", "chair"),
            Map.entry("founded", "founder"),
            Map.entry("co-founded", "co-founder"),
            Map.entry("manages", "manager"),
            Map.entry("owns", "owner"),
            Map.entry("oversees", "head"),
            Map.entry("coaches", "coach"),
            Map.entry("edits", "editor"),
            Map.entry("represents", "representative"));

    private final Lexicon lexicon;
    private final OrganizationReferences organizations;

    RoleFinder(Lexicon lexicon, OrganizationReferences organizations) {
        this.lexicon = lexicon;
        this.organizations = organizations;
    }

    List<Role> find(ArticleText doc, EntityTable table) {
        nameOrganizationsAfterKindNouns(doc, table);
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Mention m : new ArrayList<>(table.mentions())) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            if (m.entity().isPerson()) {
                fromTitle(doc, table, m, roles);
                fromPreApposition(doc, table, m, roles);
            }
            if (!m.possessive()) {
                fromApposition(doc, table, m, roles);
                if (m.entity().isPerson()) {
                    fromCopula(doc, table, m, roles);
                }
            }
        }
        return dropRolesRepeatedWithOrganization(roles);
    }

    private static void put(Map<String, Role> roles, Role r) {
        String key = r.person().order + "|" + (r.org() == null ? "-" : r.org().order) + "|"
                + r.role().toLowerCase();
        roles.putIfAbsent(key, r);
    }

    /** "the founder of a political analysis firm, R.Politik": the name after a kind-of-organization noun. */
    private void nameOrganizationsAfterKindNouns(ArticleText doc, EntityTable table) {
        for (NameCandidate c : new ArrayList<>(table.unresolved.values())) {
            int k = c.first();
            if (k < 2) {
                continue;
            }
            boolean afterComma = doc.token(k - 1).is(",") && endsWithOrgNoun(doc, k - 1);
            boolean afterCalled =
                    (doc.token(k - 1).is("called") || doc.token(k - 1).is("named")) && endsWithOrgNoun(doc, k - 1);
            // "Quillpay’s chief executive": a company has chief executives; an unknown single word with one is an
            // organization.
            boolean hasOfficer = c.possessive() && c.end() + 1 < doc.size() && isOfficerAt(doc, c.end() + 1);
            if (afterComma || afterCalled || hasOfficer) {
                String name = doc.tokenText(c.nameFirst(), c.end());
                EntityDraft org = table.organizationNamed(name);
                if (org == null) {
                    org = table.newEntity(
                            EntityType.ORGANIZATION,
                            name,
                            List.of(Lexicon.fold(name).split(" ")));
                }
                table.add(new Mention(c.nameFirst(), c.end(), org, Mention.Kind.NAME, c.possessive()));
                table.unresolved.remove(c.nameFirst());
            }
        }
    }

    private static final Set<String> OFFICERS = Set.of(
            "chief executive",
            "chief executive officer",
            "ceo",
            "founder",
            "co-founder",
            "chairman",
            "chairwoman",
            "board",
            "chief financial officer",
            "shareholders",
            "employees",
            "headquarters",
            "president and chief executive",
            "managing director",
            "general counsel");

    private static boolean isOfficerAt(ArticleText doc, int k) {
        for (int n = 1; n <= 4 && k + n <= doc.size(); n++) {
            if (OFFICERS.contains(Lexicon.fold(doc.tokenText(k, k + n)))) {
                return true;
            }
        }
        return false;
    }

    /** True when the words before token {@code before} end with an organization noun ("firm", "think tank"). */
    private boolean endsWithOrgNoun(ArticleText doc, int before) {
        for (int n = 1; n <= 2 && before - n >= 0; n++) {
            int from = before - n;
            if (doc.token(from).isWord() && lexicon.isOrgNoun(doc.tokenText(from, before))) {
                return true;
            }
        }
        return false;
    }

    private void fromTitle(ArticleText doc, EntityTable table, Mention m, Map<String, Role> roles) {
        NameCandidate c = table.candidateAtName.get(candidateNameStart(table, m));
        if (c == null || !c.hasTitle() || c.honorific()) {
            return;
        }
        String title = doc.tokenText(c.titleFirst(), c.titleEnd());
        EntityDraft org = c.qualifierOrg() == null ? null : table.organizationNamed(c.qualifierOrg());
        String country = c.country();
        int after = m.end();
        if (after + 1 < doc.size() && doc.token(after).is("of")) {
            int k = after + 1;
            if (doc.token(k).is("the") && k + 1 < doc.size()) {
                k++;
            }
            Mention orgMention = table.at(k);
            if (orgMention != null && !orgMention.entity().isPerson()) {
                org = orgMention.entity();
            } else if (doc.token(k).isCapitalized()
                    && lexicon.country(doc.token(k).text()) != null) {
                country = lexicon.country(doc.token(k).text());
            }
        }
        EntityDraft person = m.entity();
        person.descriptors.add(new EntityDraft.Descriptor(title.toLowerCase(), country, org, null, c.leader()));
        if (person.description == null) {
            person.description =
                    country != null ? title + " of " + country : org != null ? title + " of " + org.name : title;
        }
        put(roles, new Role(person, org, title));
    }

    /** The token where the resolver filed the candidate of a mention (its name start). */
    private static int candidateNameStart(EntityTable table, Mention m) {
        for (int k = m.first(); k < m.end(); k++) {
            if (table.candidateAtName.containsKey(k)) {
                return k;
            }
        }
        return -1;
    }

    private void fromApposition(ArticleText doc, EntityTable table, Mention m, Map<String, Role> roles) {
        Sentence s = doc.sentenceOf(m.first());
        int comma = m.end();
        if (comma >= s.endToken() || !doc.token(comma).is(",")) {
            return;
        }
        int start = comma + 1;
        int end = appositionEnd(doc, start, s.endToken());
        if (end - start == 1
                && doc.token(start).kind() == Token.Kind.NUMBER
                && end < s.endToken()
                && doc.token(end).is(",")) {
            start = end + 1; // "Anna Berg, 52, a chemist" skips the age
            end = appositionEnd(doc, start, s.endToken());
        }
        if (start >= end) {
            return;
        }
        analyzeNounPhrase(doc, table, m, s, start, end, roles);
    }

    /** "Helena Marsh is a retired school librarian and the chair of the Friends of Eastgate Library". */
    private void fromCopula(ArticleText doc, EntityTable table, Mention m, Map<String, Role> roles) {
        Sentence s = doc.sentenceOf(m.first());
        int k = m.end();
        if (k + 1 >= s.endToken()
                || !(doc.token(k).is("is")
                        || doc.token(k).is("was")
                        || doc.token(k).is("became"))) {
            return;
        }
        int start = k + 1;
        int end = appositionEnd(doc, start, s.endToken());
        int part = start;
        for (int i = start; i <= end; i++) {
            if (i == end
                    || doc.token(i).is("and")
                            && i + 1 < end
                            && DETERMINERS.contains(doc.token(i + 1).text())) {
                if (part < i && DETERMINERS.contains(doc.token(part).text())) {
                    analyzeNounPhrase(doc, table, m, s, part, i, roles);
                }
                part = i + 1;
            }
        }
    }

    private void analyzeNounPhrase(
            ArticleText doc,
            EntityTable table,
            Mention m,
            Sentence sentence,
            int start,
            int end,
            Map<String, Role> roles) {
        Token first = doc.token(start);
        EntityDraft subject = m.entity();
        if (first.is("who") && subject.isPerson()) {
            fromRelativeClause(doc, table, subject, start + 1, end, roles);
            return;
        }
        boolean nounPhrase =
                DETERMINERS.contains(first.text()) || isRoleAt(doc, start) || possessorEndingAt(doc, table, start) >= 0;
        if (!nounPhrase) {
            return;
        }
        // The noun phrase runs to its first preposition or relative word; its last word is the head.
        int stop = start;
        while (stop < end
                && !(doc.token(stop).isWord()
                        && NP_BOUNDARY.contains(doc.token(stop).text()))) {
            stop++;
        }
        int roleEnd = stop;
        int roleStart = roleStartEndingAt(doc, start, roleEnd);
        for (int e = stop - 1; roleStart < 0 && e > start; e--) {
            roleStart = roleStartEndingAt(doc, start, e); // "an architect herself"
            roleEnd = e;
        }
        String descriptionText = doc.tokenText(start, end);
        int descriptionEnd = end;
        if (roleStart < 0 || !subject.isPerson()) {
            setDescription(subject, descriptionText);
            return;
        }
        EntityDraft org = null;
        EntityDraft principal = null;
        String country = null;
        for (int k = start; k < roleStart; k++) {
            Mention q = table.at(k);
            if (q != null && q.entity() != subject) {
                if (q.entity().isPerson()) {
                    if (q.possessive()) {
                        principal = q.entity();
                    }
                } else {
                    org = q.entity();
                }
                k = q.end() - 1;
            } else if (doc.token(k).isCapitalized()
                    && lexicon.country(doc.token(k).text()) != null) {
                country = lexicon.country(doc.token(k).text());
            }
        }
        if (org == null && principal == null && stop < end) {
            // "a professor of astronomy at the University of Caldera": the first organization named after a
            // preposition anywhere in the apposition.
            for (int k = stop; k + 1 < end; k++) {
                if (doc.token(k).isWord()
                        && Set.of("of", "at", "for", "with")
                                .contains(doc.token(k).text())) {
                    int j = k + 1;
                    while (j < end
                            && j <= k + 3
                            && table.at(j) == null
                            && doc.token(j).isWord()
                            && !doc.token(j).isCapitalized()) {
                        j++; // "at the nonprofit Open Systems Security Lab"
                    }
                    Mention q = table.at(j);
                    if (q != null && !q.entity().isPerson() && j < end) {
                        org = q.entity();
                        break;
                    }
                }
            }
        }
        if (org == null
                && stop < end
                && Set.of("of", "at", "for", "with").contains(doc.token(stop).text())) {
            int k = stop + 1;
            while (k < end && DETERMINERS.contains(doc.token(k).text())) {
                k++;
            }
            Mention q = table.at(k);
            if (q != null && !q.entity().isPerson()) {
                org = q.entity();
            } else if (q != null && q.entity().isPerson() && q.entity() != subject) {
                principal = q.entity();
            } else if (k < end
                    && doc.token(k).isCapitalized()
                    && lexicon.country(doc.token(k).text()) != null) {
                country = lexicon.country(doc.token(k).text());
            } else if (end < sentence.endToken() && doc.token(end).is(",") && endsWithOrgNoun(doc, end)) {
                // "... a political analysis firm, R.Politik": the firm is named right after.
                Mention named = table.at(end + 1);
                if (named != null && !named.entity().isPerson()) {
                    org = named.entity();
                    descriptionEnd = named.end();
                }
            }
        }
        String role = doc.tokenText(roleStart, roleEnd);
        subject.descriptors.add(new EntityDraft.Descriptor(role.toLowerCase(), country, org, principal, false));
        setDescription(subject, doc.tokenText(start, descriptionEnd));
        put(roles, new Role(subject, org, role));
    }

    private void fromRelativeClause(
            ArticleText doc, EntityTable table, EntityDraft person, int k, int end, Map<String, Role> roles) {
        if (k >= end) {
            return;
        }
        String role = RELATIVE_ROLES.get(doc.token(k).text());
        if (role == null) {
            return;
        }
        int j = k + 1;
        if (j < end && doc.token(j).is("the")) {
            j++;
        }
        Mention q = table.at(j);
        if (q != null && !q.entity().isPerson()) {
            person.descriptors.add(new EntityDraft.Descriptor(role, null, q.entity(), null, false));
            put(roles, new Role(person, q.entity(), role));
        }
    }

    /** Role before the name: "the Kremlin’s spokesman, Mr. Peskov", "Mr. Putin’s spokesman, Dmitri S. Peskov". */
    private void fromPreApposition(ArticleText doc, EntityTable table, Mention m, Map<String, Role> roles) {
        Sentence s = doc.sentenceOf(m.first());
        int j = m.first() - 1;
        if (j > s.firstToken()
                && doc.token(j).kind() == Token.Kind.NUMBER
                && doc.token(j).text().endsWith("-old")) {
            j--; // "The team’s newest recruit, 19-year-old Elin Feld"
        }
        boolean comma = j >= s.firstToken() && doc.token(j).is(",");
        if (comma) {
            j--;
        }
        if (j < s.firstToken()) {
            return;
        }
        EntityDraft org = null;
        EntityDraft principal = null;
        String country = null;
        int roleEnd = j + 1;
        // "the director of the Carnegie Center, Dmitri Trenin"
        Mention orgBefore = table.at(j);
        if (comma && orgBefore != null && !orgBefore.entity().isPerson()) {
            int of = orgBefore.first() - 1;
            if (of > s.firstToken() && doc.token(of).is("the")) {
                of--;
            }
            if (of > s.firstToken()
                    && (doc.token(of).is("of")
                            || doc.token(of).is("for")
                            || doc.token(of).is("at"))) {
                org = orgBefore.entity();
                roleEnd = of;
            }
        }
        int roleStart = roleStartEndingAt(doc, s.firstToken(), roleEnd);
        if (roleStart < 0) {
            return;
        }
        if (!comma && roleEnd - roleStart == 1 && doc.token(roleStart).isCapitalized()) {
            return; // a capitalised title belongs to the name run, read by fromTitle
        }
        int k = roleStart - 1;
        while (k >= s.firstToken()
                && doc.token(k).isWord()
                && !doc.token(k).isCapitalized()
                && !DETERMINERS.contains(doc.token(k).text())
                && roleStart - k <= 2
                && lexicon.cue(doc.token(k).text()) == null
                && !lexicon.isOrgNoun(doc.token(k).text())
                && !doc.token(k).isLower("its")) {
            k--; // "longtime", "chief" and the like before the role
        }
        int descriptionStart = roleStart;
        if (k >= s.firstToken()) {
            Token t = doc.token(k);
            if (t.kind() == Token.Kind.POSSESSIVE && k > s.firstToken()) {
                Mention possessor = table.at(k - 1);
                if (possessor != null) {
                    if (possessor.entity().isPerson()) {
                        principal = possessor.entity();
                    } else if (org == null) {
                        org = possessor.entity();
                    }
                    descriptionStart = possessor.first();
                } else if (lexicon.country(doc.token(k - 1).text()) != null) {
                    country = lexicon.country(doc.token(k - 1).text());
                    descriptionStart = k - 1;
                }
            } else if (t.isLower("its")) {
                if (org == null) {
                    org = organizations.its(doc, table, k); // "Its director, Owen Marsh"
                }
                descriptionStart = k;
            } else if (t.isWord() && !t.isCapitalized() && lexicon.isOrgNoun(t.text())) {
                if (org == null) {
                    org = organizations.resolve(doc, table, t.lower(), k); // "A ministry spokeswoman, Lene Marsk"
                }
                descriptionStart = k > s.firstToken()
                                && DETERMINERS.contains(doc.token(k - 1).lower())
                        ? k - 1
                        : k;
            } else if (table.at(k) != null && !table.at(k).entity().isPerson()) {
                org = table.at(k).entity(); // "Kremlin spokesman Dmitri Peskov", "A Northgate partner, Elise Moreau"
                descriptionStart = table.at(k).first();
            } else if (t.isCapitalized() && lexicon.country(t.text()) != null) {
                country = lexicon.country(t.text());
                descriptionStart = k;
            } else if (!comma && !DETERMINERS.contains(t.text())) {
                return; // a lower-case role right before a name needs a determiner or possessor: "the chemist Anna
                // Berg"
            }
        }
        String role = doc.tokenText(roleStart, roleEnd == roleStart ? roleStart + 1 : roleEnd);
        EntityDraft person = m.entity();
        person.descriptors.add(new EntityDraft.Descriptor(role.toLowerCase(), country, org, principal, false));
        if (person.description == null) {
            person.description = doc.tokenText(descriptionStart, j + 1);
        }
        put(roles, new Role(person, org, role));
    }

    /**
     * The first token of the longest role phrase that ends right before {@code end} (a hyphenated word before it
     * joins: "foreign-policy analyst"), or -1.
     */
    private int roleStartEndingAt(ArticleText doc, int limit, int end) {
        int best = -1;
        if (end - 1 < limit
                || end - 1 < 0
                || !doc.token(end - 1).isWord()
                || !lexicon.endsRole(doc.token(end - 1).text())) {
            return -1;
        }
        for (int n = 1; n <= lexicon.longestRole() && end - n >= limit; n++) {
            int from = end - n;
            boolean words = true;
            for (int k = from; k < end; k++) {
                if (!doc.token(k).isWord()) {
                    words = false;
                    break;
                }
            }
            if (!words) {
                break;
            }
            if (lexicon.isRoleNoun(doc.tokenText(from, end))) {
                best = from;
            }
        }
        if (best > limit
                && doc.token(best - 1).isWord()
                && doc.token(best - 1).text().indexOf('-') > 0
                && !doc.token(best - 1).isCapitalized()) {
            best--;
        }
        return best;
    }

    private boolean isRoleAt(ArticleText doc, int k) {
        if (!doc.token(k).isWord() || !lexicon.startsRole(doc.token(k).text())) {
            return false;
        }
        for (int n = lexicon.longestRole(); n >= 1; n--) {
            if (k + n <= doc.size() && lexicon.isRoleNoun(doc.tokenText(k, k + n))) {
                return true;
            }
        }
        return false;
    }

    /** If token k starts a possessor ("Russia’s", "the Kremlin’s"), the index of its possessive mark, else -1. */
    private static int possessorEndingAt(ArticleText doc, EntityTable table, int k) {
        Mention q = table.at(k);
        int end = q != null ? q.end() : k + 1;
        return end < doc.size() && doc.token(end).kind() == Token.Kind.POSSESSIVE ? end : -1;
    }

    private static int appositionEnd(ArticleText doc, int start, int limit) {
        int k = start;
        while (k < limit) {
            Token t = doc.token(k);
            if (t.isQuoteMark() || (t.kind() == Token.Kind.PUNCT && APPOSITION_END.contains(t.text()))) {
                break;
            }
            k++;
        }
        return k;
    }

    private static void setDescription(EntityDraft e, String text) {
        if (e.description == null && !text.isBlank()) {
            e.description = text;
        }
    }

    /** A role without organization is dropped when the same person holds the same role with one. */
    private static List<Role> dropRolesRepeatedWithOrganization(Map<String, Role> roles) {
        List<Role> out = new ArrayList<>();
        for (Role r : roles.values()) {
            if (r.org() == null) {
                boolean repeated = roles.values().stream()
                        .anyMatch(o -> o.person() == r.person()
                                && o.org() != null
                                && o.role().equalsIgnoreCase(r.role()));
                if (repeated) {
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }
}
