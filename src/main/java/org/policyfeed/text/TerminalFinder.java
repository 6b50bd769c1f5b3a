package org.policyfeed.text;

/**
 * Finds the sentence-final punctuation of one text ({@link TextShape#isTerminal}: {@code .}, {@code !},
 * {@code ?}, {@code …}) with {@link String#indexOf(int, int)}, one search per char, instead of looking at
 * every char in turn. Remembers where the next one of each is, so that a walk from the start of the text
 * to its end searches each stretch once. Not thread-safe; one finder serves one rule run.
 */
final class TerminalFinder {
  private static final char[] TERMINALS = {'.', '!', '?', '\u2026'};

  private final String s;
  /** For each terminal, the first position at or after {@code from[k]} that holds it, or the length. */
  private final int[] next = new int[TERMINALS.length];
  private final int[] from = new int[TERMINALS.length];

  TerminalFinder(String s) {
    this.s = s;
    for (int k = 0; k < TERMINALS.length; k++) {
      next[k] = -1; // nothing searched yet: [from, next] is empty
      from[k] = 0;
    }
  }

  /**
   * The first position in {@code [i, limit)} of sentence-final punctuation, or {@code limit}. A query that
   * goes back before an earlier one looks at each char up to {@code limit} instead (and leaves what the
   * finder remembers as it is), so that a walk that goes back over a stretch costs that stretch only.
   */
  int next(int i, int limit) {
    int best = s.length();
    for (int k = 0; k < TERMINALS.length; k++) {
      if (i < from[k]) {
        return scan(i, limit);
      }
      int p = next[k];
      if (i > p) {
        p = s.indexOf(TERMINALS[k], i);
        if (p < 0) {
          p = s.length();
        }
        next[k] = p;
        from[k] = i;
      }
      if (p < best) {
        best = p;
      }
    }
    return Math.min(best, limit);
  }

  private int scan(int i, int limit) {
    while (i < limit && !TextShape.isTerminal(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
