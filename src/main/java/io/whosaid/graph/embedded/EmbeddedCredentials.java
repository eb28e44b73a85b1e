package io.whosaid.graph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * The embedded Neo4j's login: user {@code neo4j} and a password made at random on the store's first start and
 * kept in {@value #FILE} in its home folder, readable by the service's user alone (mode 0600). Anyone else on
 * the machine who reaches the loopback Bolt port cannot log in.
 */
public final class EmbeddedCredentials {

    public static final String USER = "neo4j";
    static final String FILE = "neo4j-password";
    /** What Neo4j sets on a new store, and demands be changed at the first login. */
    static final String INITIAL_PASSWORD = "neo4j";

    private EmbeddedCredentials() {}

    /** The password of the embedded Neo4j with this home folder, made and stored now if there is none. */
    public static String password(Path home) {
        Path file = home.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(home);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the embedded Neo4j's password in " + file, e);
        }
    }

    /** The login for the embedded Neo4j with this home folder: what tests and tools pointed at its store use. */
    public static AuthToken authToken(Path home) {
        return AuthTokens.basic(USER, password(home));
    }
}
