package io.whosaid.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds runs of capitalised words and says what each is: a person (with any title before the name), an
 * organization, an acronym, a bare single word, or a place (dropped). Rules, in the order they apply:
 * a courtesy title makes a person; an office title followed by a name makes a person; an organization head
 * noun ("Center", "Ministry") or "the" before the run makes an organization; places, demonyms, days and
 * events are dropped; two to four remaining words make a person.
 */
final class NameFinder {

    private static final Pattern ARABIC_PARTICLE = Pattern.compile("(?:al|el|ad|as|ash|an|ibn|bin|abu|abd)-\\p{Lu}.*");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> CONNECTORS = Set.of("of", "for");
    private static final int MAX_PERSON_WORDS = 5;

    private final Lexicon lexicon;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<NameCandidate> find(ArticleText doc) {
        List<NameCandidate> out = new ArrayList<>();
        List<Integer> placeWords = new ArrayList<>();
        for (Sentence s : doc.sentences) {
            int k = s.firstToken();
            while (k < s.endToken()) {
                if (!isNameWord(doc, k)) {
                    k++;
                    continue;
                }
                int end = extend(doc, k, s.endToken());
                int personFirst = personAfterOrganizationOrPlace(doc, k, end);
                if (personFirst > k) {
                    add(doc, out, classify(doc, k, personFirst));
                    add(doc, out, classify(doc, personFirst, end));
                } else if (!add(doc, out, classify(doc, k, end)) && end - k == 1 && isPlaceRun(doc, k, end)) {
                    placeWords.add(k);
                }
                k = end;
            }
        }
        addSurnamesThatArePlaces(doc, out, placeWords);
        return out;
    }

    private boolean add(ArticleText doc, List<NameCandidate> out, NameCandidate c) {
        if (c == null || fillsScareQuote(doc, c) || insideTitleQuotation(doc, c)) {
            return false;
        }
        out.add(c);
        return true;
    }

    /**
     * "the Refugee Council Enver Solomon", "Ambassador to the United States Hamdullah Mohib": a run of capitals
     * can join an organization or a place to the name of the person who speaks for it. Where the run has no
     * title or courtesy title of its own (those rules read the name after the title) and no "of" or "for" inside
     * (those join the words of one organization's name), at least two words that end
     * with an organization's head noun or make a place, then two or three words that look like a person's name,
     * are two names. Returns where the person's name starts, or -1.
     */
    private int personAfterOrganizationOrPlace(ArticleText doc, int a, int end) {
        if (end - a < 4) {
            return -1;
        }
        for (int i = a; i < end; i++) {
            String w = doc.token(i).text();
            if (lexicon.startsTitle(w)
                    || lexicon.honorific(w) != null
                    || !doc.token(i).isWord()
                    || !Character.isUpperCase(w.codePointAt(0))) {
                return -1;
            }
        }
        for (int nameWords = 2; nameWords <= 3; nameWords++) {
            int personFirst = end - nameWords;
            if (personFirst - a < 2 || doc.token(personFirst - 1).text().equals("The")) {
                continue;
            }
            boolean prefixNamesSomethingElse =
                    lexicon.isOrgHead(doc.token(personFirst - 1).text())
                            || isPlaceRun(doc, doc.token(a).is("The") ? a + 1 : a, personFirst);
            if (prefixNamesSomethingElse
                    && !lexicon.isOrgHead(doc.token(end - 1).text())
                    && !isPlaceRun(doc, personFirst, end)
                    && !lexicon.isPlace(doc.token(personFirst).text())
                    && looksLikePersonName(doc, personFirst, end)) {
                return personFirst;
            }
        }
        return -1;
    }

    /**
     * "Paris claims that …" after "Valeska Paris": a word the place list knows, written alone, is the surname of a
     * person the article names in full, not the city.
     */
    private void addSurnamesThatArePlaces(ArticleText doc, List<NameCandidate> out, List<Integer> placeWords) {
        if (placeWords.isEmpty()) {
            return;
        }
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (NameCandidate c : out) {
            if (c.kind() == NameCandidate.Kind.PERSON && c.nameLength() >= 2) {
                surnames.add(Lexicon.fold(doc.token(c.end() - 1).text()));
            }
        }
        boolean added = false;
        for (int k : placeWords) {
            if (surnames.contains(Lexicon.fold(doc.token(k).text()))) {
                boolean possessive = k + 1 < doc.size() && doc.token(k + 1).kind() == Token.Kind.POSSESSIVE;
                out.add(new NameCandidate(
                        k,
                        k + 1,
                        -1,
                        -1,
                        k,
                        NameCandidate.Kind.UNKNOWN,
                        null,
                        null,
                        Gender.UNKNOWN,
                        false,
                        false,
                        possessive));
                added = true;
            }
        }
        if (added) {
            out.sort(java.util.Comparator.comparingInt(NameCandidate::first));
        }
    }

    /** A word that can be part of a name: capitalised, not a sentence-start common word, not a hyphenated adjective. */
    boolean isNameWord(ArticleText doc, int k) {
        Token t = doc.token(k);
        if (!t.isWord()) {
            return false;
        }
        String w = t.text();
        if (!Character.isUpperCase(w.codePointAt(0))) {
            return ARABIC_PARTICLE.matcher(w).matches();
        }
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0
                && hyphen + 1 < w.length()
                && Character.isLowerCase(w.charAt(hyphen + 1))
                && !isSyllableName(w.substring(0, hyphen), w.substring(hyphen + 1))) {
            return false; // "Soviet-era", "Kremlin-backed"
        }
        if (w.equals("I") || lexicon.isNotName(w)) {
            return false;
        }
        if (doc.atSentenceStart(k)) {
            // Titles keep their capital at a sentence start too: "President Vladimir V. Putin of Russia has ...".
            if (lexicon.honorific(w) != null || lexicon.title(w) != null) {
                return true;
            }
            if (t.isAllCaps()
                    && w.length() >= 2
                    && (!doc.isLowerCaseSomewhere(t.lower()) || writtenInsideASentence(doc, w))) {
                return true; // "WHO say …": an acronym keeps its capitals at a sentence start
            }
            String lower = t.lower();
            if (looksLikeVerbOrAdverb(lower)
                    && k + 1 < doc.size()
                    && doc.token(k + 1).isWord()
                    && Character.isUpperCase(doc.token(k + 1).text().codePointAt(0))) {
                return false; // "Hammering Lisa Ekwe, he …", "Reportedly Mara Ostby …": the name starts after it
            }
            return !(lexicon.isCommonWord(lower) || doc.isLowerCaseSomewhere(lower));
        }
        return true;
    }

    private static boolean writtenInsideASentence(ArticleText doc, String word) {
        for (int k = 0; k < doc.size(); k++) {
            if (doc.token(k).text().equals(word) && !doc.atSentenceStart(k)) {
                return true;
            }
        }
        return false;
    }

    /** Suffixes of compound adjectives, short enough to look like a syllable of a name: "Soviet-era", "US-led". */
    private static final Set<String> COMPOUND_SUFFIXES = Set.of(
            "era", "led", "run", "ran", "born", "made", "wide", "like", "free", "old", "year", "day", "based", "held",
            "owned", "type", "style", "bred", "only", "long");

    /**
     * "Jong-un", "Kwok-hing": a hyphenated given name of short syllables (both parts at most four letters, the second
     * no compound suffix) is a name, not an adjective.
     */
    private boolean isSyllableName(String first, String second) {
        return first.length() <= 5
                && second.length() <= 4
                && !COMPOUND_SUFFIXES.contains(second)
                && !lexicon.isCommonWord(second)
                && second.chars().allMatch(Character::isLetter);
    }

    private boolean isParticle(ArticleText doc, int k) {
        Token t = doc.token(k);
        return t.isWord() && Lexicon.NAME_PARTICLES.contains(t.text());
    }

    private static final Set<String> CREDIT_LABELS =
            Set.of("Image", "Photo", "Picture", "Photograph", "Video", "Credit", "Source", "Illustration");

    /** "Belle Image: Nick Moreau.": a caption's credit label, not the last word of a name. */
    private static boolean isCreditLabel(ArticleText doc, int k) {
        return CREDIT_LABELS.contains(doc.token(k).text())
                && k + 1 < doc.size()
                && doc.token(k + 1).is(":");
    }

    private int extend(ArticleText doc, int k, int sentenceEnd) {
        int end = k + 1;
        boolean tail = false;
        boolean forTail = false;
        boolean andTail = false;
        int quote = doc.quoteOfToken[k];
        while (end < sentenceEnd && doc.quoteOfToken[end] == quote) {
            Token p = doc.token(end);
            if (isNameWord(doc, end) && lexicon.honorific(p.text()) == null && !isCreditLabel(doc, end)) {
                end++;
                continue;
            }
            if (p.kind() == Token.Kind.POSSESSIVE
                    && end + 1 < sentenceEnd
                    && isNameWord(doc, end + 1)
                    && (p.is("’")
                            || p.is("'")
                            || lexicon.isOrgHead(doc.token(end + 1).text()))) {
                // "Harwick Supporters’ Trust", "Children’s Hospital": a possessive inside an organization's name.
                end += 2;
                continue;
            }
            if (isParticle(doc, end)) {
                int q = end;
                while (q < sentenceEnd && isParticle(doc, q)) {
                    q++;
                }
                if (q < sentenceEnd && isNameWord(doc, q) && q - end <= 3) {
                    end = q + 1;
                    continue;
                }
                break;
            }
            if (CONNECTORS.contains(p.text()) && end + 1 < sentenceEnd) {
                int q = end + 1;
                if (doc.token(q).is("the") && q + 1 < sentenceEnd) {
                    q++;
                }
                String before = doc.token(end - 1).text();
                Lexicon.Title beforeTitle = lexicon.title(before);
                // Once an organization's name has taken "of" or "for", its name goes on through the next one:
                // "Joint Council for the Welfare of Immigrants".
                boolean joins = tail
                        || lexicon.isOrgHead(before)
                        || lexicon.title(before + " " + p.text() + " "
                                        + doc.token(q).text())
                                != null
                        // "Secretary of Agriculture Mara Ostby": a portfolio, then a name of two words or more
                        || p.is("of")
                                && beforeTitle != null
                                && beforeTitle.head()
                                && nameWordsFrom(doc, q, sentenceEnd) >= 3;
                if (joins && isNameWord(doc, q)) {
                    tail = true;
                    forTail = forTail || p.is("for");
                    end = q + 1;
                    continue;
                }
                break;
            }
            if (tail && (p.is("and") || p.is("&")) && end + 1 < sentenceEnd && isNameWord(doc, end + 1)) {
                end += 2;
                andTail = true;
                continue;
            }
            // "… Cooperation in Europe", "… Fair Trade in Asia" belong to the name; "Institute for Ocean Law in
            // Oslo" is an institute in a city.
            if (forTail
                    && p.is("in")
                    && end + 1 < sentenceEnd
                    && isNameWord(doc, end + 1)
                    && (andTail || lexicon.isCountryOrRegion(doc.token(end + 1).text()))) {
                end += 2;
                continue;
            }
            if (!tail
                    && p.is("and")
                    && end + 1 < sentenceEnd
                    && isNameWord(doc, end + 1)
                    && runEndsWithOrgHead(doc, end + 1, sentenceEnd)) {
                end += 2; // "Warehouse and Logistics Employees Union"
                continue;
            }
            if (p.is("&") && end + 1 < sentenceEnd && isNameWord(doc, end + 1)) {
                end += 2;
                continue;
            }
            break;
        }
        return end;
    }

    private int nameWordsFrom(ArticleText doc, int k, int sentenceEnd) {
        int j = k;
        while (j < sentenceEnd && isNameWord(doc, j)) {
            j++;
        }
        return j - k;
    }

    private boolean runEndsWithOrgHead(ArticleText doc, int k, int sentenceEnd) {
        int j = k;
        while (j < sentenceEnd && isNameWord(doc, j)) {
            j++;
        }
        return j - k >= 1 && lexicon.isOrgHead(doc.token(j - 1).text());
    }

    private NameCandidate classify(ArticleText doc, int first, int end) {
        boolean possessive = end < doc.size() && doc.token(end).kind() == Token.Kind.POSSESSIVE;
        int a = first;
        boolean leadingThe = doc.token(a).is("The");
        if (leadingThe) {
            a++;
        }
        if (a >= end) {
            return null;
        }
        boolean precededByThe = leadingThe
                || (first > 0
                        && (doc.token(first - 1).is("the")
                                || doc.token(first - 1).is("The")));

        Gender honorific = lexicon.honorific(doc.token(a).text());
        if (honorific != null && !precededByThe) {
            if (a + 1 >= end
                    || end - a == 2
                            && lexicon.startsTitle(doc.token(a + 1).text())
                            && lexicon.title(doc.token(a + 1).text()) != null) {
                return null; // "Mr. President": a form of address, not a name
            }
            return new NameCandidate(
                    first,
                    end,
                    a,
                    a + 1,
                    a + 1,
                    NameCandidate.Kind.PERSON,
                    null,
                    null,
                    honorific,
                    false,
                    true,
                    possessive);
        }

        // Office title, possibly after a country or organization word: "Russian President", "NATO Secretary General".
        int i = a;
        String country = null;
        String qualifierOrg = null;
        while (i < end
                && (lexicon.country(doc.token(i).text()) != null
                        || doc.token(i).isAllCaps()
                        || lexicon.isPlace(doc.token(i).text())
                                && i + 1 < end
                                && lexicon.startsTitle(doc.token(i + 1).text()))
                && lexicon.title(doc.token(i).text()) == null) {
            if (lexicon.isPlace(doc.token(i).text())
                    && lexicon.country(doc.token(i).text()) == null) {
                // "Pennsylvania Senator Rick Hanlon": a state or city before the title says where, not who
            } else if (lexicon.country(doc.token(i).text()) != null) {
                country = lexicon.country(doc.token(i).text());
            } else {
                qualifierOrg = doc.token(i).text();
            }
            i++;
        }
        int titleFirst = i;
        int titleEnd = -1;
        Gender titleGender = Gender.UNKNOWN;
        boolean leader = false;
        while (i < end && lexicon.startsTitle(doc.token(i).text())) {
            int matched = 0;
            Lexicon.Title title = null;
            for (int n = Math.min(lexicon.longestTitle(), end - i); n >= 1; n--) {
                title = lexicon.title(doc.tokenText(i, i + n));
                if (title != null) {
                    matched = n;
                    break;
                }
            }
            if (matched == 0) {
                break;
            }
            i += matched;
            if (title.head()) {
                titleEnd = i;
                leader = title.leader();
                if (title.gender() != Gender.UNKNOWN) {
                    titleGender = title.gender();
                }
            }
        }
        if (titleEnd < 0 && i == titleFirst && !hasOrgHead(doc, a, end)) {
            // "Editorial Manager Chet Clem": capitalised words ending in a role noun, then a name of two words or more.
            for (int k = i; k < end - 2 && k < i + 3; k++) {
                if (lexicon.isRoleNoun(doc.token(k).text())) {
                    titleEnd = k + 1;
                    break;
                }
            }
        }
        if (titleEnd > 0 && titleEnd + 3 < end && doc.token(titleEnd).is("of")) {
            // "Secretary of Agriculture Mara Ostby": the portfolio belongs to the title; the name is the last two
            // words (three with a middle initial).
            int nameWords = end - 3 > titleEnd + 1
                            && doc.token(end - 2).text().replace(".", "").length() == 1
                    ? 3
                    : 2;
            titleEnd = end - nameWords;
        }
        if (titleEnd > 0) {
            int nameFirst = titleEnd;
            if (nameFirst < end && lexicon.honorific(doc.token(nameFirst).text()) != null) {
                nameFirst++;
            }
            if (nameFirst >= end) {
                return new NameCandidate(
                        first,
                        end,
                        titleFirst,
                        titleEnd,
                        end,
                        NameCandidate.Kind.TITLE_ONLY,
                        country,
                        qualifierOrg,
                        titleGender,
                        leader,
                        false,
                        possessive);
            }
            if (!lexicon.isOrgHead(doc.token(end - 1).text())
                    && !precededByThe
                    && end - nameFirst <= MAX_PERSON_WORDS
                    && !isPlaceRun(doc, nameFirst, end)) {
                return new NameCandidate(
                        first,
                        end,
                        titleFirst,
                        titleEnd,
                        nameFirst,
                        NameCandidate.Kind.PERSON,
                        country,
                        qualifierOrg,
                        titleGender,
                        leader,
                        false,
                        possessive);
            }
        }

        if (EVENTS.contains(doc.token(end - 1).text())) {
            return null; // "the Vietnam War", "the Lantern Festival": an event, neither a person nor an organization
        }
        if (AWARDS.contains(doc.token(end - 1).text())) {
            return null; // "the Golden Compass Award": an award, not an organization
        }
        if (hasOrgHead(doc, a, end) || containsAmpersand(doc, a, end)) {
            return new NameCandidate(
                    first,
                    end,
                    -1,
                    -1,
                    a,
                    NameCandidate.Kind.ORGANIZATION,
                    null,
                    null,
                    Gender.UNKNOWN,
                    false,
                    false,
                    possessive);
        }
        String whole = doc.tokenText(a, end);
        if (lexicon.isNotName(whole)) {
            return null;
        }
        if (isPlaceRun(doc, a, end)) {
            // "South Korea says the broadcasts will continue": a country that speaks is its government.
            return lexicon.isCountryName(whole) && !possessive && speaksAsSubject(doc, first, end)
                    ? new NameCandidate(
                            first,
                            end,
                            -1,
                            -1,
                            a,
                            NameCandidate.Kind.ORGANIZATION,
                            null,
                            null,
                            Gender.UNKNOWN,
                            false,
                            false,
                            false)
                    : null;
        }
        if (end - a == 1) {
            Token t = doc.token(a);
            if (t.isAllCaps() && isDateline(doc, a)) {
                return null;
            }
            if (t.isAllCaps() && t.text().length() <= 10) {
                return new NameCandidate(
                        first,
                        end,
                        -1,
                        -1,
                        a,
                        NameCandidate.Kind.ACRONYM,
                        null,
                        null,
                        Gender.UNKNOWN,
                        false,
                        false,
                        possessive);
            }
            NameCandidate.Kind kind = precededByThe && standsAlone(doc, end) && !doc.inQuote(a)
                    ? NameCandidate.Kind.ORGANIZATION
                    : NameCandidate.Kind.UNKNOWN;
            return new NameCandidate(first, end, -1, -1, a, kind, null, null, Gender.UNKNOWN, false, false, possessive);
        }
        if (precededByThe && standsAlone(doc, end) && !doc.inQuote(a)) {
            return new NameCandidate(
                    first,
                    end,
                    -1,
                    -1,
                    a,
                    NameCandidate.Kind.ORGANIZATION,
                    null,
                    null,
                    Gender.UNKNOWN,
                    false,
                    false,
                    possessive);
        }
        // Leading places or demonyms describe the person: "Ukrainian pianist"-style capitals are not part of a name.
        int nameFirst = a;
        while (nameFirst < end - 1
                && lexicon.country(doc.token(nameFirst).text()) != null
                && !lexicon.isGivenName(doc.token(nameFirst).text())) {
            nameFirst++;
        }
        // "United States Hamdullah Mohib": a place of two words before a name of two is not part of it.
        if (end - nameFirst >= 4 && lexicon.isPlace(doc.tokenText(nameFirst, nameFirst + 2))) {
            nameFirst += 2;
        }
        int words = end - nameFirst;
        if (words == 1) {
            return new NameCandidate(
                    first,
                    end,
                    -1,
                    -1,
                    nameFirst,
                    NameCandidate.Kind.UNKNOWN,
                    null,
                    null,
                    Gender.UNKNOWN,
                    false,
                    false,
                    possessive);
        }
        if (words > MAX_PERSON_WORDS - 1 || !looksLikePersonName(doc, nameFirst, end)) {
            return null;
        }
        return new NameCandidate(
                first,
                end,
                -1,
                -1,
                nameFirst,
                NameCandidate.Kind.PERSON,
                null,
                null,
                Gender.UNKNOWN,
                false,
                false,
                possessive);
    }

    private static final java.util.Set<String> EVENTS = java.util.Set.of(
            "War",
            "Wars",
            "Festival",
            "Games",
            "Olympics",
            "Cup",
            "Championship",
            "Championships",
            "Day",
            "Week",
            "Eve");
    private static final java.util.Set<String> AWARDS = java.util.Set.of("Award", "Awards", "Prize", "Medal", "Trophy");
    /** Words after "the X" that show X is a verb's subject or object, not a modifier of a noun ("the Norburg region"). */
    private static final java.util.Set<String> AFTER_STANDALONE = java.util.Set.of(
            "is",
            "was",
            "has",
            "had",
            "have",
            "are",
            "were",
            "said",
            "says",
            "will",
            "would",
            "could",
            "can",
            "may",
            "might",
            "should",
            "must",
            "did",
            "does",
            "and",
            "or",
            "but",
            "of",
            "in",
            "to",
            "for",
            "on",
            "at",
            "with",
            "that",
            "which",
            "who",
            "as",
            "by",
            "from",
            "about",
            "also",
            "still",
            "never",
            "now",
            "then",
            "itself",
            "announced",
            "told");

    /**
     * "the Kremlin," / "the Kremlin’s" / "the Kremlin was": the word stands for something; "the Norburg region",
     * "the Corran museum": it only describes the noun after it.
     */
    private boolean standsAlone(ArticleText doc, int end) {
        if (end >= doc.size()) {
            return true;
        }
        Token next = doc.token(end);
        if (!next.isWord()) {
            return true;
        }
        return AFTER_STANDALONE.contains(next.text()) || lexicon.cue(next.text()) != null;
    }

    private static boolean containsAmpersand(ArticleText doc, int a, int end) {
        for (int i = a; i < end; i++) {
            if (doc.token(i).is("&")) {
                return true;
            }
        }
        return false;
    }

    /** "VARNHOLM —" at a paragraph's start, or a long all-capital word: a dateline or emphasis, not an acronym. */
    private static boolean isDateline(ArticleText doc, int k) {
        String w = doc.token(k).text();
        if (w.indexOf('.') < 0 && w.length() >= 7) {
            return true;
        }
        boolean paragraphStart = k == 0
                || doc.sentenceOf(k).firstToken() == k
                        && doc.paragraphs.get(doc.sentenceOf(k).paragraph()).firstToken() == k;
        return paragraphStart
                && k + 1 < doc.size()
                && (doc.token(k + 1).is("—")
                        || doc.token(k + 1).is("–")
                        || doc.token(k + 1).is("-")
                        || doc.token(k + 1).is(","));
    }

    private boolean hasOrgHead(ArticleText doc, int a, int end) {
        if (lexicon.isOrgHead(doc.token(end - 1).text())) {
            return true;
        }
        for (int i = a; i < end - 1; i++) {
            if (lexicon.isOrgHead(doc.token(i).text())
                    && CONNECTORS.contains(doc.token(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** Every word a place, demonym or compass word: "Eastern Europe", "New York", "Russian". */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of(
            "has",
            "have",
            "had",
            "also",
            "later",
            "then",
            "again",
            "previously",
            "repeatedly",
            "publicly",
            "officially",
            "formally");

    /** The run is the subject of a speech verb right after it ("Norway said", "Russia has also warned"). */
    private boolean speaksAsSubject(ArticleText doc, int first, int end) {
        if (first > 0
                && doc.token(first - 1).isWord()
                && (Discourse.PREPOSITIONS.contains(doc.token(first - 1).lower())
                        || doc.token(first - 1).is("in"))) {
            return false;
        }
        if (first > 1 && doc.token(first - 1).is("and") && doc.token(first - 2).isCapitalized()) {
            return false; // "officials of Russia and Ukraine said": the country is not the subject
        }
        int k = end;
        while (k < doc.size()
                && k < end + 2
                && BETWEEN_SUBJECT_AND_VERB.contains(doc.token(k).text())) {
            k++;
        }
        return k < doc.size()
                && !doc.inQuote(k)
                && doc.token(k).isWord()
                && !Character.isUpperCase(doc.token(k).text().charAt(0))
                && lexicon.cue(doc.token(k).text()) != null;
    }

    private boolean isPlaceRun(ArticleText doc, int a, int end) {
        if (lexicon.isPlace(doc.tokenText(a, end))) {
            return true;
        }
        if (end - a >= 2
                && (lexicon.isPlaceHead(doc.token(end - 1).text())
                        || lexicon.isPlaceHead(doc.token(a).text())
                                && (doc.token(a).is("Lake")
                                        || doc.token(a).is("Mount")
                                        || doc.token(a).is("Cape")))) {
            return true;
        }
        for (int i = a; i < end; i++) {
            if (!lexicon.isPlace(doc.token(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** Last words that make a run a day, an event, a place or a thing, never a person ("Election Day", "McMurdo Station"). */
    private static final Set<String> NOT_PERSON_LAST = Set.of(
            "Day",
            "Eve",
            "Week",
            "Weekend",
            "Night",
            "Festival",
            "Games",
            "Olympics",
            "War",
            "Cup",
            "Act",
            "Program",
            "Programme",
            "System",
            "Station",
            "House",
            "Hall",
            "Building",
            "Tower",
            "Bridge",
            "Square",
            "Park",
            "Airport",
            "Stadium",
            "Arena",
            "Street",
            "Avenue",
            "Road",
            "Prize",
            "Award",
            "Show",
            "Series",
            "Wage",
            "Policy",
            "Plan",
            "Treaty",
            "Agreement",
            "Accord",
            "Summit",
            "Conference",
            "Election",
            "Elections",
            "Race",
            "Campaign",
            "Crisis",
            "Hospital",
            "Church",
            "Cathedral",
            "Palace",
            "Castle",
            "Island",
            "Islands",
            "Mountains",
            "Desert",
            "Ocean",
            "Sea",
            "Bay",
            "Coast",
            "Shelf",
            "Glacier",
            "Canyon",
            "Falls",
            "Law",
            "Code",
            "Index",
            "Report",
            "Magazine",
            "Journal",
            "Review");
    /** First words that make a run a place: "St. Louis", "Fort Worth", "San Diego". */
    private static final Set<String> PLACE_FIRST = Set.of(
            "st", "ste", "saint", "fort", "ft", "mount", "mt", "port", "san", "santa", "los", "las", "lake", "cape",
            "new", "north", "south", "east", "west", "upper", "lower");

    private boolean looksLikePersonName(ArticleText doc, int a, int end) {
        if (NOT_PERSON_LAST.contains(doc.token(end - 1).text())) {
            return false;
        }
        if (!lexicon.isGivenName(doc.token(a).text())
                && doc.isLowerCaseSomewhere(doc.token(end - 1).lower())) {
            return false; // "Counseling Psychology" where the article also writes "psychology": a common noun, no
            // surname
        }
        if (end - a <= 3
                && PLACE_FIRST.contains(Lexicon.fold(doc.token(a).text()))
                && lexicon.honorific(doc.token(a).text()) == null) {
            return false;
        }
        for (int i = a; i < end; i++) {
            Token t = doc.token(i);
            if (t.isAllCaps() && t.text().replace(".", "").length() > 1 && !SUFFIXES.contains(Lexicon.fold(t.text()))) {
                return false;
            }
            if (t.isWord() && lexicon.isNotName(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** A name that is the whole of a quotation (“Politburo”) is a word held at arm's length, not a mention. */
    private static boolean fillsScareQuote(ArticleText doc, NameCandidate c) {
        int q = doc.quoteOfToken[c.first()];
        if (q < 0) {
            return false;
        }
        QuoteSpan span = doc.quotes.get(q);
        for (int k = span.firstToken(); k < span.endToken(); k++) {
            Token t = doc.token(k);
            boolean inside = k >= c.first() && k < c.end();
            boolean determiner = t.is("The") || t.is("A") || t.is("An") || t.is("the");
            if (!inside && !determiner && (t.isWord() || t.kind() == Token.Kind.NUMBER)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words in quotation marks that no speech verb governs and that do not open a sentence are a title or a term
     * (the film “A River Runs Under It”): capitalised words there are not people or organizations. A surname
     * in them still counts as a mention once the person is known.
     */
    private boolean insideTitleQuotation(ArticleText doc, NameCandidate c) {
        int q = doc.quoteOfToken[c.first()];
        if (q < 0 || c.kind() == NameCandidate.Kind.UNKNOWN) {
            return false;
        }
        QuoteSpan span = doc.quotes.get(q);
        Sentence s = doc.sentenceOf(span.openToken());
        for (int k = s.firstToken(); k < span.openToken(); k++) {
            Token t = doc.token(k);
            if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
                for (int j = s.firstToken(); j < s.endToken(); j++) {
                    Token w = doc.token(j);
                    if (!doc.inQuote(j) && w.isWord() && lexicon.cue(w.text()) != null) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false; // the quotation opens its sentence: someone's words
    }

    /** A word whose ending says it is a participle or an adverb ("hammering", "reportedly"), not part of a name. */
    private static boolean looksLikeVerbOrAdverb(String lower) {
        return lower.length() > 5 && (lower.endsWith("ing") || lower.endsWith("ly"));
    }

    static boolean isSuffix(String token) {
        return SUFFIXES.contains(Lexicon.fold(token));
    }
}
