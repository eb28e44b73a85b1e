package io.whosaid.ingest.resolve;

import io.whosaid.ingest.ParsedArticle;
import io.whosaid.ingest.ParsedComment;
import io.whosaid.ingest.extract.CommentFacts;
import io.whosaid.ingest.extract.EntityType;
import io.whosaid.ingest.extract.ExtractedAffiliation;
import io.whosaid.ingest.extract.ExtractedEntity;
import io.whosaid.ingest.extract.ExtractedQuote;
import io.whosaid.ingest.extract.Extraction;
import io.whosaid.ingest.resolve.ArticleGraph.AffiliationRow;
import io.whosaid.ingest.resolve.ArticleGraph.ArticleRow;
import io.whosaid.ingest.resolve.ArticleGraph.CommentRow;
import io.whosaid.ingest.resolve.ArticleGraph.EntityRow;
import io.whosaid.ingest.resolve.ArticleGraph.MentionRow;
import io.whosaid.ingest.resolve.ArticleGraph.QuoteRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Gives every parsed and extracted fact its node id, turning one article into the rows of one write. */
public final class ArticleGraphBuilder {

    public ArticleGraph build(ParsedArticle parsed, Extraction extraction, String url, String publishedAt) {
        String contentHash = Ids.sha256(fingerprint(parsed));
        String articleId = Ids.article(url, contentHash);
        ArticleRow article = new ArticleRow(
                articleId,
                url,
                parsed.title(),
                parsed.subtitle(),
                publishedAt,
                parsed.text(),
                contentHash,
                parsed.editorNotes());

        EntityRow publisher = parsed.source() == null
                ? null
                : new EntityRow(Ids.organization(parsed.source()), parsed.source(), List.of(), null, "publisher", 0);

        Map<String, String> idByKey = new HashMap<>();
        Map<String, String> descriptionByKey = new HashMap<>();
        for (ExtractedAffiliation affiliation : extraction.affiliations()) {
            // A role with no organization named still says who the person is.
            if (affiliation.organizationKey() == null && affiliation.role() != null) {
                descriptionByKey.putIfAbsent(affiliation.personKey(), affiliation.role());
            }
        }
        EvidenceFinder articleText = new EvidenceFinder(parsed.text());
        Map<String, List<String>> namesByKey = new HashMap<>();
        List<EntityRow> people = new ArrayList<>();
        List<EntityRow> organizations = new ArrayList<>();
        for (ExtractedEntity entity : extraction.entities()) {
            boolean person = entity.type() == EntityType.PERSON;
            // People meet across articles on a key without titles or middle initials; organizations on their name.
            String id = person ? Ids.person(Ids.personKey(entity.name())) : Ids.organization(entity.key());
            idByKey.put(entity.key(), id);
            String description =
                    entity.description() != null ? entity.description() : descriptionByKey.get(entity.key());
            List<String> names = names(entity);
            namesByKey.put(entity.key(), names);
            EntityRow row = new EntityRow(
                    id,
                    entity.name(),
                    distinctAliases(entity),
                    description,
                    null,
                    Math.max(1, entity.mentionCount()),
                    articleText.mentions(names));
            (person ? people : organizations).add(row);
        }

        List<QuoteRow> quotes = new ArrayList<>();
        for (ExtractedQuote quote : extraction.quotes()) {
            List<String> about = quote.aboutKeys().stream()
                    .map(idByKey::get)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            quotes.add(new QuoteRow(
                    Ids.quote(
                            articleId,
                            quote.kind().name(),
                            quote.evidence().start(),
                            quote.evidence().end()),
                    quote.text(),
                    quote.kind().name(),
                    quote.cue(),
                    quote.evidence().sentence(),
                    quote.evidence().start(),
                    quote.evidence().end(),
                    quote.confidence(),
                    quote.speakerKey() == null ? null : idByKey.get(quote.speakerKey()),
                    about,
                    quote.speakerKey() == null ? quote.sourceDescription() : null));
        }

        List<AffiliationRow> affiliations = new ArrayList<>();
        for (ExtractedAffiliation affiliation : extraction.affiliations()) {
            String personId = idByKey.get(affiliation.personKey());
            String organizationId =
                    affiliation.organizationKey() == null ? null : idByKey.get(affiliation.organizationKey());
            if (personId != null && organizationId != null && personId.startsWith(Ids.PERSON)) {
                affiliations.add(new AffiliationRow(
                        personId,
                        organizationId,
                        affiliation.role(),
                        articleText.together(
                                namesByKey.get(affiliation.personKey()),
                                namesByKey.get(affiliation.organizationKey()))));
            }
        }

        String site = Ids.site(url);
        Map<String, String> commentIdByNumber = new HashMap<>();
        List<CommentRow> comments = new ArrayList<>();
        Map<String, CommentFacts> factsByNumber = new HashMap<>();
        extraction.comments().forEach(facts -> factsByNumber.put(facts.number(), facts));
        int position = 0;
        for (ParsedComment comment : parsed.comments()) {
            String id = Ids.comment(articleId, comment.number());
            commentIdByNumber.put(comment.number(), id);
            CommentFacts facts = factsByNumber.get(comment.number());
            comments.add(new CommentRow(
                    id,
                    comment.number(),
                    comment.parentNumber() == null ? null : commentIdByNumber.get(comment.parentNumber()),
                    comment.text(),
                    facts != null && facts.spam(),
                    position++,
                    Ids.commenter(site, comment.author()),
                    comment.author(),
                    site));
        }
        List<MentionRow> mentions = new ArrayList<>();
        Map<String, String> commentTextByNumber = new HashMap<>();
        parsed.comments().forEach(comment -> commentTextByNumber.put(comment.number(), comment.text()));
        for (CommentFacts facts : extraction.comments()) {
            String commentId = commentIdByNumber.get(facts.number());
            if (commentId == null) {
                continue;
            }
            EvidenceFinder commentText = null;
            for (String key : new LinkedHashSet<>(facts.mentionKeys())) {
                String entityId = idByKey.get(key);
                if (entityId != null) {
                    commentText = commentText != null
                            ? commentText
                            : new EvidenceFinder(commentTextByNumber.get(facts.number()));
                    mentions.add(new MentionRow(commentId, entityId, commentText.mentions(namesByKey.get(key))));
                }
            }
        }
        return new ArticleGraph(article, publisher, people, organizations, quotes, affiliations, comments, mentions);
    }

    /** Every form the article wrote the entity in: its name and its aliases. */
    private static List<String> names(ExtractedEntity entity) {
        List<String> names = new ArrayList<>(List.of(entity.name()));
        names.addAll(entity.aliases());
        return names;
    }

    private static List<String> distinctAliases(ExtractedEntity entity) {
        LinkedHashSet<String> aliases = new LinkedHashSet<>(entity.aliases());
        aliases.remove(entity.name());
        return List.copyOf(aliases);
    }

    /** What makes two texts the same article: its content, not its whitespace. */
    private static String fingerprint(ParsedArticle parsed) {
        StringBuilder text = new StringBuilder()
                .append(parsed.title())
                .append('\n')
                .append(Objects.toString(parsed.subtitle(), ""))
                .append('\n')
                .append(parsed.text())
                .append('\n')
                .append(String.join("\n", parsed.editorNotes()))
                .append('\n')
                .append(Objects.toString(parsed.source(), ""))
                .append('\n');
        for (ParsedComment comment : parsed.comments()) {
            text.append(comment.number())
                    .append('|')
                    .append(comment.author())
                    .append('|')
                    .append(comment.text())
                    .append('\n');
        }
        return text.toString();
    }
}
