package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which quotation marks hold quotes, what kind, and whose; and finds reported speech without marks.
 * <p>
 * The rule for marks: a quotation is a quote when a speech verb in its sentence governs it (the nearest verb
 * before it, or a verb after it), or when it continues the quotes of the speaker just attributed in the same
 * paragraph (or at the end of the paragraph before). Anything else in marks, such as “Politburo” or a title, is
 * a word held at arm's length and not a quote. A quote is DIRECT when it opens its sentence or follows its
 * attribution ("X said: “…”", "X said, “…”"), PARTIAL when it sits inside the writer's own sentence ("warned that
 * failure could put the “security of the whole continent” at risk"). So "declaring the talks “deep’’" is a
 * PARTIAL quote of whoever was declaring.
 * <p>
 * Reported speech without marks is INDIRECT: a speech verb followed by "that" or by a clause, "according to X",
 * or a trailing ", X said." It is kept only when its speaker is a known person or organization, and a reported
 * clause that itself holds a quoted fragment yields the PARTIAL quote only.
 */
final class QuoteFinder {

    /** A quote found, before keys exist. {@code span} is null for INDIRECT. */
    record Found(
            QuoteSpan span,
            int textStart,
            int textEnd,
            int firstToken,
            int endToken,
            QuoteKind kind,
            String cue,
            int cueToken,
            EntityDraft speaker,
            double confidence,
            EntityDraft saidOf,
            Sentence sentence) {}

    /** The last attributed speech, so a following bare quotation can continue it. */
    private record Attribution(EntityDraft speaker, String cue, EntityDraft saidOf, Sentence sentence) {}

    private static final Set<String> TELL_VERBS = Set.of(
            "tell",
            "tells",
            "told",
            "telling",
            "warned",
            "warn",
            "warns",
            "assured",
            "reminded",
            "informed",
            "advised");
    private static final Set<String> NO_REPORTED_CLAUSE =
            Set.of("ask", "call", "describe", "continue", "agree", "dismiss", "repeat", "offer", "counter");
    private static final Set<String> CLAUSE_BREAKERS = Set.of(
            "in",
            "on",
            "at",
            "of",
            "for",
            "to",
            "with",
            "about",
            "during",
            "after",
            "before",
            "by",
            "from",
            "so",
            "yes",
            "up",
            "goodbye",
            "hello",
            "thanks",
            "out",
            "over",
            "as",
            "and",
            "or",
            "but",
            "nothing",
            "something",
            "anything",
            "little",
            "much",
            "more",
            "goes",
            "what",
            "how",
            "why",
            "where",
            "when",
            "who",
            "whether",
            "if",
            "otherwise",
            "last",
            "earlier",
            "later",
            "then");
    private static final Set<String> TERMINATORS = Set.of(".", "?", "!", "...", "…");

    private final SpeakerAttributor attributor;

    QuoteFinder(SpeakerAttributor attributor) {
        this.attributor = attributor;
    }

    List<Found> find(ArticleText doc, EntityTable table, Discourse discourse) {
        List<Found> found = new ArrayList<>();
        Attribution last = null;
        for (Sentence s : doc.sentences) {
            if (s.paragraph() < doc.firstBodyParagraph) {
                continue; // headlines are not quotes
            }
            List<SpeakerAttributor.Cue> cues = attributor.cues(doc, s);
            List<QuoteSpan> quotes = doc.quotesIn(s);
            Set<Integer> usedCues = new HashSet<>();
            Set<Integer> accepted = new HashSet<>();
            Found previousInSentence = null;
            for (QuoteSpan q : quotes) {
                if (isNamingQuote(doc, s, q)) {
                    continue;
                }
                SpeakerAttributor.Cue cue = chooseCue(doc, table, s, q, cues);
                Found f;
                if (cue != null) {
                    SpeakerAttributor.Speaker sp = cue.token() < q.openToken()
                            ? relativeClauseSpeaker(doc, table, cue.token(), q.openToken())
                            : null;
                    if (sp == null) {
                        sp = attributor.speaker(doc, table, discourse, s, cue);
                    }
                    QuoteKind kind = isDirect(doc, table, s, q, cue, sp) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
                    f = quote(doc, q, kind, cue.text(), cue.token(), sp.entity(), sp.confidence(), sp.saidOf(), s);
                    usedCues.add(cue.token());
                    discourse.noteSpeaker(s, sp.entity());
                } else {
                    f = unattributed(doc, table, discourse, s, q, last, previousInSentence);
                }
                if (f == null) {
                    continue;
                }
                found.add(f);
                accepted.add(q.index());
                previousInSentence = f;
                if (f.speaker() != null) {
                    last = new Attribution(f.speaker(), f.cue(), f.saidOf(), s);
                }
            }
            for (SpeakerAttributor.Cue cue : cues) {
                if (usedCues.contains(cue.token()) || cue.weak()) {
                    continue;
                }
                Found f = reported(doc, table, discourse, s, cue, cues, accepted);
                if (f != null) {
                    found.add(f);
                    discourse.noteSpeaker(s, f.speaker());
                    last = new Attribution(f.speaker(), f.cue(), f.saidOf(), s);
                }
            }
        }
        return found;
    }

    private static Found quote(
            ArticleText doc,
            QuoteSpan q,
            QuoteKind kind,
            String cue,
            int cueToken,
            EntityDraft speaker,
            double confidence,
            EntityDraft saidOf,
            Sentence s) {
        int end = q.textEnd();
        if (kind == QuoteKind.PARTIAL
                && end - 1 > q.textStart()
                && doc.text.charAt(end - 1) == '.'
                && !(end >= 2 && doc.text.charAt(end - 2) == '.')) {
            end--; // the full stop of "no “deal breaker.’’" ends the writer's sentence, not the fragment
        }
        return new Found(
                q,
                q.textStart(),
                end,
                q.firstToken(),
                q.endToken(),
                kind,
                cue,
                cueToken,
                speaker,
                speaker == null ? 0 : confidence,
                saidOf,
                s);
    }

    private static final Set<String> NAMING_VERBS = Set.of(
            "call",
            "calls",
            "called",
            "calling",
            "dub",
            "dubbed",
            "nicknamed",
            "named",
            "termed",
            "known",
            "so-called",
            "titled",
            "entitled",
            "labeled",
            "labelled",
            "coined");

    /**
     * Terms and names in marks: “efficiency review” after "so-called", or right after a naming verb with no object
     * between ("what fans called “the Curse of the Bridge”", "a process theorists call “instability”"). A naming
     * verb with an object before the marks ("called the game “the best final”") is someone's words, not a name.
     */
    private static boolean isNamingQuote(ArticleText doc, Sentence s, QuoteSpan q) {
        int k = q.openToken() - 1;
        if (k < s.firstToken()) {
            return false;
        }
        if (isTitleCased(doc, q)) {
            return true; // "The show’s title, “The Night Barn,” comes from …": a title, not anyone's words
        }
        Token before = doc.token(k);
        if (before.is("as") && k - 1 >= s.firstToken() && doc.token(k - 1).is("known")) {
            return true;
        }
        return before.isWord() && NAMING_VERBS.contains(before.lower());
    }

    private static final Set<String> TITLE_SMALL_WORDS =
            Set.of("of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "or", "from");

    /** Every word capitalised except small connecting words, at most eight words, no sentence punctuation inside. */
    private static boolean isTitleCased(ArticleText doc, QuoteSpan q) {
        int words = 0;
        int capitalised = 0;
        for (int k = q.firstToken(); k < q.endToken(); k++) {
            Token t = doc.token(k);
            if (t.isWord()) {
                words++;
                if (t.isCapitalized()) {
                    capitalised++;
                } else if (!TITLE_SMALL_WORDS.contains(t.text())) {
                    return false; // "the Curse of the Pier" is a name; "the best final" is not
                }
            } else if (t.kind() == Token.Kind.NUMBER) {
                words++;
            } else if (t.is(".") || t.is("?") || t.is("!") || t.is(":") || t.is(";")) {
                return false;
            }
        }
        return capitalised >= 1 && words <= 8 && !doc.token(q.firstToken()).isAllCaps();
    }

    /** The verb that governs a quotation: one right after it, else the nearest before it, else any after it. */
    private static SpeakerAttributor.Cue chooseCue(
            ArticleText doc, EntityTable table, Sentence s, QuoteSpan q, List<SpeakerAttributor.Cue> cues) {
        SpeakerAttributor.Cue before = null;
        SpeakerAttributor.Cue after = null;
        for (SpeakerAttributor.Cue c : cues) {
            if (c.accordingTo()) {
                continue;
            }
            if (c.token() < q.openToken()) {
                if (!c.weak() || (q.openToken() - c.token() <= 6 && noQuoteBetween(doc, c.token(), q.openToken()))) {
                    before = c;
                }
            } else if (c.token() >= q.afterToken() && after == null) {
                if (!c.weak() || adjacentAfter(doc, table, q, c)) {
                    after = c;
                }
            }
        }
        if (after != null && adjacentAfter(doc, table, q, after)) {
            return after;
        }
        return before != null ? before : after;
    }

    /**
     * "He said he had shown them to a dealer, who dismissed them as “too dark to sell.”": a relative clause between
     * the verb and the quotation has its own speaker, the one "who" stands for (nobody, if that is not an entity).
     */
    private static SpeakerAttributor.Speaker relativeClauseSpeaker(
            ArticleText doc, EntityTable table, int cue, int open) {
        for (int k = open - 1; k > cue + 1; k--) {
            Token t = doc.token(k);
            if (t.isQuoteMark()) {
                return null;
            }
            if ((t.is("who") || t.is("which")) && doc.token(k - 1).is(",")) {
                Mention m = table.at(k - 2);
                return new SpeakerAttributor.Speaker(m == null ? null : m.entity(), 0.8, null);
            }
        }
        return null;
    }

    private static boolean noQuoteBetween(ArticleText doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.token(k).isQuoteMark()) {
                return false;
            }
        }
        return true;
    }

    /** “…,” said X / “…,” X said / “…,” he said: only a comma and the speaker between quotation and verb. */
    private static boolean adjacentAfter(ArticleText doc, EntityTable table, QuoteSpan q, SpeakerAttributor.Cue c) {
        if (c.text().endsWith("ing")) {
            return false; // "…,” noting that …" opens a new clause; it does not attribute the quotation
        }
        int k = q.afterToken();
        while (k < c.token() && doc.token(k).is(",")) {
            k++;
        }
        if (k == c.token()) {
            return true;
        }
        Mention m = table.at(k);
        if (m != null && m.first() == k) {
            k = m.end();
        } else if (Discourse.isSubjectPronoun(doc.token(k))) {
            k++;
        } else {
            return false;
        }
        while (k < c.token() && doc.token(k).is(",")) {
            k++;
        }
        return k == c.token();
    }

    private static boolean opensSentence(ArticleText doc, Sentence s, QuoteSpan q) {
        for (int k = s.firstToken(); k < q.openToken(); k++) {
            Token t = doc.token(k);
            if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDirect(
            ArticleText doc,
            EntityTable table,
            Sentence s,
            QuoteSpan q,
            SpeakerAttributor.Cue cue,
            SpeakerAttributor.Speaker sp) {
        if (opensSentence(doc, s, q)) {
            return standsAsSentence(doc, table, s, q, cue);
        }
        int prev = q.openToken() - 1;
        Token p = doc.token(prev);
        if (p.is(":")) {
            return true;
        }
        if (prev == cue.token()) {
            return Character.isUpperCase(doc.text.codePointAt(q.textStart()));
        }
        if (p.is(",") && prev - 1 >= s.firstToken()) {
            int pp = prev - 1;
            if (pp == cue.token()) {
                return true;
            }
            Mention m = table.at(pp);
            return m != null && sp.entity() == m.entity() && m.first() > cue.token();
        }
        return false;
    }

    /**
     * A quotation that opens its sentence is a sentence of its own when its words end with punctuation inside the
     * marks (“…,” she said), or the sentence ends right after it, or its attribution follows at once; “We need
     * guarantees” that would … goes on in the writer's words and is a fragment.
     */
    private static boolean standsAsSentence(
            ArticleText doc, EntityTable table, Sentence s, QuoteSpan q, SpeakerAttributor.Cue cue) {
        if (!q.closed() || endsLikeSentence(doc, q)) {
            return true;
        }
        int after = q.afterToken();
        if (after >= s.endToken()) {
            return true;
        }
        Token next = doc.token(after);
        if (next.kind() == Token.Kind.PUNCT || next.isQuoteMark()) {
            return true;
        }
        return cue.token() >= after && adjacentAfter(doc, table, q, cue);
    }

    /** A quotation with no verb of its own: a continuation, a quote after a colon, or nothing. */
    private static Found unattributed(
            ArticleText doc,
            EntityTable table,
            Discourse discourse,
            Sentence s,
            QuoteSpan q,
            Attribution last,
            Found previousInSentence) {
        EntityDraft signer = signedBy(doc, table, s, q);
        if (signer != null) {
            return quote(doc, q, QuoteKind.DIRECT, null, -1, signer, 0.8, null, s);
        }
        boolean opens = opensSentence(doc, s, q);
        boolean followsQuote = previousInSentence != null
                && previousInSentence.kind() == QuoteKind.DIRECT
                && onlyPunctuationBetween(doc, previousInSentence.endToken(), q.openToken());
        if ((opens || followsQuote) && last != null) {
            boolean sameParagraph = last.sentence().paragraph() == s.paragraph();
            boolean nextParagraph = last.sentence().paragraph() == s.paragraph() - 1
                    && last.sentence().index() == s.index() - 1;
            if (sameParagraph || nextParagraph) {
                return quote(
                        doc,
                        q,
                        QuoteKind.DIRECT,
                        last.cue(),
                        -1,
                        last.speaker(),
                        sameParagraph ? 0.85 : 0.7,
                        last.saidOf(),
                        s);
            }
        }
        if (q.openToken() > s.firstToken() && doc.token(q.openToken() - 1).is(":")) {
            EntityDraft subject = discourse.subject(s);
            if (subject != null) {
                return quote(doc, q, QuoteKind.DIRECT, null, -1, subject, 0.6, null, s);
            }
        }
        if (opens && wordCount(doc, q) >= 4 && endsLikeSentence(doc, q)) {
            return quote(doc, q, QuoteKind.DIRECT, null, -1, null, 0, null, s);
        }
        return null;
    }

    /**
     * A pull quote or a photo caption: a quotation that opens its paragraph, then the person's name right after
     * the closing mark, with at most a dash or a comma between ("“The future is only peace …” Shimon Peres",
     * "“…” — Jane Roe"). The name signs the quotation.
     */
    private static EntityDraft signedBy(ArticleText doc, EntityTable table, Sentence s, QuoteSpan q) {
        if (!q.closed()
                || doc.paragraphs.get(s.paragraph()).firstToken() != q.openToken()
                || !endsLikeSentence(doc, q)) {
            return null; // "“Report found on street” — Toronto Star": a headline cited with its paper
        }
        int k = q.afterToken();
        while (k < doc.size()
                && (doc.token(k).is("—")
                        || doc.token(k).is("–")
                        || doc.token(k).is("-")
                        || doc.token(k).is(","))) {
            k++;
        }
        if (k >= doc.size() || doc.sentenceOf(k).paragraph() != s.paragraph()) {
            return null;
        }
        Mention m = table.at(k);
        return m != null
                        && m.first() == k
                        && m.kind() == Mention.Kind.NAME
                        && !m.possessive()
                        && m.entity().isPerson()
                ? m.entity()
                : null;
    }

    private static boolean onlyPunctuationBetween(ArticleText doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.token(k).isWord() || doc.token(k).kind() == Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    private static int wordCount(ArticleText doc, QuoteSpan q) {
        int n = 0;
        for (int k = q.firstToken(); k < q.endToken(); k++) {
            if (doc.token(k).isWord() || doc.token(k).kind() == Token.Kind.NUMBER) {
                n++;
            }
        }
        return n;
    }

    private static boolean endsLikeSentence(ArticleText doc, QuoteSpan q) {
        int end = q.closed() ? doc.token(q.closeToken()).start() : q.textEnd();
        String inside = doc.text.substring(q.textStart(), end).stripTrailing();
        return !inside.isEmpty() && ".?!,…".indexOf(inside.charAt(inside.length() - 1)) >= 0;
    }

    // ---- reported speech

    private Found reported(
            ArticleText doc,
            EntityTable table,
            Discourse discourse,
            Sentence s,
            SpeakerAttributor.Cue cue,
            List<SpeakerAttributor.Cue> cues,
            Set<Integer> acceptedQuotes) {
        int[] range =
                cue.accordingTo() ? accordingToClause(doc, table, s, cue) : reportedClause(doc, table, s, cue, cues);
        if (range == null) {
            return null;
        }
        int start = range[0];
        int end = range[1];
        int clause = discourse.clauseStart(s);
        if (cue.token() < clause && end > clause) {
            end = clause - 1; // "While X denied that …, Y did not": the report ends with its subordinate clause
        }
        while (end > start && doc.token(end - 1).kind() == Token.Kind.PUNCT) {
            end--;
        }
        for (int k = start; k < s.endToken(); k++) {
            if (doc.inQuote(k) && acceptedQuotes.contains(doc.quoteOfToken[k])) {
                // The quoted fragment inside (even in a report nested in this one) is reported as PARTIAL instead.
                return null;
            }
        }
        int words = 0;
        for (int k = start; k < end; k++) {
            Token t = doc.token(k);
            if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
                words++;
            }
        }
        if (words < 3) {
            return null;
        }
        SpeakerAttributor.Speaker sp = attributor.speaker(doc, table, discourse, s, cue);
        if (sp.entity() == null && !hasSubject(doc, s, cue)) {
            return null;
        }
        return new Found(
                null,
                doc.token(start).start(),
                doc.token(end - 1).end(),
                start,
                end,
                QuoteKind.INDIRECT,
                cue.text(),
                cue.token(),
                sp.entity(),
                sp.confidence() * 0.9,
                sp.saidOf(),
                s);
    }

    /**
     * Reported speech needs someone reporting: a named speaker, or at least a noun before the verb ("Analysts said
     * that …", "a bookkeeper said that …"), so "it was said that" or a stray verb form yields nothing.
     */
    private static final Set<String> AUXILIARY = Set.of(
            "has",
            "have",
            "had",
            "also",
            "later",
            "then",
            "previously",
            "recently",
            "repeatedly",
            "publicly",
            "already",
            "once",
            "often",
            "never",
            "long");

    private static final Set<String> PASSIVE_OR_EMPTY =
            Set.of("it", "was", "were", "is", "are", "be", "been", "being", "there", "to");

    private static boolean hasSubject(ArticleText doc, Sentence s, SpeakerAttributor.Cue cue) {
        if (cue.accordingTo()) {
            return true;
        }
        int k = cue.token() - 1;
        while (k >= s.firstToken()
                && doc.token(k).isWord()
                && AUXILIARY.contains(doc.token(k).lower())) {
            k--;
        }
        if (k < s.firstToken()) {
            return false;
        }
        Token t = doc.token(k);
        if (t.isWord()) {
            return !PASSIVE_OR_EMPTY.contains(t.lower());
        }
        return t.is(",") || t.kind() == Token.Kind.POSSESSIVE; // "…, Mr. X’s spokesman, said" / appositions
    }

    /** Verbs whose reported clause may follow without "that": "He said Russia was …", "She told me the council had …". */
    private static final Set<String> CLAUSE_WITHOUT_THAT = Set.of(
            "say",
            "tell",
            "add",
            "warn",
            "argue",
            "insist",
            "claim",
            "predict",
            "acknowledge",
            "concede",
            "note",
            "suggest",
            "assert",
            "contend",
            "admit",
            "confirm",
            "deny",
            "explain",
            "stress",
            "complain",
            "maintain",
            "estimate",
            "recall");
    /** Words that can stand as the object of "told" before its clause: "told me", "told reporters". */
    private static final Set<String> TOLD_OBJECTS = Set.of(
            "me",
            "us",
            "him",
            "her",
            "them",
            "you",
            "reporters",
            "journalists",
            "lawmakers",
            "parliament",
            "investors",
            "analysts",
            "listeners",
            "viewers",
            "readers",
            "colleagues",
            "staff",
            "employees",
            "supporters",
            "residents",
            "jurors");

    private static final Set<String> FINITE = Set.copyOf(List.of(
            "is",
            "was",
            "were",
            "are",
            "has",
            "had",
            "have",
            "will",
            "would",
            "could",
            "can",
            "should",
            "must",
            "may",
            "might",
            "did",
            "does",
            "do",
            "got",
            "went",
            "came",
            "made",
            "took",
            "saw",
            "knew",
            "thought",
            "found",
            "gave",
            "left",
            "lost",
            "won",
            "began",
            "ran",
            "sent",
            "spent",
            "paid",
            "fell",
            "rose",
            "grew",
            "kept",
            "held",
            "brought",
            "bought",
            "felt",
            "met",
            "meant",
            "needs",
            "needed",
            "remains",
            "remained",
            "knows",
            "wants",
            "plans",
            "expects",
            "lacks",
            "lacked",
            "faces",
            "shows",
            "understood",
            "heard",
            "wrote",
            "became",
            "stood",
            "spoke",
            "chose",
            "broke",
            "built",
            "sold",
            "caught",
            "taught",
            "fought",
            "dealt",
            "led",
            "read",
            "said",
            "told",
            "thought",
            "won't",
            "can't",
            "didn't",
            "wasn't",
            "isn't",
            "weren't",
            "hasn't",
            "hadn't",
            "wouldn't",
            "couldn't",
            "doesn't",
            "don't"));

    private static int[] reportedClause(
            ArticleText doc,
            EntityTable table,
            Sentence s,
            SpeakerAttributor.Cue cue,
            List<SpeakerAttributor.Cue> cues) {
        if (NO_REPORTED_CLAUSE.contains(cue.lemma())) {
            return null;
        }
        int c = cue.token();
        int j = c + 1;
        int end = s.endToken();
        if (j >= end || TERMINATORS.contains(doc.token(j).text())) {
            return trailingAttribution(doc, table, s, c);
        }
        Token t = doc.token(j);
        int start;
        if (t.is("that")) {
            start = j + 1;
        } else if (t.is(",") && s.firstToken() < c && !followsSubjectOnly(doc, s, c)) {
            start = j + 1; // "After that, Mr. Peskov said, Russia would decide …"
        } else {
            int that = thatWithin(doc, j, Math.min(end, j + 8));
            if (that >= 0 && hasFiniteVerb(doc, j, that)) {
                that = -1; // "said another explanation was that …": this "that" belongs to the reported clause
            }
            if (that >= 0
                    && (TELL_VERBS.contains(cue.text())
                            || CLAUSE_BREAKERS.contains(t.lower())
                            || t.text().endsWith("ly")
                            || that - j <= 3)) {
                start = that + 1; // "told reporters that", "said in a statement that", "said recently that"
            } else if (!CLAUSE_WITHOUT_THAT.contains(cue.lemma())) {
                return trailingStart(doc, s, c) >= 0 ? trailingAttribution(doc, table, s, c) : null;
            } else {
                int k = j;
                if (cue.lemma().equals("tell")) {
                    Mention object = table.at(k);
                    if (object != null && object.first() == k) {
                        k = object.end();
                    } else {
                        while (k < end
                                && k < j + 2
                                && TOLD_OBJECTS.contains(doc.token(k).lower())) {
                            k++;
                        }
                        if (k == j) {
                            return null;
                        }
                    }
                }
                if (k < end
                        && startsClause(doc.token(k))
                        && (hasFiniteVerb(doc, k, end) || isPersonalPronoun(doc.token(k)))) {
                    start = k;
                } else {
                    return trailingStart(doc, s, c) >= 0 ? trailingAttribution(doc, table, s, c) : null;
                }
            }
        }
        if (start >= end) {
            return null;
        }
        return new int[] {start, clauseEnd(doc, table, s, start, cues)};
    }

    private static boolean isPersonalPronoun(Token t) {
        return t.isWord()
                && Set.of("he", "she", "they", "we", "i", "it", "there").contains(t.lower());
    }

    /** True when a clause starting at k has a finite verb within its first words: "Russia was", "the planet formed". */
    private static boolean hasFiniteVerb(ArticleText doc, int k, int end) {
        for (int i = k; i < end && i < k + 8; i++) {
            Token t = doc.token(i);
            if (t.kind() == Token.Kind.PUNCT || t.isQuoteMark() || t.is("to")) {
                return false;
            }
            if (!t.isWord()) {
                continue;
            }
            String w = t.lower();
            if (FINITE.contains(w)) {
                return true;
            }
            boolean afterDeterminer = i > k
                    && (doc.token(i - 1).is("the")
                            || doc.token(i - 1).is("a")
                            || doc.token(i - 1).is("an"));
            if (i > k && w.endsWith("ed") && w.length() > 4 && !afterDeterminer) {
                return true;
            }
        }
        return false;
    }

    /** "Mr. Smith said, “…”": only the subject stands before the verb, so the comma opens a quotation, not a clause. */
    private static boolean followsSubjectOnly(ArticleText doc, Sentence s, int c) {
        return c + 2 < s.endToken() && doc.token(c + 2).isQuoteMark();
    }

    private static boolean startsClause(Token t) {
        if (t.kind() == Token.Kind.NUMBER) {
            return true;
        }
        if (!t.isWord()) {
            return false;
        }
        return !CLAUSE_BREAKERS.contains(t.lower()) && !t.text().endsWith("ly");
    }

    private static int thatWithin(ArticleText doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = doc.token(k);
            if (t.is("that")) {
                return k;
            }
            if (t.kind() == Token.Kind.PUNCT || t.isQuoteMark()) {
                return -1;
            }
        }
        return -1;
    }

    /** Offset of trailing words after a final verb ("…, Mr. Smith said on Tuesday."), or -1 if a clause follows. */
    private static int trailingStart(ArticleText doc, Sentence s, int c) {
        int k = c + 1;
        int words = 0;
        while (k < s.endToken() && !TERMINATORS.contains(doc.token(k).text())) {
            if (doc.token(k).is(",")) {
                return -1;
            }
            words++;
            k++;
        }
        return words <= 6
                        && (c + 1 >= s.endToken()
                                || !startsClause(doc.token(c + 1))
                                || Discourse.PREPOSITIONS.contains(
                                        doc.token(c + 1).lower())
                                || doc.token(c + 1).is("in"))
                ? k
                : -1;
    }

    /** "The plan is dead, Mr. Smith said." The reported clause is what comes before the speaker's comma. */
    private static int[] trailingAttribution(ArticleText doc, EntityTable table, Sentence s, int c) {
        int k = c - 1;
        Mention m = table.at(k);
        if (m != null) {
            k = m.first() - 1;
            if (k > s.firstToken() && doc.token(k).is("the")) {
                k--;
            }
        } else if (k >= s.firstToken() && Discourse.isSubjectPronoun(doc.token(k))) {
            k--;
        } else {
            return null;
        }
        if (k <= s.firstToken() || !doc.token(k).is(",")) {
            return null;
        }
        return new int[] {s.firstToken(), k};
    }

    /** The reported clause ends at the sentence's end, a semicolon, or where another speaker's clause begins. */
    private static int clauseEnd(
            ArticleText doc, EntityTable table, Sentence s, int start, List<SpeakerAttributor.Cue> cues) {
        for (int k = start; k < s.endToken(); k++) {
            Token t = doc.token(k);
            if (t.is(";")) {
                return k;
            }
            if (t.is(",") && k + 1 < s.endToken()) {
                int j = k + 1;
                if (doc.token(j).is("according")) {
                    return k;
                }
                if ((doc.token(j).is("a") || doc.token(j).is("an")) && commentFollows(doc, j + 1, s.endToken())) {
                    return k; // "…, a delay that drew a sharp response": the writer's comment, not the report
                }
                boolean contrast = doc.token(j).is("but")
                        || doc.token(j).is("although")
                        || doc.token(j).is("though");
                if (doc.token(j).is("and") || contrast) {
                    j++;
                }
                if (j < s.endToken()) {
                    Mention m = table.at(j);
                    int after = m != null && m.first() == j
                            ? m.end()
                            : Discourse.isSubjectPronoun(doc.token(j)) ? j + 1 : -1;
                    if (after > 0 && (contrast || nextIsCue(doc, after, cues))) {
                        return k; // "…, but she declined to rule it out": the report ends at the contrast
                    }
                }
            }
        }
        return s.endToken();
    }

    /** "a delay that …", "a move which …": a noun phrase of at most three words and a relative pronoun. */
    private static boolean commentFollows(ArticleText doc, int k, int end) {
        for (int j = k; j < end && j < k + 4; j++) {
            Token t = doc.token(j);
            if (t.is("that") || t.is("which")) {
                return j > k;
            }
            if (!t.isWord() || t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    private static boolean nextIsCue(ArticleText doc, int k, List<SpeakerAttributor.Cue> cues) {
        for (SpeakerAttributor.Cue c : cues) {
            if (c.token() >= k && c.token() <= k + 2) {
                return true;
            }
        }
        return false;
    }

    /** "According to X, the plan is dead." / "The plan is dead, according to X." */
    private static int[] accordingToClause(ArticleText doc, EntityTable table, Sentence s, SpeakerAttributor.Cue cue) {
        int c = cue.token();
        if (c == s.firstToken()) {
            int k = c + 2;
            while (k < s.endToken() && !doc.token(k).is(",")) {
                k++;
            }
            return k + 1 < s.endToken() ? new int[] {k + 1, s.endToken()} : null;
        }
        if (doc.token(c - 1).is(",")) {
            return new int[] {s.firstToken(), c - 1};
        }
        return null;
    }
}
