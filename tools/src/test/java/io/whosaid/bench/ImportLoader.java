package io.whosaid.bench;

import io.whosaid.ingest.resolve.ArticleGraph;
import io.whosaid.ingest.resolve.ArticleGraph.AffiliationRow;
import io.whosaid.ingest.resolve.ArticleGraph.CommentRow;
import io.whosaid.ingest.resolve.ArticleGraph.EntityRow;
import io.whosaid.ingest.resolve.ArticleGraph.MentionRow;
import io.whosaid.ingest.resolve.ArticleGraph.QuoteRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The offline alternative to {@link BulkLoader}: writes the corpus as CSV files and builds the store with
 * {@code neo4j-admin database import full} (Neo4j's own bulk importer, shipped in target/neo4j-lib), before the
 * embedded Neo4j is first started on it. Same nodes, labels, properties and relationships; the schema is built
 * afterwards by {@link BulkLoader#finish}.
 */
public final class ImportLoader {

    private static final Map<String, String> NODE_HEADERS = new LinkedHashMap<>();

    static {
        NODE_HEADERS.put("people", "id:ID,:LABEL,name,aliases:string[],description");
        NODE_HEADERS.put("organizations", "id:ID,:LABEL,name,aliases:string[],kind");
        NODE_HEADERS.put("commenters", "id:ID,:LABEL,handle,site");
        NODE_HEADERS.put(
                "articles",
                "id:ID,:LABEL,url,title,subtitle,publishedAt:datetime,text,contentHash,ingestedAt:datetime");
        NODE_HEADERS.put(
                "quotes", "id:ID,:LABEL,text,kind,cue,sentence,start:int,end:int,confidence:double,unnamedSource");
        NODE_HEADERS.put("comments", "id:ID,:LABEL,number,text,spam:boolean,position:int");
    }

    private static final Map<String, String> RELATIONSHIP_HEADERS = Map.of(
            "relationships", ":START_ID,:END_ID,:TYPE",
            "article_mentions", ":START_ID,:END_ID,:TYPE,count:int",
            "affiliations", ":START_ID,:END_ID,:TYPE,role");

    private ImportLoader() {}

    /** Builds the store of {@code home} (which must not hold one yet) from the generated corpus. */
    static void importInto(Path home, Path libDir, String heap, CorpusGenerator generator, PrintStream log) {
        Path csv = home.resolve("import-csv");
        long begun = System.nanoTime();
        try {
            Files.createDirectories(csv);
            Files.createDirectories(home.resolve("conf"));
            writeCsv(csv, generator);
            log.printf("bench-load: CSV files written in %.1f s%n", (System.nanoTime() - begun) / 1e9);
            Files.writeString(
                    home.resolve("conf/neo4j.conf"),
                    String.join(
                            "\n",
                            "server.directories.data=" + home.resolve("data"),
                            "server.directories.logs=" + home.resolve("logs"),
                            "server.directories.run=" + home.resolve("run"),
                            ""));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap,
                    "-cp",
                    libDir.toAbsolutePath() + "/*",
                    "org.neo4j.cli.AdminTool",
                    "database",
                    "import",
                    "full",
                    "neo4j",
                    "--overwrite-destination=true",
                    "--multiline-fields=true",
                    "--skip-duplicate-nodes=false",
                    "--high-parallel-io=on",
                    "--max-off-heap-memory=1G",
                    // its report goes with the store, not into the working directory (the project folder)
                    "--report-file=" + home.resolve("import.report")));
            for (String name : NODE_HEADERS.keySet()) {
                command.add("--nodes=" + csv.resolve(name + ".csv"));
            }
            for (String name : RELATIONSHIP_HEADERS.keySet()) {
                command.add("--relationships=" + csv.resolve(name + ".csv"));
            }
            long importBegun = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("import.log").toFile());
            builder.environment().put("NEO4J_HOME", home.toString());
            builder.environment().put("NEO4J_CONF", home.resolve("conf").toString());
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("neo4j-admin import failed; see " + home.resolve("import.log"));
            }
            log.printf("bench-load: neo4j-admin import done in %.1f s%n", (System.nanoTime() - importBegun) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            BenchStore.delete(csv);
        }
    }

    private static void writeCsv(Path dir, CorpusGenerator generator) throws IOException {
        Map<String, BufferedWriter> files = new LinkedHashMap<>();
        try {
            for (var header : NODE_HEADERS.entrySet()) {
                files.put(header.getKey(), open(dir, header.getKey(), header.getValue()));
            }
            for (var header : RELATIONSHIP_HEADERS.entrySet()) {
                files.put(header.getKey(), open(dir, header.getKey(), header.getValue()));
            }
            Set<String> written = new HashSet<>();
            BufferedWriter rels = files.get("relationships");
            int total = generator.spec().articles();
            // Articles are independent of each other: generate a chunk on all cores, write it in order.
            for (int from = 0; from < total; from += 2_000) {
                List<GeneratedArticle> chunk = java.util.stream.IntStream.range(from, Math.min(total, from + 2_000))
                        .parallel()
                        .mapToObj(generator::article)
                        .toList();
                for (GeneratedArticle generated : chunk) {
                    ArticleGraph graph = generated.graph();
                    var article = graph.article();
                    if (graph.publisher() != null) {
                        entity(files.get("organizations"), "Organization;Entity", graph.publisher(), written);
                        row(rels, article.id(), graph.publisher().id(), "PUBLISHED_BY");
                    }
                    for (EntityRow person : graph.people()) {
                        entity(files.get("people"), "Person;Entity", person, written);
                        row(
                                files.get("article_mentions"),
                                article.id(),
                                person.id(),
                                "MENTIONS",
                                Integer.toString(person.mentions()));
                    }
                    for (EntityRow organization : graph.organizations()) {
                        entity(files.get("organizations"), "Organization;Entity", organization, written);
                        row(
                                files.get("article_mentions"),
                                article.id(),
                                organization.id(),
                                "MENTIONS",
                                Integer.toString(organization.mentions()));
                    }
                    for (AffiliationRow affiliation : graph.affiliations()) {
                        if (written.add(affiliation.personId() + "|" + affiliation.organizationId())) {
                            row(
                                    files.get("affiliations"),
                                    affiliation.personId(),
                                    affiliation.organizationId(),
                                    "AFFILIATED_WITH",
                                    quoted(affiliation.role()));
                        }
                    }
                    row(
                            files.get("articles"),
                            article.id(),
                            "Article",
                            quoted(article.url()),
                            quoted(article.title()),
                            quoted(article.subtitle()),
                            quoted(article.publishedAt()),
                            quoted(article.text()),
                            quoted(article.contentHash()),
                            generated.ingestedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                    for (QuoteRow quote : graph.quotes()) {
                        row(
                                files.get("quotes"),
                                quote.id(),
                                "Quote",
                                quoted(quote.text()),
                                quote.kind(),
                                quoted(quote.cue()),
                                quoted(quote.sentence()),
                                Integer.toString(quote.start()),
                                Integer.toString(quote.end()),
                                Double.toString(quote.confidence()),
                                quoted(quote.unnamedSource()));
                        row(rels, quote.id(), article.id(), "QUOTED_IN");
                        if (quote.speakerId() != null) {
                            row(rels, quote.speakerId(), quote.id(), "SAID");
                        }
                        for (String about : quote.aboutIds()) {
                            row(rels, quote.id(), about, "ABOUT");
                        }
                    }
                    for (CommentRow comment : graph.comments()) {
                        if (written.add(comment.authorId())) {
                            row(
                                    files.get("commenters"),
                                    comment.authorId(),
                                    "Commenter",
                                    quoted(comment.authorHandle()),
                                    quoted(comment.site()));
                        }
                        row(
                                files.get("comments"),
                                comment.id(),
                                "Comment",
                                quoted(comment.number()),
                                quoted(comment.text()),
                                Boolean.toString(comment.spam()),
                                Integer.toString(comment.position()));
                        row(rels, comment.id(), article.id(), "ON");
                        row(rels, comment.authorId(), comment.id(), "WROTE");
                        if (comment.parentId() != null) {
                            row(rels, comment.id(), comment.parentId(), "REPLY_TO");
                        }
                    }
                    for (MentionRow mention : graph.commentMentions()) {
                        row(rels, mention.commentId(), mention.entityId(), "MENTIONS");
                    }
                }
            }
        } finally {
            for (BufferedWriter writer : files.values()) {
                writer.close();
            }
        }
    }

    private static void entity(BufferedWriter out, String labels, EntityRow entity, Set<String> written)
            throws IOException {
        if (written.add(entity.id())) {
            String last = labels.startsWith("Person") ? quoted(entity.description()) : quoted(entity.kind());
            row(out, entity.id(), labels, quoted(entity.name()), quoted(String.join(";", entity.aliases())), last);
        }
    }

    private static BufferedWriter open(Path dir, String name, String header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(dir.resolve(name + ".csv"), StandardCharsets.UTF_8);
        writer.write(header);
        writer.write('\n');
        return writer;
    }

    private static void row(BufferedWriter out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(fields[i]);
        }
        out.write('\n');
    }

    /** A CSV field in double quotes; an absent value is an empty field, which the importer leaves unset. */
    private static String quoted(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
