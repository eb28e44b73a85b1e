package io.whosaid.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.graph.Ordering;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Cursors hold every kind of sort key value a page has, and only this service's cursors for this order are read. */
class CursorsTest {

    private static final Ordering BY_DATE = Ordering.parse("byDate", "q.publishedAt DESC, q.id");
    private static final Ordering BY_SCORE = Ordering.parse("byScore", "score DESC, q.id");

    private final Cursors cursors = new Cursors(Optional.of("a secret for tests"));

    @Test
    void everyKindOfKeyValueComesBack() {
        List<Object> position =
                Arrays.asList(ZonedDateTime.parse("2024-12-30T10:15:30Z"), "quote:1", 42L, 0.75, true, null);
        Ordering six = Ordering.parse("six", "a, b, c, d, e, f");
        assertEquals(position, cursors.decode("after", cursors.encode(six, position), six));
    }

    @Test
    void cursorsOfAnotherOrderAnotherKeyOrTamperedWithAreRefused() {
        String cursor = cursors.encode(BY_DATE, List.of(ZonedDateTime.parse("2024-12-30T00:00:00Z"), "quote:1"));
        BadInputException otherOrder =
                assertThrows(BadInputException.class, () -> cursors.decode("after", cursor, BY_SCORE));
        assertEquals("after is a cursor of another list or order than this one", otherOrder.getMessage());
        Cursors restarted = new Cursors(Optional.of("another secret"));
        assertThrows(BadInputException.class, () -> restarted.decode("after", cursor, BY_DATE));
        String tampered = cursor.charAt(0) == 'A' ? "B" + cursor.substring(1) : "A" + cursor.substring(1);
        assertThrows(BadInputException.class, () -> cursors.decode("after", tampered, BY_DATE));
    }

    /** Each thread signs with its own Mac: cursors made on several threads at once are all valid and all the same. */
    @Test
    void threadsSignAlike() throws Exception {
        List<Object> position = List.of(7L, "quote:7");
        String expected = cursors.encode(BY_SCORE, position);
        List<CompletableFuture<String>> made = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> cursors.encode(BY_SCORE, position)))
                .toList();
        for (CompletableFuture<String> cursor : made) {
            assertEquals(expected, cursor.get());
        }
        assertNotEquals(expected, cursors.encode(BY_SCORE, List.of(8L, "quote:7")));
    }
}
