package io.whosaid.graph.embedded;

import static io.whosaid.graph.embedded.EmbeddedMemory.GIB;
import static io.whosaid.graph.embedded.EmbeddedMemory.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The embedded Neo4j's memory: shares of the machine unless set, and transaction limits always below the heap. */
class EmbeddedMemoryTest {

    @Test
    void automaticSizesAreSharesOfTheMachineWithinBounds() {
        EmbeddedMemory sixteen = EmbeddedMemory.of("auto", "auto", "auto", "auto", 16 * GIB);
        assertEquals(2 * GIB, sixteen.heap());
        assertEquals(2 * GIB, sixteen.pageCache());
        assertEquals(GIB, sixteen.transactionsTotal(), "all transactions: half the heap");
        assertEquals(384 * MIB, sixteen.transactionMax(), "one transaction: three sixteenths of the heap");

        EmbeddedMemory small = EmbeddedMemory.of("auto", "auto", "auto", "auto", 2 * GIB);
        assertEquals(512 * MIB, small.heap(), "never below 512m");
        assertEquals(256 * MIB, small.pageCache());

        EmbeddedMemory huge = EmbeddedMemory.of("auto", "auto", "auto", "auto", 512 * GIB);
        assertEquals(8 * GIB, huge.heap(), "never above 8g");
        assertEquals(16 * GIB, huge.pageCache());
    }

    @Test
    void setSizesWinAndTheTransactionLimitsFollowTheHeap() {
        EmbeddedMemory set = EmbeddedMemory.of("1g", "300M", "auto", "auto", 64 * GIB);
        assertEquals(GIB, set.heap());
        assertEquals(300 * MIB, set.pageCache());
        assertEquals(512 * MIB, set.transactionsTotal());
        assertEquals(192 * MIB, set.transactionMax());
        assertEquals("1024m", EmbeddedMemory.megabytes(set.heap()));

        EmbeddedMemory limits = EmbeddedMemory.of("1g", "300m", "32m", "600m", 0);
        assertEquals(32 * MIB, limits.transactionMax());
        assertEquals(600 * MIB, limits.transactionsTotal());
    }

    @Test
    void transactionLimitsAtOrAboveTheHeapAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> EmbeddedMemory.of("512m", "auto", "auto", "512m", 0));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedMemory.of("512m", "auto", "300m", "200m", 0));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedMemory.of("lots", "auto", "auto", "auto", 0));
        assertTrue(EmbeddedMemory.machineMemory() > 0);
    }
}
