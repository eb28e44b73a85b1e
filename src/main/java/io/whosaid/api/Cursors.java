package io.whosaid.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.whosaid.api.errors.BadInputException;
import io.whosaid.graph.Ordering;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Opaque cursors: the sort key values of an item (its position in the connection's {@link Ordering}) and the
 * ordering's name, signed with an HMAC so that a cursor this service did not make, or one made for another order,
 * is refused with BAD_INPUT instead of being read as a position. The key comes from
 * {@code whosaid.api.cursor-secret}; without it a random one is made at start, and cursors then stop working
 * when the service restarts (set it where cursors must outlive a restart, or several instances serve one API).
 */
@ApplicationScoped
public class Cursors {

    private static final Logger LOG = Logger.getLogger(Cursors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int MAC_BYTES = 16;
    private static final int MAX_CURSOR_LENGTH = 4096;

    private final SecretKeySpec key;

    /**
     * A Mac per thread, keyed once: a page signs a cursor per item, and looking up the provider and keying a new Mac
     * each time was most of that cost. doFinal leaves a Mac ready for the next payload.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public Cursors(@ConfigProperty(name = "whosaid.api.cursor-secret") Optional<String> secret) {
        byte[] bytes;
        if (secret.isPresent() && !secret.get().isBlank()) {
            bytes = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            LOG.debug("whosaid.api.cursor-secret is not set: cursors are signed with a key made at start");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The cursor of the item at {@code position} (its sort key values) in {@code ordering}. */
    public String encode(Ordering ordering, List<Object> position) {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        for (Object value : position) {
            if (value instanceof ZonedDateTime time) {
                values.addObject().put("dt", time.toString());
            } else if (value instanceof String text) {
                values.add(text);
            } else if (value instanceof Long number) {
                values.add(number);
            } else {
                values.add(JSON.valueToTree(value));
            }
        }
        byte[] payload = (ordering.name() + "\n" + values).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The position a cursor holds; BAD_INPUT (naming {@code argument}) unless this service made it for {@code ordering}. */
    public List<Object> decode(String argument, String cursor, Ordering ordering) {
        if (cursor.length() > MAX_CURSOR_LENGTH) {
            throw invalid(argument);
        }
        int dot = cursor.indexOf('.');
        if (dot < 0) {
            throw invalid(argument);
        }
        byte[] payload;
        byte[] mac;
        try {
            payload = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            mac = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid(argument);
        }
        if (!MessageDigest.isEqual(mac, mac(payload))) {
            throw invalid(argument);
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        if (newline < 0 || !text.substring(0, newline).equals(ordering.name())) {
            throw new BadInputException(argument + " is a cursor of another list or order than this one");
        }
        try {
            JsonNode values = JSON.readTree(text.substring(newline + 1));
            List<Object> position = new ArrayList<>();
            for (JsonNode value : values) {
                position.add(value(value));
            }
            if (position.size() != ordering.size()) {
                throw invalid(argument);
            }
            return position;
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            throw invalid(argument);
        }
    }

    private static Object value(JsonNode value) {
        if (value.isObject() && value.has("dt")) {
            return ZonedDateTime.parse(value.get("dt").asText());
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNull()) {
            return null;
        }
        throw new IllegalArgumentException("not a key value: " + value);
    }

    private byte[] mac(byte[] payload) {
        return Arrays.copyOf(macs.get().doFinal(payload), MAC_BYTES);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static BadInputException invalid(String argument) {
        return new BadInputException(argument + " is not a cursor this API returned");
    }
}
