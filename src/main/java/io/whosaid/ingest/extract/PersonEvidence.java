package io.whosaid.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the article treats a run of capitals as a person. Two capitalised words are as often a product, a place,
 * a course or a newspaper ("Google Chrome", "Grand Mosque", "Toronto Star") as a name; without a common given name
 * first, a run is taken for a person only when the article itself shows one: the run or its last word speaks
 * ("Mertens said", "said Mertens"), takes a courtesy title elsewhere ("Ms Mertens"), has a person's apposition
 * (", 34,", ", who", ", a striker with") or follows a role noun ("striker Dries Mertens").
 */
final class PersonEvidence {

    private static final int APPOSITION_WORDS = 7;

    private final Lexicon lexicon;
    private final SpeakerAttributor speechVerbs;

    PersonEvidence(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.speechVerbs = new SpeakerAttributor(lexicon);
    }

    /** True when nothing more is needed: a title, a courtesy title or a common given name opens the name. */
    boolean selfEvident(ArticleText doc, NameCandidate c) {
        Token first = doc.token(c.nameFirst());
        return c.hasTitle()
                || c.honorific()
                || lexicon.isGivenName(first.text())
                || lexicon.isWideGivenName(first.text())
                        && !lexicon.isPlace(first.text())
                        && lexicon.country(first.text()) == null
                        && !lexicon.isCommonWord(first.lower())
                        && !doc.isLowerCaseSomewhere(first.lower());
    }

    /** The candidates the article shows to be people, among the full-name runs that are not self-evident. */
    Set<NameCandidate> shownPeople(ArticleText doc, List<NameCandidate> candidates) {
        Set<NameCandidate> shown = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (isFullNameRun(doc, c) && (selfEvident(doc, c) || shownAlone(doc, c, candidates))) {
                shown.add(c);
            }
        }
        // "Romelu Lukaku, Yannick Carrasco and Dries Mertens": a list's members are of one kind.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < candidates.size(); i++) {
                NameCandidate c = candidates.get(i);
                if (!isFullNameRun(doc, c) || shown.contains(c)) {
                    continue;
                }
                if (i > 0
                                && shown.contains(candidates.get(i - 1))
                                && listed(doc, candidates.get(i - 1).end(), c.first())
                        || i + 1 < candidates.size()
                                && shown.contains(candidates.get(i + 1))
                                && listed(doc, c.end(), candidates.get(i + 1).first())) {
                    shown.add(c);
                    grew = true;
                }
            }
        }
        return shown;
    }

    private static boolean isFullNameRun(ArticleText doc, NameCandidate c) {
        return c.kind() == NameCandidate.Kind.PERSON && !c.surnameOnly(doc);
    }

    /** Only a comma, "and", "or" or ", and" between two runs. */
    private static boolean listed(ArticleText doc, int from, int to) {
        if (to <= from || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = doc.token(k);
            if (!(t.is(",") || t.is("and") || t.is("or"))) {
                return false;
            }
        }
        return true;
    }

    private boolean shownAlone(ArticleText doc, NameCandidate c, List<NameCandidate> candidates) {
        String whole = Lexicon.fold(doc.tokenText(c.nameFirst(), c.end()));
        String last = Lexicon.fold(doc.token(c.end() - 1).text());
        for (NameCandidate o : candidates) {
            if (o.nameLength() <= 0 || doc.inTitleCaseHeader(o.first())) {
                continue;
            }
            boolean sameName =
                    Lexicon.fold(doc.tokenText(o.nameFirst(), o.end())).equals(whole);
            boolean surname = o.nameLength() == 1
                    && Lexicon.fold(doc.token(o.nameFirst()).text()).equals(last)
                    && (o.kind() == NameCandidate.Kind.UNKNOWN || o.kind() == NameCandidate.Kind.PERSON);
            if (!sameName && !surname) {
                continue;
            }
            if (surname && (o.honorific() || o.hasTitle())) {
                return true;
            }
            if (speaks(doc, o) || appositionEnd(doc, o.end()) > 0 || sameName && roleBefore(doc, o.first())) {
                return true;
            }
        }
        return false;
    }

    /** "X said", "X, editor at the Gazette, said", "said X": the run is a speech verb's subject. */
    private boolean speaks(ArticleText doc, NameCandidate o) {
        if (doc.inQuote(o.first())) {
            return false;
        }
        int after = o.end();
        int apposition = appositionEnd(doc, after);
        if (apposition > 0
                && apposition + 1 < doc.size()
                && doc.token(apposition).is(",")) {
            after = apposition + 1;
        }
        if (after < doc.size() && speechVerbs.cueAt(doc, after) != null) {
            return true;
        }
        int before = o.first() - 1;
        return before >= 0 && speechVerbs.cueAt(doc, before) != null || signs(doc, o);
    }

    /** "“We never give up.” — Ilan Boaz": a name right after a quotation's closing mark signs it. */
    private static boolean signs(ArticleText doc, NameCandidate o) {
        int k = o.first() - 1;
        if (k >= 0
                && (doc.token(k).is("—") || doc.token(k).is("–") || doc.token(k).is("-"))) {
            k--;
        }
        boolean endsThere = o.end() >= doc.size() || !doc.token(o.end()).isWord();
        return k >= 0 && doc.token(k).isQuoteMark() && endsThere;
    }

    /**
     * ", 34," or ", who" or ", a striker with …" or ", Panama coach,": what follows the run describes a person.
     * Returns where the description ends (the token after its last word), or -1.
     */
    private int appositionEnd(ArticleText doc, int k) {
        if (k + 1 >= doc.size() || !doc.token(k).is(",")) {
            return -1;
        }
        Token next = doc.token(k + 1);
        if (next.is("who") || next.is("whose")) {
            return k + 2;
        }
        if (next.kind() == Token.Kind.NUMBER
                && k + 2 < doc.size()
                && doc.token(k + 2).is(",")) {
            return k + 2;
        }
        boolean role = false;
        int j = k + 1;
        while (j < doc.size()
                && j < k + 1 + APPOSITION_WORDS
                && (doc.token(j).isWord() || doc.token(j).kind() == Token.Kind.POSSESSIVE)) {
            Token t = doc.token(j);
            role |= !t.isCapitalized() && lexicon.isRoleNoun(t.text()) || j == k + 1 && lexicon.isRoleNoun(t.text());
            j++;
        }
        return role ? j : -1;
    }

    /** "striker Dries Mertens", "the team's coach, Alireza Mehraban": a role noun right before the name. */
    private boolean roleBefore(ArticleText doc, int first) {
        int k = first - 1;
        if (k >= 0 && doc.token(k).is(",")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token t = doc.token(k);
        return t.isWord() && !t.isCapitalized() && lexicon.isRoleNoun(t.text());
    }
}
