package io.whosaid.ingest.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a quote is about: every person or organization its words name; the X of "said of X"; and the person a
 * "he"/"she" inside it stands for. In a speaker's own words (DIRECT, PARTIAL) "he" is never the speaker, so it
 * is read as the most salient other person before the quotation; in reported speech "he" usually is the
 * speaker, who is then left out. The speaker is a subject only when the words name them outright.
 */
final class AboutFinder {

    Set<EntityDraft> about(ArticleText doc, EntityTable table, Discourse discourse, QuoteFinder.Found f) {
        Set<EntityDraft> named = new LinkedHashSet<>();
        Set<EntityDraft> byName = new LinkedHashSet<>();
        for (int k = f.firstToken(); k < f.endToken(); k++) {
            Mention m = table.at(k);
            if (m != null && m.first() >= f.firstToken() && m.first() == k) {
                named.add(m.entity());
                if (m.kind() == Mention.Kind.NAME) {
                    byName.add(m.entity());
                }
                k = m.end() - 1;
            }
        }
        EntityDraft objectOfCue = objectOfCue(doc, table, discourse, f);
        if (objectOfCue != null) {
            named.add(objectOfCue);
        }
        Set<EntityDraft> about = new LinkedHashSet<>(named);
        if (f.saidOf() != null) {
            about.add(f.saidOf());
        }
        boolean own = f.kind() != QuoteKind.INDIRECT;
        Gender seen = null;
        for (int k = f.firstToken(); k < f.endToken(); k++) {
            Token t = doc.token(k);
            Gender g = Discourse.pronounGender(t);
            if (g == null || g == seen) {
                continue;
            }
            seen = g;
            EntityDraft referent;
            if (own) {
                if (f.saidOf() != null && f.saidOf().gender.compatibleWith(g) || namedBefore(table, named, f, k, g)) {
                    continue;
                }
                referent = discourse.salientPerson(
                        f.span() != null ? f.span().openToken() : f.firstToken(), g, f.speaker());
            } else {
                boolean object = t.isLower("him") || t.isLower("her") && !isPossessiveHer(doc, k);
                referent = discourse.resolve(k, object ? f.speaker() : null);
            }
            if (referent != null && referent != f.speaker()) {
                about.add(referent);
            }
        }
        if (f.speaker() != null && !byName.contains(f.speaker())) {
            about.remove(f.speaker()); // "the agency would publish …" said by the agency is not about it
        }
        return about;
    }

    /** "called him “the only architect …”", "described her as “…”": the person the verb's words are about. */
    private static EntityDraft objectOfCue(
            ArticleText doc, EntityTable table, Discourse discourse, QuoteFinder.Found f) {
        if (f.span() == null || f.cueToken() < 0 || f.cueToken() > f.span().openToken()) {
            return null;
        }
        int k = f.cueToken() + 1;
        if (k >= f.span().openToken()) {
            return null;
        }
        Mention m = table.at(k);
        int after = m != null && m.first() == k ? m.end() : k + 1;
        if (after < doc.size() && doc.token(after).is("as")) {
            after++;
        }
        if (after != f.span().openToken()) {
            return null; // only "called him “…”" / "described her as “…”": the words are about the object
        }
        if (m != null && m.first() == k) {
            return m.entity();
        }
        Token t = doc.token(k);
        if (t.isLower("him") || t.isLower("her")) {
            return discourse.resolve(k, f.speaker());
        }
        return null;
    }

    private static boolean namedBefore(
            EntityTable table, Set<EntityDraft> named, QuoteFinder.Found f, int k, Gender g) {
        for (int j = f.firstToken(); j < k; j++) {
            Mention m = table.at(j);
            if (m != null
                    && m.entity().isPerson()
                    && named.contains(m.entity())
                    && m.entity().gender.compatibleWith(g)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessiveHer(ArticleText doc, int k) {
        return k + 1 < doc.size()
                && doc.token(k + 1).isWord()
                && !doc.token(k + 1).isCapitalized()
                && !Discourse.PREPOSITIONS.contains(doc.token(k + 1).text());
    }
}
