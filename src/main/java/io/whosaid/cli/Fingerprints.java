package io.whosaid.cli;

import java.nio.charset.StandardCharsets;

/**
 * A set of 64-bit fingerprints of the resume state's keys, in one array of longs (open addressing, at most half full):
 * 16 to 32 bytes an item. A key is a SHA-256 in hex ({@link ContentKey}), so its first 16 hex digits are already evenly
 * spread; two different items share a fingerprint with a chance of about n²/2⁶⁵ (one in 30 million for a million
 * items), and only then would the second be skipped as if it were in.
 */
final class Fingerprints {

    /** Marks a free slot; a fingerprint that happens to be 0 is stored as 1 instead (a 2⁻⁶⁴ merge, harmless). */
    private static final long FREE = 0;

    private long[] slots = new long[1024];
    private int size;

    /** The fingerprint of a key: its first 64 bits when it is a hex digest, else a 64-bit hash of its characters. */
    static long of(String key) {
        long fingerprint;
        if (key.length() >= 16 && key.chars().limit(16).allMatch(c -> Character.digit(c, 16) >= 0)) {
            fingerprint = Long.parseUnsignedLong(key.substring(0, 16), 16);
        } else {
            fingerprint = fnv1a(key.getBytes(StandardCharsets.UTF_8));
        }
        return fingerprint == FREE ? 1 : fingerprint;
    }

    /** Adds the fingerprint; false when it was there already. */
    boolean add(long fingerprint) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int slot = find(slots, fingerprint);
        if (slots[slot] == fingerprint) {
            return false;
        }
        slots[slot] = fingerprint;
        size++;
        return true;
    }

    boolean contains(long fingerprint) {
        return slots[find(slots, fingerprint)] == fingerprint;
    }

    int size() {
        return size;
    }

    /** The slot holding the fingerprint, or the free slot where it would go (linear probing). */
    private static int find(long[] table, long fingerprint) {
        int mask = table.length - 1;
        int slot = (int) mix(fingerprint) & mask;
        while (table[slot] != FREE && table[slot] != fingerprint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long fingerprint : slots) {
            if (fingerprint != FREE) {
                larger[find(larger, fingerprint)] = fingerprint;
            }
        }
        slots = larger;
    }

    /** Spreads the bits (a fingerprint that is not a digest may be uneven in its low bits). */
    private static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        return z ^ (z >>> 32);
    }

    private static long fnv1a(byte[] bytes) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
