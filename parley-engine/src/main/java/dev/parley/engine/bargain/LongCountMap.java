package dev.parley.engine.bargain;

import java.util.Arrays;

/**
 * Open-addressing map from {@code long} keys to {@code long} counts (no boxing), with insertion-ordered
 * iteration so that results are deterministic.
 */
final class LongCountMap {
    private long[] keys;
    private long[] values;
    private int[] slots; // slot -> entry index + 1, 0 = empty
    private int size;
    private int mask;

    LongCountMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new int[cap];
        mask = cap - 1;
        keys = new long[Math.max(16, expected)];
        values = new long[keys.length];
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    void add(long key, long count) {
        int s = hash(key) & mask;
        while (true) {
            int e = slots[s];
            if (e == 0) {
                break;
            }
            if (keys[e - 1] == key) {
                values[e - 1] = Math.addExact(values[e - 1], count);
                return;
            }
            s = (s + 1) & mask;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = count;
        size++;
        slots[s] = size;
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    boolean contains(long key) {
        int s = hash(key) & mask;
        while (true) {
            int e = slots[s];
            if (e == 0) {
                return false;
            }
            if (keys[e - 1] == key) {
                return true;
            }
            s = (s + 1) & mask;
        }
    }

    private void rehash() {
        int cap = slots.length * 2;
        slots = new int[cap];
        mask = cap - 1;
        for (int e = 0; e < size; e++) {
            int s = hash(keys[e]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = e + 1;
        }
    }

    int size() {
        return size;
    }

    long key(int entry) {
        return keys[entry];
    }

    long value(int entry) {
        return values[entry];
    }
}
