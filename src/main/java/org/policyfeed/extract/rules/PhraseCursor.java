package org.policyfeed.extract.rules;

/**
 * The capitalised phrases of a text (the {@link Doc#CAP_PHRASE} matches that
 * {@code find()} gives), found only around the positions asked for, so that a text with few places of interest
 * does not pay for matching at every capital start.
 *
 * <p>{@code find()} tries the capital starts in order and skips those inside the last match, so where a phrase
 * starts depends on the phrases before it. But no phrase holds a char outside {@code [\p{L}\p{M}0-9'’\-& \u00a0]}
 * (a "break"; surrogates are taken as letters): a phrase that starts before a break ends before it, and after a
 * break the phrases are those that matching from the first capital start after it gives. So the cursor goes on
 * from the first capital start after the last break before the position asked for ({@link Doc#afterBreaks}), unless
 * it has matched past there already.
 *
 * <p>Capital starts must be asked for in increasing order (or the same one again). One cursor per text, not shared.
 */
final class PhraseCursor {
  private final String t;
  /** The capital starts of the text ({@link Doc#capStarts}): where a phrase can start. */
  private final int[] starts;
  /** Per capital start, the index of the first capital start after the last break before it. */
  private final int[] afterBreaks;
  /** The next capital start to try. */
  private int next;
  /** The end of the last phrase found: starts before it are inside it. */
  private int covered;
  /** The last phrase found; none yet while {@code end} is -1. */
  private int start = -1;
  private int end = -1;

  PhraseCursor(String t, int[] capStarts, int[] afterBreaks) {
    this.t = t;
    this.starts = capStarts;
    this.afterBreaks = afterBreaks;
  }

  /**
   * Whether a phrase holds the capital start {@code capStarts[k]}; then {@link #start()} and {@link #end()} give
   * it.
   */
  boolean at(int k) {
    if (next <= k) {
      next = Math.max(next, afterBreaks[k]); // no phrase goes over the break: go on from the capital start after it
      while (next <= k) {
        int i = starts[next++];
        if (i < covered) {
          continue; // inside the last phrase, where find() does not look
        }
        int e = CapPhraseMatcher.match(t, i);
        if (e >= 0) {
          start = i;
          end = e;
          covered = e;
        }
      }
    }
    int pos = starts[k];
    return start <= pos && pos < end;
  }

  /** The start of the phrase {@link #at} found. */
  int start() {
    return start;
  }

  /** The end of the phrase {@link #at} found. */
  int end() {
    return end;
  }

  /** Whether no phrase holds {@code c}: it is not a letter, mark, ASCII digit, ', ’, -, &amp;, space or no-break space. */
  static boolean breaks(char c) {
    if (c < 0x80) {
      return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '\''
          || c == '-' || c == '&');
    }
    if (c == '\u00a0' || c == '’' || Character.isSurrogate(c)) {
      return false;
    }
    // letters (Lu, Ll, Lt, Lm, Lo) and marks (Mn, Me, Mc): types 1 to 8
    int type = Chars.type(c);
    return type < Character.UPPERCASE_LETTER || type > Character.COMBINING_SPACING_MARK;
  }
}
