package io.whosaid.graph.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Applies the schema migrations of {@code cypher/migrations/} in order, each once, and records each in the
 * graph as a {@code (:__Migration)} node with its checksum.
 *
 * <p>Hand-made because neo4j-migrations, the library for this, does not resolve from the registry this
 * project builds from (its parent POM is not served). It follows that library's conventions
 * ({@code V<version>__<description>.cypher}, statements ending in {@code ;}) so switching later is easy.
 * An applied migration whose file has since changed stops the start-up: history is not rewritten.
 */
public final class MigrationRunner {

    private static final Logger LOG = Logger.getLogger(MigrationRunner.class);
    private static final String FOLDER = "cypher/migrations/";
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.(cypher|java)");
    /** Steps Cypher cannot do, named in migrations.list as {@code V<version>__<description>.java}. */
    private static final Map<String, Consumer<Session>> JAVA_STEPS =
            Map.of("V0009__entity_name_keys_backfill.java", NameKeysBackfill::run);

    private final Driver driver;

    public MigrationRunner(Driver driver) {
        this.driver = driver;
    }

    /** Applies what is pending and returns the versions applied by this call. */
    public List<String> migrate() {
        List<Migration> migrations = available();
        List<String> applied = new ArrayList<>();
        try (Session session = driver.session()) {
            session.run(
                            "CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE")
                    .consume();
            for (Migration migration : migrations) {
                List<Record> recorded = session.run(
                                "MATCH (m:__Migration {version: $version}) RETURN m.checksum AS checksum",
                                Map.of("version", migration.version()))
                        .list();
                if (!recorded.isEmpty()) {
                    String checksum = recorded.get(0).get("checksum").asString();
                    if (!checksum.equals(migration.checksum())) {
                        throw new IllegalStateException("Migration " + migration.fileName()
                                + " was changed after it was applied; add a new migration instead");
                    }
                    continue;
                }
                // Schema statements cannot share a transaction with writes, so each runs on its own.
                for (String statement : migration.statements()) {
                    session.run(statement).consume();
                }
                if (JAVA_STEPS.containsKey(migration.fileName())) {
                    JAVA_STEPS.get(migration.fileName()).accept(session);
                }
                session.run(
                                """
                        MERGE (m:__Migration {version: $version})
                        SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()""",
                                Map.of(
                                        "version",
                                        migration.version(),
                                        "description",
                                        migration.description(),
                                        "checksum",
                                        migration.checksum()))
                        .consume();
                applied.add(migration.version());
                LOG.infof("Applied migration %s", migration.fileName());
            }
            // Reads rely on the indexes from the first request on.
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        return applied;
    }

    /** The migrations listed in {@code migrations.list}, in that order. */
    public static List<Migration> available() {
        List<Migration> migrations = new ArrayList<>();
        for (String line : read(FOLDER + "migrations.list").split("\n")) {
            String fileName = line.strip();
            if (fileName.isEmpty() || fileName.startsWith("#")) {
                continue;
            }
            Matcher matcher = FILE_NAME.matcher(fileName);
            if (!matcher.matches()) {
                throw new IllegalStateException("Migration file name " + fileName
                        + " is not V<version>__<description>.cypher (or .java for a step of JAVA_STEPS)");
            }
            if (fileName.endsWith(".java")) {
                if (!JAVA_STEPS.containsKey(fileName)) {
                    throw new IllegalStateException("Migration " + fileName + " names no Java step of MigrationRunner");
                }
                migrations.add(new Migration(
                        matcher.group(1),
                        matcher.group(2).replace('_', ' '),
                        fileName,
                        sha256("java:" + fileName),
                        List.of()));
                continue;
            }
            String content = read(FOLDER + fileName);
            migrations.add(new Migration(
                    matcher.group(1),
                    matcher.group(2).replace('_', ' '),
                    fileName,
                    sha256(content),
                    statements(content)));
        }
        return migrations;
    }

    static List<String> statements(String content) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : content.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String resource) {
        try (InputStream in = MigrationRunner.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One migration file: its version, description, checksum and statements. */
    public record Migration(
            String version, String description, String fileName, String checksum, List<String> statements) {}
}
