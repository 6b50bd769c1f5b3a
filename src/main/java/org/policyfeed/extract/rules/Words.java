package org.policyfeed.extract.rules;

/**
 * The words of {@link Doc#words(String, int, int)} one at a time, as ranges of the text, without copying them: for
 * rules that only test words. After {@link #next()} returns true, the word is {@code t[start, end)}.
 *
 * <p>The same words in the same order: the range is stripped of white space, split at runs of {@link Chars#sp}
 * chars, and a range that starts with a no-break space after stripping has an empty first word (unless it is all
 * such spaces, when it has no words).
 */
final class Words {
  private final String t;
  private final int to;
  private int pos;
  private boolean emptyFirst;
  /** The current word. */
  int start;
  int end;

  Words(String t, int from, int to) {
    this.t = t;
    this.to = Doc.stripEnd(t, from, to);
    this.pos = Doc.stripStart(t, from, this.to);
    if (pos < this.to && Chars.sp(t.charAt(pos))) {
      int i = pos;
      while (i < this.to && Chars.sp(t.charAt(i))) {
        i++;
      }
      emptyFirst = i < this.to;
    }
  }

  Words(String s) {
    this(s, 0, s.length());
  }

  /** Moves to the next word; false when there is none. */
  boolean next() {
    if (emptyFirst) {
      emptyFirst = false;
      start = pos;
      end = pos;
      return true;
    }
    int i = pos;
    while (i < to && Chars.sp(t.charAt(i))) {
      i++;
    }
    if (i == to) {
      pos = i;
      return false;
    }
    start = i;
    while (i < to && !Chars.sp(t.charAt(i))) {
      i++;
    }
    end = i;
    pos = i;
    return true;
  }

  /** Whether the current word is {@code w}. */
  boolean is(String w) {
    return end - start == w.length() && t.startsWith(w, start);
  }

  /** Whether the current word is not empty and starts with an upper-case letter ({@link Doc#capitalised}). */
  boolean capitalised() {
    return end > start && Character.isUpperCase(Chars.cpAt(t, start, end));
  }

  /** The current word as a string. */
  String word() {
    return t.substring(start, end);
  }

  /**
   * The runs of chars other than {@link Chars#sp} in {@code t[from, to)} joined by single spaces, as
   * {@code String.join(" ", words)} joins the words that run from a word start to the end of the last word.
   */
  static String joined(String t, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; ) {
      int e = i;
      while (e < to && !Chars.sp(t.charAt(e))) {
        e++;
      }
      sb.append(t, i, e);
      i = e;
      while (i < to && Chars.sp(t.charAt(i))) {
        i++;
      }
      if (i < to) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
