package io.whosaid.graph.edit;

import io.whosaid.model.QuoteKind;
import io.whosaid.model.QuoteStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans of the edits to quotes. A correction (speaker, subjects, kind) makes the quote CORRECTED, unless it is
 * retracted, which only an undo changes; confirming makes it CONFIRMED, retracting RETRACTED ({@link QuoteStatus}).
 */
public final class QuoteEdits {

    static final String SAID = "SAID";
    static final String ABOUT = "ABOUT";

    private QuoteEdits() {}

    /**
     * Sets who said the quote: an entity ({@code speakerId}), or an unnamed source described in words
     * ({@code unnamedSource}), or, with both null, nobody.
     */
    public static GraphEditor.Plan setSpeaker(String quoteId, String speakerId, String unnamedSource) {
        return state -> {
            if (speakerId != null && unnamedSource != null) {
                throw EditRefusedException.badInput("Give a speaker or an unnamed source, not both");
            }
            List<String> ids = new ArrayList<>(List.of(quoteId));
            if (speakerId != null) {
                ids.add(speakerId);
            }
            Snapshot now = state.read(ids);
            NodeState quote = quote(now, quoteId);
            if (speakerId != null) {
                EntityEdits.entities(now, List.of(speakerId));
            }
            List<RelState> rels = new ArrayList<>();
            for (RelState rel : now.relationships()) {
                if (!(rel.type().equals(SAID) && rel.to().equals(quoteId))) {
                    rels.add(rel);
                }
            }
            if (speakerId != null) {
                rels.add(state.madeHere(new RelState(SAID, speakerId, quoteId)));
            }
            String source = unnamedSource == null || unnamedSource.isBlank() ? null : unnamedSource.strip();
            return quoteChange(now, corrected(quote).with("unnamedSource", source), rels);
        };
    }

    /** Sets what the quote is about: exactly these entities. */
    public static GraphEditor.Plan setSubjects(String quoteId, List<String> aboutIds) {
        return state -> {
            List<String> subjects = List.copyOf(new LinkedHashSet<>(aboutIds));
            List<String> ids = new ArrayList<>(List.of(quoteId));
            ids.addAll(subjects);
            Snapshot now = state.read(ids);
            NodeState quote = quote(now, quoteId);
            EntityEdits.entities(now, subjects);
            // A subject the quote keeps keeps its link as it was (made by the extractor, say); a new one is this
            // edit's.
            List<RelState> rels = new ArrayList<>();
            Set<String> kept = new HashSet<>();
            for (RelState rel : now.relationships()) {
                boolean about = rel.type().equals(ABOUT) && rel.from().equals(quoteId);
                if (!about || (subjects.contains(rel.to()) && kept.add(rel.to()))) {
                    rels.add(rel);
                }
            }
            subjects.stream()
                    .filter(id -> !kept.contains(id))
                    .forEach(id -> rels.add(state.madeHere(new RelState(ABOUT, quoteId, id))));
            return quoteChange(now, corrected(quote), rels);
        };
    }

    public static GraphEditor.Plan setKind(String quoteId, QuoteKind kind) {
        return state -> {
            Snapshot now = state.read(List.of(quoteId));
            NodeState quote = quote(now, quoteId);
            return quoteChange(now, corrected(quote).with("kind", kind.name()), now.relationships());
        };
    }

    public static GraphEditor.Plan setStatus(String quoteId, QuoteStatus status) {
        return state -> {
            Snapshot now = state.read(List.of(quoteId));
            NodeState quote = quote(now, quoteId);
            return quoteChange(now, quote.with("status", status.name()), now.relationships());
        };
    }

    static NodeState quote(Snapshot snapshot, String quoteId) {
        return snapshot.node(quoteId)
                .filter(node -> node.hasLabel("Quote"))
                .orElseThrow(() -> EditRefusedException.notFound("No quote with id " + quoteId));
    }

    private static NodeState corrected(NodeState quote) {
        return QuoteStatus.RETRACTED.name().equals(quote.string("status"))
                ? quote
                : quote.with("status", QuoteStatus.CORRECTED.name());
    }

    private static Change quoteChange(Snapshot now, NodeState quote, List<RelState> rels) {
        List<NodeState> nodes = new ArrayList<>();
        for (NodeState node : now.nodes()) {
            nodes.add(node.id().equals(quote.id()) ? quote : node);
        }
        return Change.between(now, new Snapshot(nodes, rels));
    }
}
