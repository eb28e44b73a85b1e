package io.whosaid.api.edit;

import io.quarkus.security.identity.SecurityIdentity;
import io.whosaid.api.ArticleIngest;
import io.whosaid.api.errors.BadInputException;
import io.whosaid.api.live.LiveEvents;
import io.whosaid.api.security.CallerName;
import io.whosaid.graph.edit.AffiliationEdits;
import io.whosaid.graph.edit.ArticleEdits;
import io.whosaid.graph.edit.DuplicateCandidates;
import io.whosaid.graph.edit.EntityEdits;
import io.whosaid.graph.edit.EntityTypeEdits;
import io.whosaid.graph.edit.GraphEditor;
import io.whosaid.graph.edit.QuoteEdits;
import io.whosaid.model.Edit;
import io.whosaid.model.EditKind;
import io.whosaid.model.EntityType;
import io.whosaid.model.QuoteKind;
import io.whosaid.model.QuoteStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The editing mutations (editor role, checked before any runs). Each is one recorded, reversible edit
 * ({@link GraphEditor}); its author is the caller's API key name or JWT subject. Thin: the plans are in graph/edit.
 */
@GraphQLApi
public class EditApi {

    private static final int MAX_REASON = 2000;

    private final GraphEditor editor;
    private final ManagedExecutor workers;
    private final SecurityIdentity identity;
    private final LiveEvents live;

    public EditApi(GraphEditor editor, ManagedExecutor workers, SecurityIdentity identity, LiveEvents live) {
        this.live = live;
        this.editor = editor;
        this.workers = workers;
        this.identity = identity;
    }

    @Mutation("mergeEntities")
    @Description(
            "Merges entities into one (into): their quotes, subjects, mentions, affiliations and aliases move to it, "
                    + "their names become its aliases, and later articles naming them land in it. Undo with splitEntity or undoEdit.")
    public @NonNull CompletionStage<Edit> mergeEntities(
            @Name("into") @NonNull @Id String into,
            @Name("ids") @NonNull List<@NonNull String> ids,
            @Name("reason") String reason) {
        List<String> subjects = new ArrayList<>(List.of(into));
        subjects.addAll(ids);
        return run(EditKind.MERGE_ENTITIES, reason, subjects, EntityEdits.merge(into, ids));
    }

    @Mutation("splitEntity")
    @Description(
            "Splits an entity back into the entities last merged into it, exactly as they were (the undo of that merge)")
    public @NonNull CompletionStage<Edit> splitEntity(
            @Name("id") @NonNull @Id String id, @Name("reason") String reason) {
        String author = author();
        String why = checkedReason(reason);
        return published(() -> editor.split(author, id, why));
    }

    @Mutation("undoEdit")
    @Description(
            "Undoes an edit, unless later edits still in force touched the same nodes (EDIT_DEPENDED_ON names them)")
    public @NonNull CompletionStage<Edit> undoEdit(@Name("id") @NonNull @Id String id, @Name("reason") String reason) {
        String author = author();
        String why = checkedReason(reason);
        return published(() -> editor.undo(author, id, why));
    }

    @Mutation("renameEntity")
    @Description("Renames a person or organization; the old name stays as an alias")
    public @NonNull CompletionStage<Edit> renameEntity(
            @Name("id") @NonNull @Id String id, @Name("name") @NonNull String name, @Name("reason") String reason) {
        return run(EditKind.RENAME_ENTITY, reason, List.of(id), EntityEdits.rename(id, name));
    }

    @Mutation("confirmEntity")
    @Description("Marks a person or organization as checked by an editor, as it is (confirmed: true): it leaves the "
            + "review queue. Undo with undoEdit")
    public @NonNull CompletionStage<Edit> confirmEntity(
            @Name("id") @NonNull @Id String id, @Name("reason") String reason) {
        return run(EditKind.CONFIRM_ENTITY, reason, List.of(id), EntityEdits.confirm(id));
    }

    @Mutation("addAlias")
    public @NonNull CompletionStage<Edit> addAlias(
            @Name("id") @NonNull @Id String id, @Name("alias") @NonNull String alias, @Name("reason") String reason) {
        return run(EditKind.ADD_ALIAS, reason, List.of(id), EntityEdits.addAlias(id, alias));
    }

    @Mutation("removeAlias")
    public @NonNull CompletionStage<Edit> removeAlias(
            @Name("id") @NonNull @Id String id, @Name("alias") @NonNull String alias, @Name("reason") String reason) {
        return run(EditKind.REMOVE_ALIAS, reason, List.of(id), EntityEdits.removeAlias(id, alias));
    }

    @Mutation("setEntityDescription")
    @Description("Sets a person's or organization's description; null clears it")
    public @NonNull CompletionStage<Edit> setEntityDescription(
            @Name("id") @NonNull @Id String id,
            @Name("description") String description,
            @Name("reason") String reason) {
        return run(EditKind.SET_ENTITY_DESCRIPTION, reason, List.of(id), EntityEdits.describe(id, description));
    }

    @Mutation("setQuoteSpeaker")
    @Description("Sets who said a quote: an entity (speakerId), an unnamed source in words (unnamedSource), or, with "
            + "neither, nobody. The quote becomes CORRECTED")
    public @NonNull CompletionStage<Edit> setQuoteSpeaker(
            @Name("id") @NonNull @Id String id,
            @Name("speakerId") @Id String speakerId,
            @Name("unnamedSource") String unnamedSource,
            @Name("reason") String reason) {
        List<String> subjects = speakerId == null ? List.of(id) : List.of(id, speakerId);
        return run(EditKind.SET_QUOTE_SPEAKER, reason, subjects, QuoteEdits.setSpeaker(id, speakerId, unnamedSource));
    }

    @Mutation("setQuoteSubjects")
    @Description("Sets what a quote is about: exactly these entities. The quote becomes CORRECTED")
    public @NonNull CompletionStage<Edit> setQuoteSubjects(
            @Name("id") @NonNull @Id String id,
            @Name("aboutIds") @NonNull List<@NonNull String> aboutIds,
            @Name("reason") String reason) {
        List<String> subjects = new ArrayList<>(List.of(id));
        subjects.addAll(aboutIds);
        return run(EditKind.SET_QUOTE_SUBJECTS, reason, subjects, QuoteEdits.setSubjects(id, aboutIds));
    }

    @Mutation("setQuoteKind")
    @Description("Changes a quote's kind. The quote becomes CORRECTED")
    public @NonNull CompletionStage<Edit> setQuoteKind(
            @Name("id") @NonNull @Id String id, @Name("kind") @NonNull QuoteKind kind, @Name("reason") String reason) {
        return run(EditKind.SET_QUOTE_KIND, reason, List.of(id), QuoteEdits.setKind(id, kind));
    }

    @Mutation("confirmQuote")
    @Description("Marks a quote as checked by a person: CONFIRMED")
    public @NonNull CompletionStage<Edit> confirmQuote(
            @Name("id") @NonNull @Id String id, @Name("reason") String reason) {
        return run(EditKind.CONFIRM_QUOTE, reason, List.of(id), QuoteEdits.setStatus(id, QuoteStatus.CONFIRMED));
    }

    @Mutation("retractQuote")
    @Description("Retracts a quote: RETRACTED, left out of default reads, kept in history and across re-ingests")
    public @NonNull CompletionStage<Edit> retractQuote(
            @Name("id") @NonNull @Id String id, @Name("reason") String reason) {
        return run(EditKind.RETRACT_QUOTE, reason, List.of(id), QuoteEdits.setStatus(id, QuoteStatus.RETRACTED));
    }

    @Mutation("changeEntityType")
    @Description(
            "Makes a person an organization or back (a new node under the id an ingest gives that type; one already "
                    + "there takes the links in), or, with NOT_AN_ENTITY, removes the entity with its links and keeps its name as "
                    + "rejected, so that later articles do not create it again as that type. Later articles naming the old id follow it")
    public @NonNull CompletionStage<Edit> changeEntityType(
            @Name("id") @NonNull @Id String id, @Name("type") @NonNull EntityType type, @Name("reason") String reason) {
        return run(EditKind.CHANGE_ENTITY_TYPE, reason, List.of(id), EntityTypeEdits.changeType(id, type));
    }

    @Mutation("deleteArticle")
    @Description("Deletes an article with its quotes, comments, and the people, organizations and commenters nothing "
            + "else holds (affiliations aside). Undo with undoEdit")
    public @NonNull CompletionStage<Edit> deleteArticle(
            @Name("id") @NonNull @Id String id, @Name("reason") String reason) {
        return run(EditKind.DELETE_ARTICLE, reason, List.of(id), ArticleEdits.delete(id));
    }

    @Mutation("setArticle")
    @Description(
            "Corrects an article's date (ISO-8601), publisher (by name) or url (absolute http(s), held by no other "
                    + "article, else URL_IN_USE); what is not given stays. The article keeps its id")
    public @NonNull CompletionStage<Edit> setArticle(
            @Name("id") @NonNull @Id String id,
            @Name("publishedAt") String publishedAt,
            @Name("publisher") String publisher,
            @Name("url") String url,
            @Name("reason") String reason) {
        String date = ArticleIngest.checkedDate(publishedAt);
        String checkedUrl = ArticleIngest.checkedUrl(url, "url");
        if (publisher != null && publisher.isBlank()) {
            throw new BadInputException("publisher must not be blank");
        }
        String publisherName = publisher == null ? null : publisher.strip();
        return run(EditKind.SET_ARTICLE, reason, List.of(id), ArticleEdits.set(id, date, publisherName, checkedUrl));
    }

    @Mutation("addAffiliation")
    @Description("Says that a person is affiliated with an organization, with an optional role")
    public @NonNull CompletionStage<Edit> addAffiliation(
            @Name("personId") @NonNull @Id String personId,
            @Name("organizationId") @NonNull @Id String organizationId,
            @Name("role") String role,
            @Name("reason") String reason) {
        return run(
                EditKind.ADD_AFFILIATION,
                reason,
                List.of(personId, organizationId),
                AffiliationEdits.add(personId, organizationId, role));
    }

    @Mutation("setAffiliationRole")
    @Description("Corrects the role of a person's affiliation with an organization; null clears it")
    public @NonNull CompletionStage<Edit> setAffiliationRole(
            @Name("personId") @NonNull @Id String personId,
            @Name("organizationId") @NonNull @Id String organizationId,
            @Name("role") String role,
            @Name("reason") String reason) {
        return run(
                EditKind.SET_AFFILIATION_ROLE,
                reason,
                List.of(personId, organizationId),
                AffiliationEdits.setRole(personId, organizationId, role));
    }

    @Mutation("removeAffiliation")
    @Description("Removes a person's affiliation with an organization")
    public @NonNull CompletionStage<Edit> removeAffiliation(
            @Name("personId") @NonNull @Id String personId,
            @Name("organizationId") @NonNull @Id String organizationId,
            @Name("reason") String reason) {
        return run(
                EditKind.REMOVE_AFFILIATION,
                reason,
                List.of(personId, organizationId),
                AffiliationEdits.remove(personId, organizationId));
    }

    @Mutation("rejectDuplicate")
    @Description(
            "Says that two entities are not one: duplicateCandidates never suggests the pair again (undoEdit does)")
    public @NonNull CompletionStage<Edit> rejectDuplicate(
            @Name("ids") @NonNull List<@NonNull String> ids, @Name("reason") String reason) {
        if (ids.size() != 2) {
            throw new BadInputException("ids must be the two entities of the pair");
        }
        return run(EditKind.REJECT_DUPLICATE, reason, ids, DuplicateCandidates.reject(ids.get(0), ids.get(1)));
    }

    private CompletionStage<Edit> run(EditKind kind, String reason, List<String> subjects, GraphEditor.Plan plan) {
        // Read on the request's thread: the identity belongs to the request, not to the worker.
        String author = author();
        String why = checkedReason(reason);
        return published(() -> editor.edit(author, kind, why, subjects, plan));
    }

    /** Runs an edit on a worker and, once it committed (the editor returns after its transaction), announces it. */
    private CompletionStage<Edit> published(Supplier<Edit> edit) {
        return workers.supplyAsync(() -> {
            Edit done = EditErrors.mapped(edit);
            live.entityChanged(done);
            return done;
        });
    }

    private String author() {
        return CallerName.of(identity);
    }

    private static String checkedReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new BadInputException("reason is longer than " + MAX_REASON + " characters");
        }
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
