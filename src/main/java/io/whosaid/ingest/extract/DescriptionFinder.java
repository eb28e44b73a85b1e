package io.whosaid.ingest.extract;

import java.util.Set;

/**
 * Finds definite descriptions that point back to a person introduced earlier: "the Russian president" for
 * someone introduced as "President X of Russia", "the Russian leader" for any head of state of Russia,
 * "the spokesman" for the one spokesman named. Nothing is guessed: a description becomes a mention only
 * when a person's own introduction carries that role (and country, organization or principal, if given).
 */
final class DescriptionFinder {

    private static final Set<String> LOOSE_ADJECTIVES = Set.of("top", "embattled", "veteran", "longtime", "new");

    private final Lexicon lexicon;

    DescriptionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(ArticleText doc, EntityTable table) {
        for (int k = 0; k < doc.size(); k++) {
            Token t = doc.token(k);
            if (!(t.is("the") || t.is("The")) || table.at(k) != null) {
                continue;
            }
            Sentence s = doc.sentenceOf(k);
            int j = k + 1;
            String country = null;
            EntityDraft org = null;
            EntityDraft principal = null;
            while (j < s.endToken()) {
                Token q = doc.token(j);
                Mention m = table.at(j);
                if (m != null && m.first() == j) {
                    boolean possessive = m.possessive();
                    if (m.entity().isPerson()) {
                        if (!possessive) {
                            break;
                        }
                        principal = m.entity();
                    } else {
                        org = m.entity();
                    }
                    j = m.end() + (possessive ? 1 : 0);
                } else if (q.isCapitalized() && lexicon.country(q.text()) != null && table.titlesOnly.get(j) == null) {
                    country = lexicon.country(q.text());
                    j++;
                    if (j < s.endToken() && doc.token(j).kind() == Token.Kind.POSSESSIVE) {
                        j++;
                    }
                } else if (q.isWord() && LOOSE_ADJECTIVES.contains(q.text())) {
                    j++;
                } else {
                    break;
                }
            }
            if (j >= s.endToken()) {
                continue;
            }
            int roleEnd = -1;
            NameCandidate title = table.titlesOnly.get(j);
            if (title != null) {
                roleEnd = title.end();
                if (title.country() != null) {
                    country = title.country();
                }
            } else if (doc.token(j).isWord() && lexicon.startsRole(doc.token(j).text())) {
                for (int n = Math.min(lexicon.longestRole(), s.endToken() - j); n >= 1; n--) {
                    if (!doc.token(j + n - 1).isWord()) {
                        continue;
                    }
                    if (lexicon.isRoleNoun(doc.tokenText(j, j + n))) {
                        roleEnd = j + n;
                        break;
                    }
                }
            }
            if (roleEnd < 0) {
                continue;
            }
            String role = doc.tokenText(title != null ? title.titleFirst() : j, roleEnd)
                    .toLowerCase();
            // "the Kremlin’s spokesman, Mr. Peskov": the name that follows is the mention, not the description.
            int after = roleEnd;
            if (after < s.endToken() && doc.token(after).is(",")) {
                after++;
            }
            Mention next = table.at(after);
            if (next != null && next.entity().isPerson() && next.first() == after) {
                continue;
            }
            if (roleEnd < s.endToken() && doc.token(roleEnd).is("of")) {
                int q = roleEnd + 1;
                if (q < s.endToken() && doc.token(q).is("the")) {
                    q++;
                }
                Mention m = q < s.endToken() ? table.at(q) : null;
                if (m != null && !m.entity().isPerson()) {
                    org = m.entity();
                } else if (q < s.endToken() && lexicon.country(doc.token(q).text()) != null) {
                    country = lexicon.country(doc.token(q).text());
                } else {
                    continue; // "the president of a small company": someone else
                }
            }
            EntityDraft person = match(table, role, country, org, principal, k);
            if (person != null) {
                boolean possessive = roleEnd < doc.size() && doc.token(roleEnd).kind() == Token.Kind.POSSESSIVE;
                table.add(new Mention(k, roleEnd, person, Mention.Kind.DESCRIPTION, possessive));
            }
        }
    }

    /** The person whose introduction carries this role; the one mentioned last before {@code at} if several. */
    private static EntityDraft match(
            EntityTable table, String role, String country, EntityDraft org, EntityDraft principal, int at) {
        EntityDraft best = null;
        int bestLast = Integer.MIN_VALUE;
        for (EntityDraft p : table.entities) {
            if (!p.isPerson() || p.firstToken > at) {
                continue;
            }
            for (EntityDraft.Descriptor d : p.descriptors) {
                if (!roleMatches(d, role)) {
                    continue;
                }
                if (country != null && !country.equals(d.country())) {
                    continue;
                }
                if (org != null && org != d.org()) {
                    continue;
                }
                if (principal != null && principal != d.principal()) {
                    continue;
                }
                int last = table.lastMentionBefore(p, at);
                if (best == null || last > bestLast) {
                    best = p;
                    bestLast = last;
                }
            }
        }
        return best;
    }

    private static boolean roleMatches(EntityDraft.Descriptor d, String role) {
        if (d.role().equals(role)) {
            return true;
        }
        if (role.equals("leader")) {
            return d.leader();
        }
        return !role.contains(" ") && d.role().endsWith(" " + role);
    }
}
