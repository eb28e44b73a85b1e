package io.whosaid.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A batch of articles being ingested, as it stood when asked; its items are a connection of their own. */
@Type("IngestJob")
@Description("A batch ingest: its progress, and (field items) each item's result in input order")
public record IngestJob(
        @NonNull @Id String id,
        @NonNull IngestJobState state,
        @Description("items in the batch") int total,

        @Description("items with a result (created, existed or failed)")
        int done,

        @Description("items refused") int failed,
        @Description("items that are new articles") int created,

        @Description("when the job was accepted (ISO-8601)") @NonNull
        String submittedAt) {}
