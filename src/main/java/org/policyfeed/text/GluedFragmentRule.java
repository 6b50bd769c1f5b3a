package org.policyfeed.text;

import java.util.Arrays;

/**
 * {@code glued-fragment}: a block of text was written twice, and the first copy broke off mid-sentence
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
 * <p>Linear time: one pass over the text's chars finds the glue points and the word starts that begin
 * with a capital or a digit; glue points and word starts are matched by a hash of their first
 * {@value #MIN_REPEAT} characters; each glue point tries at most {@value #MAX_CANDIDATES} nearest word
 * starts (kept per key in an open-addressing table of primitive arrays), blocks longer than {@value #MAX_BLOCK} characters are not considered, and the characters
 * compared over the whole text are capped at a small multiple of its length.
 */
final class GluedFragmentRule implements RepairRule {
  static final String NAME = "glued-fragment";
  static final int MIN_REPEAT = 20;
  static final int MAX_CANDIDATES = 4;
  static final int MAX_BLOCK = 200_000;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(String text, TextEditor editor) {
    int n = text.length();
    if (n < 2 * MIN_REPEAT) {
      return;
    }
    Scratch scratch = SCRATCH.get();
    char[] a = scratch.start(text);
    // one pass: glue points, and word starts with a capital or digit (only these can start a block)
    IntList glue = scratch.glue.clear();
    IntList capitalStarts = scratch.capitalStarts.clear();
    boolean afterSpace = true;
    char before = 0;
    for (int i = 0; i + MIN_REPEAT <= n; i++) {
      char c = a[i];
      if (TextShape.isUpperCase(c) || TextShape.isDigit(c)) {
        if (afterSpace) {
          capitalStarts.add(i);
        } else if (TextShape.isUpperCase(c) || !TextShape.isDigit(before) && before != '.' && before != ',') {
          glue.add(i);
        }
      }
      afterSpace = TextShape.isWhitespace(c);
      before = c;
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
      long k = key(a, glue.get(gi));
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
    IntList wordStarts = new IntList();
    IntList wordSlots = new IntList();
    for (int ci = 0; ci < capitalStarts.size; ci++) {
      int i = capitalStarts.get(ci);
      long k = key(a, i);
      int slot = slot(k, mask);
      while (used[slot] && keys[slot] != k) {
        slot = (slot + 1) & mask;
      }
      if (used[slot]) {
        wordStarts.add(i);
        wordSlots.add(slot);
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
      if (lastEnd >= cursor && lastEnd <= g - MIN_REPEAT && key(a, lastEnd) == k) {
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

  private static long key(char[] a, int from) {
    long h = 1125899906842597L;
    for (int i = from; i < from + MIN_REPEAT; i++) {
      h = 31 * h + a[i];
    }
    return h;
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** Buffers kept per thread: the text's chars, its glue points and capital word starts. */
  private static final class Scratch {
    /** The largest buffer kept, in elements; longer texts get buffers of their own. */
    private static final int MAX_KEPT = 1 << 16;
    private char[] chars = new char[1024];
    private final IntList glue = new IntList();
    private final IntList capitalStarts = new IntList();

    /**
     * Starts on {@code text}: returns its chars (the first {@code text.length()} of the array), and drops
     * lists that grew beyond {@link #MAX_KEPT} on an earlier text.
     */
    char[] start(String text) {
      int n = text.length();
      char[] a = chars;
      if (a.length < n) {
        a = new char[Math.max(n, Math.min(2 * a.length, MAX_KEPT))];
        if (a.length <= MAX_KEPT) {
          chars = a;
        }
      }
      text.getChars(0, n, a, 0);
      if (glue.a.length > MAX_KEPT) {
        glue.a = new int[4];
      }
      if (capitalStarts.a.length > MAX_KEPT) {
        capitalStarts.a = new int[4];
      }
      return a;
    }
  }

  /** A growable list of ascending positions. */
  static final class IntList {
    int[] a = new int[4];
    int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int get(int i) {
      return a[i];
    }

    /** Empties the list, keeping its array. */
    IntList clear() {
      size = 0;
      return this;
    }
  }
}
