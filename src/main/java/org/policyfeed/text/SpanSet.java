package org.policyfeed.text;

import java.util.Arrays;

/**
 * A set of stretches {@code [start, end)} of one text, compared as {@link TextShape#normalised} would
 * (runs of spaces and line breaks as one space, none at either end) but without building those strings.
 * Gives the same answers as a {@code HashSet<String>} of {@code normalised(text, start, end)}.
 *
 * <p>Stretches are filed by a hash of their first {@value #PREFIX} normalised characters, so a stretch
 * that starts differently from all others costs only those characters. Only when two stretches share
 * that hash is a hash of the whole of each taken (at most once per stretch, so the work stays linear in
 * the text), and only when those agree too are the two compared character by character. Not
 * thread-safe; one set serves one rule run at a time.
 */
final class SpanSet {
  /** The number of normalised characters the first hash covers. */
  static final int PREFIX = 32;

  private String text;
  /** Open addressing: 1 + the index of the stretch in a slot, 0 for an empty slot. */
  private int[] table;
  private int[] starts;
  private int[] ends;
  private int[] prefixHashes;
  private long[] fullHashes;
  private boolean[] hasFull;
  private int size;

  SpanSet(String text) {
    this(text, 8);
  }

  /** A set with room for {@code expected} stretches (see {@link #expect}). */
  SpanSet(String text, int expected) {
    this.text = text;
    int capacity = Math.max(8, expected);
    table = new int[Integer.highestOneBit(capacity * 2 - 1) << 1];
    starts = new int[capacity];
    ends = new int[capacity];
    prefixHashes = new int[capacity];
    fullHashes = new long[capacity];
    hasFull = new boolean[capacity];
  }

  /** Empties the set and points it at {@code next}. */
  void reset(String next) {
    text = next;
    Arrays.fill(table, 0);
    size = 0;
  }

  /**
   * Makes room for {@code expected} stretches at once, so that a set that will hold that many does not
   * grow (and rehash) step by step on the way; a wrong guess only costs room or a later growth.
   */
  void expect(int expected) {
    if (expected > starts.length) {
      starts = Arrays.copyOf(starts, expected);
      ends = Arrays.copyOf(ends, expected);
      prefixHashes = Arrays.copyOf(prefixHashes, expected);
      fullHashes = Arrays.copyOf(fullHashes, expected);
      hasFull = Arrays.copyOf(hasFull, expected);
    }
    if (expected * 2 > table.length) {
      int length = Integer.highestOneBit(expected * 2 - 1) << 1;
      if (size == 0) {
        table = new int[length];
      } else {
        while (table.length < length) {
          rehash();
        }
      }
    }
  }

  /**
   * Adds {@code text[start, end)}.
   *
   * @return false when an equal stretch, once normalised, is in the set already
   */
  boolean add(int start, int end) {
    int ph = prefixHash(text, start, end);
    int mask = table.length - 1;
    int slot = mix(ph) & mask;
    long fh = 0;
    boolean fhDone = false;
    for (int e = table[slot]; e != 0; slot = (slot + 1) & mask, e = table[slot]) {
      int k = e - 1;
      if (prefixHashes[k] != ph) {
        continue;
      }
      if (!fhDone) {
        fh = fullHash(text, start, end);
        fhDone = true;
      }
      if (!hasFull[k]) {
        fullHashes[k] = fullHash(text, starts[k], ends[k]);
        hasFull[k] = true;
      }
      if (fullHashes[k] == fh && equal(text, starts[k], ends[k], start, end)) {
        return false;
      }
    }
    if (size == starts.length) {
      int m = size * 2;
      starts = Arrays.copyOf(starts, m);
      ends = Arrays.copyOf(ends, m);
      prefixHashes = Arrays.copyOf(prefixHashes, m);
      fullHashes = Arrays.copyOf(fullHashes, m);
      hasFull = Arrays.copyOf(hasFull, m);
    }
    starts[size] = start;
    ends[size] = end;
    prefixHashes[size] = ph;
    fullHashes[size] = fh;
    hasFull[size] = fhDone;
    table[slot] = ++size;
    if (size * 2 > table.length) {
      rehash();
    }
    return true;
  }

  private void rehash() {
    int[] t = new int[table.length * 2];
    int mask = t.length - 1;
    for (int k = 0; k < size; k++) {
      int slot = mix(prefixHashes[k]) & mask;
      while (t[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      t[slot] = k + 1;
    }
    table = t;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** A hash of the first {@value #PREFIX} characters of {@code normalised(s, start, end)}. */
  static int prefixHash(String s, int start, int end) {
    int h = 0;
    int count = 0;
    boolean space = false;
    for (int i = start; i < end && count < PREFIX; i++) {
      char c = s.charAt(i);
      if (TextShape.isWhitespace(c)) {
        space = count > 0;
      } else {
        if (space) {
          h = 31 * h + ' ';
          count++;
          space = false;
        }
        h = 31 * h + c;
        count++;
      }
    }
    return h;
  }

  /** A 64-bit hash of the whole of {@code normalised(s, start, end)}. */
  static long fullHash(String s, int start, int end) {
    long h = 0;
    boolean any = false;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (TextShape.isWhitespace(c)) {
        space = any;
      } else {
        if (space) {
          h = (h + ' ') * 0x100000001b3L;
          space = false;
        }
        h = (h + c) * 0x100000001b3L;
        any = true;
      }
    }
    return h;
  }

  /** Whether {@code normalised(s, a, aEnd)} equals {@code normalised(s, b, bEnd)}. */
  static boolean equal(String s, int a, int aEnd, int b, int bEnd) {
    // skip leading whitespace: normalised text never starts with a space
    while (a < aEnd && TextShape.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b < bEnd && TextShape.isWhitespace(s.charAt(b))) {
      b++;
    }
    while (a < aEnd && b < bEnd) {
      char ca = s.charAt(a);
      char cb = s.charAt(b);
      boolean wa = TextShape.isWhitespace(ca);
      boolean wb = TextShape.isWhitespace(cb);
      if (wa || wb) {
        if (!(wa && wb)) {
          return false;
        }
        while (a < aEnd && TextShape.isWhitespace(s.charAt(a))) {
          a++;
        }
        while (b < bEnd && TextShape.isWhitespace(s.charAt(b))) {
          b++;
        }
        // a run of spaces counts only when something follows it on both sides, or on neither
        if ((a < aEnd) != (b < bEnd)) {
          return false;
        }
        continue;
      }
      if (ca != cb) {
        return false;
      }
      a++;
      b++;
    }
    // what is left on either side must be whitespace only (trailing spaces do not count)
    while (a < aEnd && TextShape.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b < bEnd && TextShape.isWhitespace(s.charAt(b))) {
      b++;
    }
    return a == aEnd && b == bEnd;
  }
}
