package org.policyfeed.text;

import java.util.Arrays;

/**
 * A set of stretches {@code [start, end)} of one text, compared as {@link TextShape#normalised} would
 * (runs of spaces and line breaks as one space, none at either end) but without building those strings:
 * {@code add} hashes the normalised characters in place and, when hashes meet, compares the two stretches
 * character by character under the same normalisation. Same answers as a {@code HashSet<String>} of
 * {@code normalised(text, start, end)}. Not thread-safe; one set serves one rule run.
 */
final class SpanSet {
  private final String text;
  /** Open addressing: 1 + the index of the stretch in a slot, 0 for an empty slot. */
  private int[] table = new int[32];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int[] hashes = new int[16];
  private int size;

  SpanSet(String text) {
    this.text = text;
  }

  /**
   * Adds {@code text[start, end)}.
   *
   * @return false when an equal stretch, once normalised, is in the set already
   */
  boolean add(int start, int end) {
    int h = hash(text, start, end);
    int mask = table.length - 1;
    int slot = mix(h) & mask;
    for (int e = table[slot]; e != 0; slot = (slot + 1) & mask, e = table[slot]) {
      int k = e - 1;
      if (hashes[k] == h && equal(text, starts[k], ends[k], start, end)) {
        return false;
      }
    }
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    hashes[size] = h;
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
      int slot = mix(hashes[k]) & mask;
      while (t[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      t[slot] = k + 1;
    }
    table = t;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  /** The hash of {@code normalised(s, start, end)}, the way {@link String#hashCode} would make it. */
  static int hash(String s, int start, int end) {
    int h = 0;
    boolean space = false;
    boolean any = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (TextShape.isWhitespace(c)) {
        space = true;
      } else {
        if (space && any) {
          h = 31 * h + ' ';
        }
        space = false;
        any = true;
        h = 31 * h + c;
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
