package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds speech verbs and who they belong to. A verb right after a closing quotation and followed by a name
 * ("…,” said Anna Berg) takes that name; otherwise the speaker is the verb's subject: the first person named
 * between the start of the clause (or the end of the last quotation) and the verb, ignoring possessors
 * ("Mr. A’s spokesman, B, told" → B), preferring a person to a pronoun and a pronoun to an organization.
 * A participle with no subject of its own ("after declaring …, X warned") takes the main clause's subject.
 */
final class SpeakerAttributor {

    /** A speech verb in a sentence. {@code accordingTo} marks the two-word cue "according to". */
    record Cue(int token, String text, String lemma, boolean weak, boolean accordingTo) {}

    /** Who a cue attributes speech to, and how sure that is. {@code saidOf} is the X of "said of X". */
    record Speaker(EntityDraft entity, double confidence, EntityDraft saidOf) {}

    private static final Set<String> NOT_BEFORE_VERB = Set.of(
            "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "no",
            "any", "every", "each", "whose", "to");

    private final Lexicon lexicon;

    SpeakerAttributor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Speech verbs of a sentence outside its quotations, in order. */
    List<Cue> cues(ArticleText doc, Sentence s) {
        List<Cue> list = new ArrayList<>(2);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = doc.token(k);
            if (!t.isWord() || doc.inQuote(k)) {
                continue;
            }
            if (t.isLower("according")
                    && k + 1 < s.endToken()
                    && doc.token(k + 1).is("to")) {
                list.add(new Cue(k, "according to", "according", false, true));
                continue;
            }
            Lexicon.Cue cue = cueAt(doc, k);
            if (cue != null) {
                list.add(new Cue(k, t.text(), cue.lemma(), cue.weak(), false));
            }
        }
        return list;
    }

    /**
     * The speech verb token {@code k} is, or null: a word in lower case that the lexicon knows as one, unless a
     * determiner before it makes it a noun ("a warning", "the claim"). The one test of a speech verb.
     */
    Lexicon.Cue cueAt(ArticleText doc, int k) {
        Token t = doc.token(k);
        if (!t.isWord() || t.isCapitalized()) {
            return null;
        }
        Lexicon.Cue cue = lexicon.cue(t.text());
        if (cue == null
                || k > 0
                        && doc.token(k - 1).isWord()
                        && NOT_BEFORE_VERB.contains(doc.token(k - 1).lower())) {
            return null;
        }
        return cue;
    }

    Speaker speaker(ArticleText doc, EntityTable table, Discourse discourse, Sentence s, Cue cue) {
        int c = cue.token();
        if (cue.accordingTo()) {
            // "according to the city’s own Office of Budget", "according to figures released by the Authority":
            // the first entity named in the phrase, skipping possessors.
            for (int k = c + 2; k < s.endToken() && k < c + 16 && !doc.token(k).is(","); k++) {
                Mention m = table.at(k);
                if (m != null && m.first() == k && !m.possessive()) {
                    return new Speaker(m.entity(), 0.9, null);
                }
            }
            return new Speaker(null, 0, null);
        }
        EntityDraft saidOf = saidOf(doc, table, discourse, s, c);
        // Inverted: “…,” said Tatiana Stanovaya / said the spokesman / said he.
        if (followsQuotation(doc, s, c) && c + 1 < s.endToken()) {
            Mention m = table.at(c + 1);
            if (m == null) {
                // "“…,” responded regional finance director Tom Ekwe": lower-case role words, then the name.
                int k = c + 1;
                while (k < s.endToken()
                        && k <= c + 6
                        && table.at(k) == null
                        && doc.token(k).isWord()
                        && !doc.token(k).isCapitalized()
                        && !Discourse.isSubjectPronoun(doc.token(k))) {
                    k++;
                }
                Mention named = k > c + 1 ? table.at(k) : null;
                if (named != null && named.entity().isPerson() && !named.possessive()) {
                    m = named;
                }
            }
            if (m != null && m.first() == c + 1) {
                // "said Mr. Putin’s spokesman, Dmitri Peskov": the possessor is not the speaker, the apposition is.
                for (int k = m.end(); m.possessive() && k < Math.min(s.endToken(), c + 12); k++) {
                    Mention next = table.at(k);
                    if (next != null
                            && next.first() == k
                            && !next.possessive()
                            && next.entity().isPerson()) {
                        m = next;
                    }
                }
                if (!m.possessive()) {
                    return new Speaker(m.entity(), m.kind() == Mention.Kind.NAME ? 0.95 : 0.85, saidOf);
                }
            }
            if (Discourse.isSubjectPronoun(doc.token(c + 1))) {
                return new Speaker(discourse.resolve(c + 1, null), 0.8, saidOf);
            }
        }
        int who = relativePronounBefore(doc, s, c);
        if (who >= 0) {
            // "…, Mayor Delphine Okoro, who has promised …" / "a dealer, who dismissed them as …": the speaker is
            // who "who" stands for, and nobody we know when that is not a named person or organization.
            Mention m = who - 2 >= s.firstToken() && doc.token(who - 1).is(",") ? table.at(who - 2) : null;
            return new Speaker(m != null && !m.possessive() ? m.entity() : null, 0.9, saidOf);
        }
        int regionStart = s.firstToken();
        for (int k = c - 1; k >= s.firstToken(); k--) {
            Token t = doc.token(k);
            if ((t.kind() == Token.Kind.CLOSE_QUOTE || t.kind() == Token.Kind.STRAIGHT_QUOTE) && !doc.inQuote(k)) {
                regionStart = k + 1;
                break;
            }
        }
        if (regionStart == s.firstToken()) {
            int clause = discourse.clauseStart(s);
            if (clause < c) {
                regionStart = clause;
            }
        }
        Speaker adjacent = subjectRightBefore(doc, table, discourse, regionStart, c, saidOf);
        if (adjacent != null) {
            return adjacent;
        }
        EntityDraft person = null;
        double personConfidence = 0;
        int pronoun = -1;
        boolean wordsBefore = false;
        EntityDraft org = null;
        EntityDraft writer = null;
        for (int k = regionStart; k < c; k++) {
            if (doc.inQuote(k)) {
                continue;
            }
            Mention m = table.at(k);
            if (m != null && m.first() == k) {
                if (m.possessive()
                        && writer == null
                        && !discourse.afterPreposition(k)
                        && ownsDocument(doc, m.end() + 1, c)) {
                    writer = m.entity();
                }
                if (!m.possessive() && !discourse.afterPreposition(k)) {
                    if (m.entity().isPerson() && person == null) {
                        person = m.entity();
                        personConfidence = m.kind() == Mention.Kind.NAME ? 0.95 : 0.85;
                    } else if (!m.entity().isPerson() && org == null) {
                        org = m.entity();
                    }
                }
                k = m.end() - 1;
                continue;
            }
            Token w = doc.token(k);
            if (pronoun < 0 && Discourse.isSubjectPronoun(w) && !wordsBefore) {
                pronoun = k;
            }
            if (w.isWord() && !CLAUSE_OPENERS.contains(w.lower())) {
                wordsBefore = true; // a pronoun after other words sits in a relative or subordinate clause
            }
        }
        if (person != null) {
            return new Speaker(person, personConfidence, saidOf);
        }
        if (pronoun >= 0) {
            return new Speaker(discourse.resolve(pronoun, null), 0.8, saidOf);
        }
        if (org != null) {
            return new Speaker(org, 0.9, saidOf);
        }
        if (writer != null) {
            // "PC World's recent analysis of its own traffic concluded": a document's words are its writer's.
            return new Speaker(writer, 0.8, saidOf);
        }
        if (c - 1 >= s.firstToken()
                && (doc.token(c - 1).is("and") || doc.token(c - 1).is("but"))) {
            // "she called the project “overdue” and said she would …": the verb shares the sentence's subject.
            EntityDraft subject = discourse.subject(s);
            if (subject != null) {
                return new Speaker(subject, 0.75, saidOf);
            }
        }
        if (cue.text().endsWith("ing")) {
            for (int k = c + 1; k < s.endToken(); k++) {
                EntityDraft e = discourse.personAt(k, false);
                if (e != null) {
                    return new Speaker(e, 0.7, saidOf);
                }
            }
            EntityDraft subject = discourse.subject(s);
            if (subject != null) {
                return new Speaker(subject, 0.7, saidOf);
            }
        }
        return new Speaker(null, 0, saidOf);
    }

    /** A document noun within the two words after a possessor ("'s report", "'s recent analysis"), before the cue. */
    private boolean ownsDocument(ArticleText doc, int from, int c) {
        for (int k = from; k < Math.min(from + 2, c); k++) {
            Token t = doc.token(k);
            if (!t.isWord() || t.isCapitalized()) {
                return false;
            }
            if (lexicon.isDocumentNoun(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "and",
            "but",
            "while",
            "when",
            "as",
            "so",
            "yet",
            "then",
            "instead",
            "although",
            "though",
            "because",
            "if",
            "after",
            "before",
            "since",
            "later",
            "also",
            "now");

    private static final Set<String> NOT_SUBJECT_FILLER = Set.of(
            "that", "who", "which", "whom", "whose", "and", "or", "but", "to", "of", "for", "with", "by", "in", "on",
            "at", "from");

    /**
     * "the Rovers board described", "Mr. Putin said", "Ms. Berg and others warned": a name within three words
     * before the verb, with only lower-case words between, is its subject.
     */
    private static Speaker subjectRightBefore(
            ArticleText doc, EntityTable table, Discourse discourse, int regionStart, int c, EntityDraft saidOf) {
        int k = c - 1;
        int skipped = 0;
        while (k >= regionStart && skipped <= 3 && !doc.inQuote(k)) {
            Mention m = table.at(k);
            if (m != null) {
                if (m.possessive() || discourse.afterPreposition(m.first())) {
                    return null;
                }
                double confidence = m.kind() == Mention.Kind.NAME ? 0.95 : 0.85;
                return new Speaker(m.entity(), m.entity().isPerson() ? confidence : 0.9, saidOf);
            }
            Token t = doc.token(k);
            if (Discourse.isSubjectPronoun(t)) {
                return new Speaker(discourse.resolve(k, null), 0.8, saidOf);
            }
            if (t.isLower("it") && k == c - 1 - skipped) {
                EntityDraft org = discourse.organizationBefore(k);
                return org == null ? null : new Speaker(org, 0.7, saidOf);
            }
            if (!t.isWord() || t.isCapitalized() || NOT_SUBJECT_FILLER.contains(t.text())) {
                return null;
            }
            skipped++;
            k--;
        }
        return null;
    }

    private static final Set<String> AUXILIARIES = Set.of(
            "has",
            "have",
            "had",
            "is",
            "was",
            "would",
            "will",
            "also",
            "later",
            "then",
            "since",
            "recently",
            "previously",
            "repeatedly",
            "often",
            "once",
            "long",
            "publicly",
            "privately",
            "already",
            "never",
            "always",
            "been",
            "did",
            "does");

    /** The token of a "who" that opens the relative clause the cue is the verb of, or -1. */
    private static int relativePronounBefore(ArticleText doc, Sentence s, int c) {
        int k = c - 1;
        while (k > s.firstToken()
                && doc.token(k).isWord()
                && AUXILIARIES.contains(doc.token(k).text())) {
            k--;
        }
        return k > s.firstToken() && doc.token(k).is("who") ? k : -1;
    }

    /** True when only commas stand between the cue and a closing quotation mark before it. */
    static boolean followsQuotation(ArticleText doc, Sentence s, int c) {
        int k = c - 1;
        while (k >= s.firstToken() && doc.token(k).is(",")) {
            k--;
        }
        return k >= s.firstToken()
                && !doc.inQuote(k)
                && (doc.token(k).kind() == Token.Kind.CLOSE_QUOTE
                        || doc.token(k).kind() == Token.Kind.STRAIGHT_QUOTE);
    }

    /** "said of the Russian president": who the speech is about, when the text says so. */
    private static EntityDraft saidOf(ArticleText doc, EntityTable table, Discourse discourse, Sentence s, int c) {
        if (c + 2 >= s.endToken() || !doc.token(c + 1).is("of")) {
            return null;
        }
        Mention m = table.at(c + 2);
        if (m != null && m.first() == c + 2) {
            return m.entity();
        }
        if (Discourse.pronounGender(doc.token(c + 2)) != null) {
            return discourse.resolve(c + 2, null);
        }
        return null;
    }
}
