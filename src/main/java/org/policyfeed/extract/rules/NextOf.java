package org.policyfeed.extract.rules;

import java.util.Arrays;

/**
 * The first occurrence of any of some strings in a text at or after a position, for positions asked in increasing
 * order: each string's last occurrence found is remembered and looked for again only once the position has passed
 * it, so a text is read at most once per string however often it is asked. Another text, or an earlier position,
 * starts over. One instance per user, not shared between threads.
 */
final class NextOf {
  /** No occurrence. */
  static final int NONE = Integer.MAX_VALUE;

  private final String[] needles;
  /** Per needle, its first occurrence at or after {@link #from} in {@link #text}, {@link #NONE}, or -1 for not known. */
  private final int[] at;
  private String text;
  private int from;

  NextOf(String... needles) {
    this.needles = needles;
    this.at = new int[needles.length];
  }

  /** The first position at or after {@code from} where one of the strings occurs in {@code t}, or {@link #NONE}. */
  int in(String t, int from) {
    if (t != text || from < this.from) {
      text = t;
      Arrays.fill(at, -1);
    }
    this.from = from;
    int first = NONE;
    for (int k = 0; k < needles.length; k++) {
      if (at[k] != NONE && at[k] < from) {
        int x = t.indexOf(needles[k], from);
        at[k] = x < 0 ? NONE : x;
      }
      first = Math.min(first, at[k]);
    }
    return first;
  }
}
