package org.policyfeed.text;

import java.util.Arrays;

/**
 * {@link GluedFragmentRule} as it was before it found glue points and word starts in one pass over the
 * text's chars (a copy kept for {@link GluedFragmentDifferentialTest}). The original documentation follows.
 *
 * <p>{@code glued-fragment}: a block of text was written twice, and the first copy broke off mid-sentence
 * (or mid-word) and is glued straight onto the second: {@code "X. Y. At the closingX. Y. At the closing
 * of the conference"}. The first copy, with its dangling fragment, is removed; the complete second copy
 * stays.
 *
 * <p>Shape: at a <em>glue point</em> {@code g} a character that is not a space is directly followed by an
 * upper-case letter or a digit ({@code closingClose}, {@code orgParticipants}, {@code ICMPDThe},
 * {@code 2021The}). The text just before {@code g}, from a word start {@code p}, is identical to the
 * text just after it: {@code text[p, g) == text[g, 2g - p)}, with {@code g - p} at least
 * {@value #MIN_REPEAT} characters and at least two words. Brand names such as {@code TomTom} or
 * {@code BlaBlaCar} are far shorter; CamelCase words without a repeat never match.
 *
 * <p>Linear time: glue points and word starts are matched by a hash of their first
 * {@value #MIN_REPEAT} characters; each glue point tries at most {@value #MAX_CANDIDATES} nearest word
 * starts (kept per key in an open-addressing table of primitive arrays), blocks longer than {@value #MAX_BLOCK} characters are not considered, and the characters
 * compared over the whole text are capped at a small multiple of its length.
 */
final class GluedFragmentReference implements RepairRule {
  static final int MIN_REPEAT = GluedFragmentRule.MIN_REPEAT;
  static final int MAX_CANDIDATES = GluedFragmentRule.MAX_CANDIDATES;
  static final int MAX_BLOCK = GluedFragmentRule.MAX_BLOCK;

  @Override
  public String name() {
    return GluedFragmentRule.NAME;
  }

  @Override
  public void apply(String text, TextEditor editor) {
    int n = text.length();
    if (n < 2 * MIN_REPEAT) {
      return;
    }
    GluedFragmentRule.IntList glue = new GluedFragmentRule.IntList();
    for (int g = 1; g + MIN_REPEAT <= n; g++) {
      char c = text.charAt(g);
      char p = text.charAt(g - 1);
      if (TextShape.isWhitespace(p)) {
        continue;
      }
      if (TextShape.isUpperCase(c)
          || (TextShape.isDigit(c) && !TextShape.isDigit(p) && p != '.' && p != ',')) {
        glue.add(g);
      }
    }
    if (glue.size == 0) {
      return;
    }
    // the keys of the glue points, each once, in an open-addressing table; a slot holds the chain of
    // word starts with its key (see below)
    long[] glueKeys = new long[glue.size];
    int tableSize = Integer.highestOneBit(glue.size) << 2;
    long[] keys = new long[tableSize];
    boolean[] used = new boolean[tableSize];
    int[] head = new int[tableSize];
    int mask = tableSize - 1;
    for (int gi = 0; gi < glue.size; gi++) {
      long k = key(text, glue.get(gi));
      glueKeys[gi] = k;
      int slot = slot(k, mask);
      while (used[slot] && keys[slot] != k) {
        slot = (slot + 1) & mask;
      }
      used[slot] = true;
      keys[slot] = k;
      head[slot] = -1;
    }
    // word starts whose key is a glue point's, ascending, with the table slot of their key
    GluedFragmentRule.IntList wordStarts = new GluedFragmentRule.IntList();
    GluedFragmentRule.IntList wordSlots = new GluedFragmentRule.IntList();
    for (int p = 0; p + MIN_REPEAT <= n; p++) {
      char c = text.charAt(p);
      if ((p == 0 || TextShape.isWhitespace(text.charAt(p - 1)))
          && (TextShape.isUpperCase(c) || TextShape.isDigit(c))) {
        long k = key(text, p);
        int slot = slot(k, mask);
        while (used[slot] && keys[slot] != k) {
          slot = (slot + 1) & mask;
        }
        if (used[slot]) {
          wordStarts.add(p);
          wordSlots.add(slot);
        }
      }
    }
    // Glue points in ascending order; before each, the word starts up to g - MIN_REPEAT join the chain
    // of their key (prev links to the previous start of the same key), so a chain's head is the last
    // start at most g - MIN_REPEAT and following prev goes through the earlier ones, nearest first.
    int[] prev = new int[Math.max(1, wordStarts.size)];
    int joined = 0;
    long budget = 8L * n + 100_000;
    int cursor = 0;
    int lastEnd = -1;
    for (int gi = 0; gi < glue.size; gi++) {
      int g = glue.get(gi);
      if (g - MIN_REPEAT < cursor) {
        continue;
      }
      while (joined < wordStarts.size && wordStarts.get(joined) <= g - MIN_REPEAT) {
        int slot = wordSlots.get(joined);
        prev[joined] = head[slot];
        head[slot] = joined;
        joined++;
      }
      long k = glueKeys[gi];
      int tried = 0;
      int found = -1;
      if (lastEnd >= cursor && lastEnd <= g - MIN_REPEAT && key(text, lastEnd) == k) {
        // a third copy glued onto the second: the previous removal's end starts a copy too
        budget -= g - lastEnd;
        if (isTandem(text, lastEnd, g)) {
          found = lastEnd;
        }
        tried++;
      }
      int slot = slot(k, mask);
      while (keys[slot] != k || !used[slot]) {
        slot = (slot + 1) & mask;
      }
      for (int j = head[slot]; found < 0 && j >= 0 && tried < MAX_CANDIDATES; j = prev[j], tried++) {
        int p = wordStarts.get(j);
        if (p < cursor || g - p > MAX_BLOCK || 2L * g - p > n) {
          break;
        }
        budget -= g - p;
        if (budget < 0) {
          return;
        }
        if (isTandem(text, p, g)) {
          found = p;
        }
      }
      if (found >= 0) {
        editor.delete(found, g);
        cursor = g;
        lastEnd = g;
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  /** Whether {@code text[p, g)} is repeated right after {@code g} and holds at least two words. */
  private static boolean isTandem(String text, int p, int g) {
    int len = g - p;
    if (g + len > text.length() || !text.regionMatches(p, text, g, len)) {
      return false;
    }
    for (int i = p; i < g; i++) {
      if (TextShape.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static long key(String s, int from) {
    long h = 1125899906842597L;
    for (int i = from; i < from + MIN_REPEAT; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }
}
