package io.whosaid.ingest.extract;

import io.whosaid.ingest.ParsedArticle;
import io.whosaid.ingest.ParsedComment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one parsed article and returns who is in it, what they said, about whom, in which role, and what each
 * reader comment mentions — every quote with the sentence and offsets it came from. Rules over sentences and
 * tokens, with general knowledge (places, titles, speech verbs) from {@code src/main/resources/extract/}; no
 * name is special-cased, nothing is downloaded.
 * <p>
 * The steps, each its own class: {@link NameFinder} (runs of capitalised words and what they are),
 * {@link EntityResolver} (one entity per person or organization however written), {@link OrganizationReferences}
 * ("the company" back to its name), {@link RoleFinder} (titles, appositions, possessives), {@link DescriptionFinder} ("the Russian president" back to the person),
 * {@link QuoteFinder} with {@link SpeakerAttributor} and {@link Discourse} (quotes, reported speech, speakers,
 * pronouns), {@link AboutFinder} (subjects), {@link CommentAnalyzer} (comment mentions and spam).
 * <p>
 * Thread-safe and reusable: an instance holds only immutable rules; all per-article state is local to
 * {@link #extract}.
 */
public final class Extractor {

    private final NameFinder names;
    private final EntityResolver resolver;
    private final OrganizationReferences organizationReferences;
    private final RoleFinder roles;
    private final DescriptionFinder descriptions;
    private final QuoteFinder quotes;
    private final AboutFinder about = new AboutFinder();
    private final SentenceSplitter splitter;
    private final Lexicon lexicon;

    public Extractor() {
        this.lexicon = Lexicon.standard();
        this.splitter = new SentenceSplitter(lexicon);
        this.names = new NameFinder(lexicon);
        this.resolver = new EntityResolver(lexicon);
        this.organizationReferences = new OrganizationReferences(lexicon);
        this.roles = new RoleFinder(lexicon, organizationReferences);
        this.descriptions = new DescriptionFinder(lexicon);
        this.quotes = new QuoteFinder(new SpeakerAttributor(lexicon));
    }

    public Extraction extract(ParsedArticle article) {
        if (article == null) {
            return Extraction.empty();
        }
        ArticleText doc = new ArticleText(article.title(), article.subtitle(), article.text(), splitter);
        EntityTable table = resolver.resolve(doc, names.find(doc));
        organizationReferences.find(doc, table);
        List<RoleFinder.Role> found = roles.find(doc, table);
        descriptions.find(doc, table);
        Discourse discourse = new Discourse(doc, table);
        List<QuoteFinder.Found> speech = quotes.find(doc, table, discourse);

        List<EntityDraft> inOrder = new ArrayList<>(table.entities);
        inOrder.sort(Comparator.comparingInt(e -> e.firstToken)); // as the article introduces them
        Map<EntityDraft, String> keys = keys(inOrder);
        List<ExtractedEntity> entities = new ArrayList<>();
        for (EntityDraft e : inOrder) {
            if (e.mentions == 0) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            for (String a : e.aliases) {
                if (!a.equals(e.name)) {
                    aliases.add(a);
                }
            }
            entities.add(
                    new ExtractedEntity(keys.get(e), e.type, e.name, List.copyOf(aliases), e.mentions, e.description));
        }

        List<ExtractedQuote> extractedQuotes = new ArrayList<>();
        speech.sort(Comparator.comparingInt(QuoteFinder.Found::textStart));
        for (List<QuoteFinder.Found> pieces : QuotePieces.group(doc, speech)) {
            QuoteFinder.Found f = pieces.get(0);
            QuoteFinder.Found attributed =
                    pieces.stream().filter(p -> p.cue() != null).findFirst().orElse(f);
            List<String> aboutKeys = new ArrayList<>();
            for (QuoteFinder.Found piece : pieces) {
                for (EntityDraft e : about.about(doc, table, discourse, piece)) {
                    String key = keys.get(e);
                    if (!aboutKeys.contains(key)) {
                        aboutKeys.add(key);
                    }
                }
            }
            List<Evidence> spans = new ArrayList<>(pieces.size());
            List<String> texts = new ArrayList<>(pieces.size());
            for (QuoteFinder.Found piece : pieces) {
                spans.add(new Evidence(
                        doc.sentenceText(piece.sentence()),
                        piece.textStart() - doc.bodyOffset,
                        piece.textEnd() - doc.bodyOffset));
                texts.add(doc.slice(piece.textStart(), piece.textEnd()));
            }
            String description = attributed.speaker() == null
                    ? SourceDescriber.describe(doc, table, attributed.sentence(), attributed.cueToken())
                    : null;
            extractedQuotes.add(new ExtractedQuote(
                    String.join(ExtractedQuote.PIECE_JOINER, texts),
                    f.kind(),
                    attributed.cue(),
                    attributed.speaker() == null ? null : keys.get(attributed.speaker()),
                    List.copyOf(aboutKeys),
                    spans.get(0),
                    attributed.confidence(),
                    List.copyOf(spans),
                    description));
        }

        List<ExtractedAffiliation> affiliations = new ArrayList<>();
        for (RoleFinder.Role r : found) {
            affiliations.add(new ExtractedAffiliation(
                    keys.get(r.person()), r.org() == null ? null : keys.get(r.org()), r.role()));
        }

        List<CommentFacts> comments = new ArrayList<>();
        List<ParsedComment> thread = article.comments() == null ? List.of() : article.comments();
        if (!thread.isEmpty()) {
            List<EntityDraft> mentioned = new ArrayList<>();
            for (EntityDraft e : table.entities) {
                if (e.mentions > 0) {
                    mentioned.add(e);
                }
            }
            CommentAnalyzer analyzer = new CommentAnalyzer(mentioned, lexicon);
            for (ParsedComment c : thread) {
                List<String> mentionKeys = new ArrayList<>();
                for (EntityDraft e : analyzer.mentions(c)) {
                    mentionKeys.add(keys.get(e));
                }
                comments.add(new CommentFacts(c.number(), List.copyOf(mentionKeys), CommentAnalyzer.isSpam(c.text())));
            }
        }
        return new Extraction(
                List.copyOf(entities), List.copyOf(extractedQuotes), List.copyOf(affiliations), List.copyOf(comments));
    }

    /** Keys are folded canonical names; a rare clash (a person and an organization of one name) gets a suffix. */
    private static Map<EntityDraft, String> keys(List<EntityDraft> entities) {
        Map<EntityDraft, String> keys = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        Map<String, Integer> clashes = new HashMap<>();
        for (EntityDraft e : entities) {
            if (e.mentions == 0) {
                continue;
            }
            String key = e.key();
            if (key.isEmpty()) {
                key = e.type.name().toLowerCase();
            }
            if (!taken.add(key)) {
                int n = clashes.merge(key, 1, Integer::sum) + 1;
                key = key + " " + n;
                taken.add(key);
            }
            keys.put(e, key);
        }
        return keys;
    }
}
