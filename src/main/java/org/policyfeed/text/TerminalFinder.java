package org.policyfeed.text;

/**
 * Finds the sentence-final punctuation of one text ({@link TextShape#isTerminal}: {@code .}, {@code !},
 * {@code ?}, {@code …}) with {@link String#indexOf(int, int)}, one search per char, instead of looking at
 * every char in turn. Remembers where the next one of each is, so that a walk from the start of the text
 * to its end searches each stretch once (a walk that goes back searches again). Not thread-safe; one
 * finder serves one rule run.
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

  /** The first position at or after {@code i} of sentence-final punctuation, or the text's length. */
  int next(int i) {
    int best = s.length();
    for (int k = 0; k < TERMINALS.length; k++) {
      int p = next[k];
      if (i < from[k] || i > p) {
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
    return best;
  }
}
