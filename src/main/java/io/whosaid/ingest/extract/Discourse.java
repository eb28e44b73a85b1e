package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who "he" and "she" are. A pronoun means, in this order: a person named earlier in its own sentence;
 * then, going back sentence by sentence (at most {@value #LOOK_BACK}), that sentence's main-clause subject,
 * the speakers quoted in it, and the other people it names; always skipping people of the other gender
 * (known from "Mr."/"Ms." and gendered titles). The main-clause subject is the first person named after a
 * leading subordinate clause ("While X did this, Y said …" → Y), never a possessor ("X’s spokesman") and never
 * the object of a preposition.
 */
final class Discourse {

    static final int LOOK_BACK = 5;
    private static final Set<String> SUBORDINATORS = Set.of(
            "while",
            "although",
            "though",
            "if",
            "when",
            "as",
            "after",
            "before",
            "since",
            "because",
            "unless",
            "despite",
            "following",
            "unlike",
            "whereas",
            "once",
            "until",
            "even",
            "moments",
            "hours",
            "days",
            "weeks",
            "months",
            "years",
            "in",
            "during",
            "for",
            "with",
            "without",
            "at",
            "on",
            "by",
            "from");
    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("and", "but", "yet", "so", "or", "still");
    static final Set<String> PREPOSITIONS = Set.of(
            "of",
            "for",
            "to",
            "with",
            "by",
            "about",
            "from",
            "at",
            "on",
            "against",
            "into",
            "than",
            "like",
            "toward",
            "towards",
            "under",
            "over",
            "between",
            "among",
            "around",
            "behind",
            "beside",
            "without",
            "within",
            "upon",
            "via",
            "unlike",
            "alongside");

    private final ArticleText doc;
    private final EntityTable table;
    private final Map<Integer, EntityDraft> pronounAt = new HashMap<>();
    private final Map<Integer, List<EntityDraft>> speakersOfSentence = new HashMap<>();
    private final Map<Integer, EntityDraft> subjectOfSentence = new HashMap<>();

    Discourse(ArticleText doc, EntityTable table) {
        this.doc = doc;
        this.table = table;
    }

    /** The gender a personal pronoun implies, or null when the token is not "he"/"she" and their forms. */
    static Gender pronounGender(Token t) {
        if (!t.isWord()) {
            return null;
        }
        return switch (t.lower()) {
            case "he", "him", "his", "himself" -> Gender.MALE;
            case "she", "her", "hers", "herself" -> Gender.FEMALE;
            default -> null;
        };
    }

    static boolean isSubjectPronoun(Token t) {
        return t.isWord() && (t.isLower("he") || t.isLower("she"));
    }

    void noteSpeaker(Sentence s, EntityDraft speaker) {
        if (speaker != null && speaker.isPerson()) {
            speakersOfSentence
                    .computeIfAbsent(s.index(), i -> new ArrayList<>(2))
                    .add(speaker);
        }
    }

    /** The person a pronoun at token k stands for, never {@code exclude}; null when nobody fits. */
    EntityDraft resolve(int k, EntityDraft exclude) {
        if (exclude == null && pronounAt.containsKey(k)) {
            return pronounAt.get(k);
        }
        Gender g = pronounGender(doc.token(k));
        if (g == null) {
            return null;
        }
        EntityDraft found = resolveAt(k, g, exclude);
        if (exclude == null) {
            pronounAt.put(k, found);
        }
        return found;
    }

    /** As if a pronoun of gender g stood at token k (used for pronouns inside a quotation, read from its start). */
    EntityDraft resolveAt(int k, Gender g, EntityDraft exclude) {
        Sentence s = doc.sentenceOf(k);
        for (int j = s.firstToken(); j < k; j++) {
            EntityDraft e = personAt(j, false);
            if (e != null && e != exclude && e.gender.compatibleWith(g)) {
                return e;
            }
        }
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - LOOK_BACK); i--) {
            Sentence prev = doc.sentences.get(i);
            EntityDraft subject = subject(prev);
            if (fits(subject, g, exclude)) {
                return subject;
            }
            for (EntityDraft speaker : speakersOfSentence.getOrDefault(i, List.of())) {
                if (fits(speaker, g, exclude)) {
                    return speaker;
                }
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int j = prev.firstToken(); j < prev.endToken(); j++) {
                    Mention m = table.at(j);
                    if (m == null || m.first() != j || !m.entity().isPerson() || m.possessive() != (pass == 1)) {
                        continue;
                    }
                    if (fits(m.entity(), g, exclude)) {
                        return m.entity();
                    }
                }
            }
        }
        return null;
    }

    /**
     * What "it" stands for when it says something: the organization named last before token k, in its sentence or
     * the ones just before (a company "said … But it acknowledged …").
     */
    EntityDraft organizationBefore(int k) {
        Sentence s = doc.sentenceOf(k);
        int from = doc.sentences.get(Math.max(0, s.index() - 2)).firstToken();
        for (int j = k - 1; j >= from; j--) {
            Mention m = table.at(j);
            if (m != null && !m.entity().isPerson() && !doc.inQuote(j)) {
                return m.entity();
            }
            if (m != null && m.entity().isPerson() && !m.possessive() && !doc.inQuote(j)) {
                return null; // a person came between: "it" is not an organization's voice here
            }
        }
        return null;
    }

    /**
     * Whom a "he"/"she" inside someone's own words means: of the people of that gender referred to in the quote's
     * sentence before it and in the {@value #LOOK_BACK} sentences before, the one the article talks about most
     * (the obituary's subject rather than the colleague quoted in passing), the nearest on a tie. The speaker is
     * never the referent: people do not call themselves "he".
     */
    EntityDraft salientPerson(int k, Gender g, EntityDraft speaker) {
        Sentence s = doc.sentenceOf(k);
        int from = doc.sentences.get(Math.max(0, s.index() - LOOK_BACK)).firstToken();
        EntityDraft best = null;
        for (int j = from; j < k; j++) {
            if (doc.inQuote(j)) {
                continue;
            }
            Mention m = table.at(j);
            EntityDraft e = m != null && m.first() == j ? m.entity() : pronounAt.get(j);
            if (e == null || !fits(e, g, speaker)) {
                continue;
            }
            if (best == null || e.mentions >= best.mentions) {
                best = e;
            }
        }
        return best;
    }

    private static boolean fits(EntityDraft e, Gender g, EntityDraft exclude) {
        return e != null && e != exclude && e.isPerson() && e.gender.compatibleWith(g);
    }

    /**
     * A person referred to at token j outside quotations, by name, description or resolved pronoun, who can be
     * a verb's subject (no possessor, no object of a preposition); null otherwise.
     */
    EntityDraft personAt(int j, boolean resolvePronouns) {
        if (doc.inQuote(j)) {
            return null;
        }
        Mention m = table.at(j);
        if (m != null) {
            if (m.first() != j || !m.entity().isPerson() || m.possessive() || afterPreposition(j)) {
                return null;
            }
            return m.entity();
        }
        Token t = doc.token(j);
        if (isSubjectPronoun(t)) {
            if (pronounAt.containsKey(j)) {
                return pronounAt.get(j);
            }
            return resolvePronouns ? resolve(j, null) : null;
        }
        return null;
    }

    boolean afterPreposition(int j) {
        return j > 0
                && doc.token(j - 1).isWord()
                && PREPOSITIONS.contains(doc.token(j - 1).text());
    }

    /** The person the main clause of sentence s is about, or null. */
    EntityDraft subject(Sentence s) {
        if (subjectOfSentence.containsKey(s.index())) {
            return subjectOfSentence.get(s.index());
        }
        subjectOfSentence.put(s.index(), null); // guards against a pronoun loop
        int start = clauseStart(s);
        EntityDraft found = null;
        for (int j = start; j < s.endToken() && found == null; j++) {
            found = personAt(j, true);
        }
        if (found == null && start > s.firstToken()) {
            for (int j = s.firstToken(); j < start && found == null; j++) {
                found = personAt(j, true);
            }
        }
        subjectOfSentence.put(s.index(), found);
        return found;
    }

    /** The first token after a leading subordinate clause ("While X …, Y said"), or the sentence's first token. */
    int clauseStart(Sentence s) {
        int k = s.firstToken();
        while (k < s.endToken() && !doc.token(k).isWord()) {
            k++;
        }
        if (k < s.endToken() && LEADING_CONJUNCTIONS.contains(doc.token(k).lower())) {
            k++;
        }
        if (k >= s.endToken() || !SUBORDINATORS.contains(doc.token(k).lower())) {
            return s.firstToken();
        }
        // The leading clause ends at its first comma or dash: "While X did this — even though … — Y said".
        for (int j = k + 1; j < s.endToken(); j++) {
            Token t = doc.token(j);
            if (!doc.inQuote(j) && (t.is(",") || t.is("—") || t.is("–"))) {
                return j + 1;
            }
        }
        return s.firstToken();
    }
}
