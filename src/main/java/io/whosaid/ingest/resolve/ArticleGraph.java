package io.whosaid.ingest.resolve;

import java.util.List;

/**
 * One article as the graph will hold it: every node with its id and every relationship by the ids it joins.
 * This is what one write transaction receives; nothing in it needs the database to compute.
 */
public record ArticleGraph(
        ArticleRow article,
        EntityRow publisher,
        List<EntityRow> people,
        List<EntityRow> organizations,
        List<QuoteRow> quotes,
        List<AffiliationRow> affiliations,
        List<CommentRow> comments,
        List<MentionRow> commentMentions) {

    /** The article node. {@code contentHash} tells a changed text from a repeated one. */
    public record ArticleRow(
            String id,
            String url,
            String title,
            String subtitle,
            String publishedAt,
            String text,
            String contentHash,
            List<String> editorNotes) {}

    /**
     * A person or organization; {@code mentions} is how often this article refers to it, {@code spans} where its text
     * names it (the evidence of the article's MENTIONS edge).
     */
    public record EntityRow(
            String id,
            String name,
            List<String> aliases,
            String description,
            String kind,
            int mentions,
            List<Span> spans) {

        public EntityRow {
            spans = spans == null ? List.of() : List.copyOf(spans);
        }

        /** An entity whose mentions were not located. */
        public EntityRow(String id, String name, List<String> aliases, String description, String kind, int mentions) {
            this(id, name, aliases, description, kind, mentions, List.of());
        }
    }

    public record QuoteRow(
            String id,
            String text,
            String kind,
            String cue,
            String sentence,
            int start,
            int end,
            double confidence,
            String speakerId,
            List<String> aboutIds,
            String unnamedSource) {

        /** A quote whose speaker is named, or nobody. */
        public QuoteRow(
                String id,
                String text,
                String kind,
                String cue,
                String sentence,
                int start,
                int end,
                double confidence,
                String speakerId,
                List<String> aboutIds) {
            this(id, text, kind, cue, sentence, start, end, confidence, speakerId, aboutIds, null);
        }
    }

    /** A person's role with an organization; {@code spans}: the sentences of the article that name both. */
    public record AffiliationRow(String personId, String organizationId, String role, List<Span> spans) {

        public AffiliationRow {
            spans = spans == null ? List.of() : List.copyOf(spans);
        }

        public AffiliationRow(String personId, String organizationId, String role) {
            this(personId, organizationId, role, List.of());
        }
    }

    /** A comment; {@code position} keeps thread order. */
    public record CommentRow(
            String id,
            String number,
            String parentId,
            String text,
            boolean spam,
            int position,
            String authorId,
            String authorHandle,
            String site) {}

    /** A comment's mention of an entity; {@code spans} are offsets into the comment's text. */
    public record MentionRow(String commentId, String entityId, List<Span> spans) {

        public MentionRow {
            spans = spans == null ? List.of() : List.copyOf(spans);
        }

        public MentionRow(String commentId, String entityId) {
            this(commentId, entityId, List.of());
        }
    }
}
