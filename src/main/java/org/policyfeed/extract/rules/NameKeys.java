package org.policyfeed.extract.rules;

/**
 * {@link Rules#normalise} of a range of a text, read char by char into a reused buffer without copying the range:
 * for testing a phrase against a few known keys before paying for the substring and the full normalisation.
 *
 * <p>{@code normalise} decomposes (NFD), drops marks, takes lower case, turns every run of chars outside
 * {@code [\p{L}\p{N}]} into one space and strips. For a char below {@code U+0500} other than a mark, a surrogate
 * or capital sigma (whose lower case depends on what follows) each of these steps works on the char alone: its
 * decomposition is a base char and marks, the marks go, and the base alone is lower-cased. So such a char stands
 * for one char of the key, or for a gap ({@link Rules#keyChar}). Reading stops at the first char of any other kind; what was read is then
 * only a prefix of the key (the chars after it can add to the key, never change what is there). Reading stops as
 * well when no key starts with what was read.
 *
 * <p>An instance holds the buffer the key is read into: one per call of a finder, not shared between threads.
 */
final class NameKeys {
  private static final char GAP = ' ';
  private static final char STOP = 0;

  /** What {@link #find} found: no key, the whole key of the range, or keys that start as the range does. */
  static final int NONE = 0;
  static final int WHOLE = 1;
  static final int PART = 2;

  /** The key read last: {@code buf[0, len)}. */
  private char[] buf = EMPTY; // made at the first key read
  private static final char[] EMPTY = new char[0];
  private int len;
  /** The keys that start with the key read so far: {@code sorted[lo, hi)}. */
  private int lo;
  private int hi;

  /**
   * Looks for the key {@link Rules#normalise} makes of {@code t[s, e)} among sorted keys ({@code sorted[0, n)}),
   * reading the range only as long as a key starts with what was read.
   *
   * @return {@link #WHOLE} when the range was read whole and its key is one of them ({@link #key()} gives it);
   *     {@link #PART} when reading stopped at a char not read here and some of them start with what was read (the
   *     range's key may be one of them); else {@link #NONE}
   */
  int find(String t, int s, int e, String[] sorted, int n) {
    len = 0;
    lo = 0;
    hi = n;
    boolean gap = false;
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      char k = Rules.keyChar(c);
      if (k == STOP) {
        return lo < hi ? PART : NONE;
      }
      if (k == GAP) {
        gap = true;
        continue;
      }
      if (gap && len > 0 && !append(' ', sorted)) {
        return NONE;
      }
      gap = false;
      if (!append(k, sorted)) {
        return NONE;
      }
    }
    // the keys left start with the one read; one equal to it comes first
    return lo < hi && sorted[lo].length() == len ? WHOLE : NONE;
  }

  /** Adds a char to the key read and keeps the keys that go on with it; whether any is left. */
  private boolean append(char c, String[] sorted) {
    // sorted[lo, hi) start with buf[0, len): those equal to it come first, then those by their char at len
    while (lo < hi && (sorted[lo].length() <= len || sorted[lo].charAt(len) < c)) {
      lo++;
    }
    int h = lo;
    while (h < hi && sorted[h].length() > len && sorted[h].charAt(len) == c) {
      h++;
    }
    hi = h;
    if (len == buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.max(32, buf.length * 2));
    }
    buf[len++] = c;
    return lo < hi;
  }

  /** The key read last, as a string. */
  String key() {
    return new String(buf, 0, len);
  }
}
