package org.policyfeed.extract.rules;

import java.util.IdentityHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} over a whole text, trying the pattern only at positions that pass a cheap test.
 *
 * <p>The test must accept every position where the pattern can start a match; the pattern must not match the
 * empty string. The matcher uses transparent, non-anchoring bounds, so look-arounds, {@code \b}, {@code ^} and
 * {@code $} see the whole text, and the matches are exactly those of {@code pattern.matcher(text).find()}.
 */
final class Scan {
  /** A necessary condition for a match to start at a position. */
  @FunctionalInterface
  interface Starts {
    boolean at(String t, int i);
  }

  /**
   * Per thread, a spare matcher for each pattern: a scan takes it at its first try and gives it back when it has
   * found every match, so that the scans of one pattern over an item's fields share one. A scan that finds none
   * spare (another scan of the thread holds it) makes its own.
   */
  private static final ThreadLocal<IdentityHashMap<Pattern, Matcher>> SPARE =
      ThreadLocal.withInitial(IdentityHashMap::new);

  /** The matcher, taken or made when the first position passes the test; null again once the scan is done. */
  Matcher m;
  private final Pattern p;
  private String t;
  private final Starts starts;
  private int end;
  private int pos;

  private String[] anchors;
  private int offset;
  private int[] nextAt;

  /** The only positions tried, in increasing order, or null; the next one to try. */
  private int[] candidates;
  private int next;

  /**
   * As {@link #Scan(Pattern, String, Starts)}, but only the positions of {@code candidates} (increasing) are tried;
   * every match must start at one of them. Such a scan is for this text only (see {@link #reset}).
   */
  Scan(Pattern p, String t, int[] candidates, Starts starts) {
    this(p, t, starts);
    this.candidates = candidates;
  }

  /**
   * As {@link #Scan(Pattern, String, Starts)}, but only positions {@code offset} chars after an occurrence of one of
   * the anchors are tried; every match must start there.
   */
  Scan(Pattern p, String t, Starts starts, int offset, String... anchors) {
    this(p, t, starts);
    this.anchors = anchors;
    this.offset = offset;
    this.nextAt = new int[anchors.length];
    java.util.Arrays.fill(nextAt, -1);
  }

  Scan(Pattern p, String t, Starts starts) {
    this.p = p;
    this.t = t;
    this.starts = starts;
    this.end = t.length();
  }

  /**
   * Starts this scan over on another text, keeping its matcher if it still has one (reset to the text): for a scan
   * made once and run over many texts. The matcher's last match is lost, so a scan must not be reset while
   * {@link #m} is still read for a match.
   *
   * @return this scan
   */
  Scan reset(String text) {
    if (candidates != null) {
      throw new IllegalStateException("the candidates are positions in the first text");
    }
    t = text;
    end = text.length();
    pos = 0;
    if (nextAt != null) {
      java.util.Arrays.fill(nextAt, -1);
    }
    if (m != null) {
      m.reset(text);
    }
    return this;
  }

  /** The next match, as {@link Matcher#find()} would give it. */
  boolean find() {
    if (anchors != null) {
      return findAnchored();
    }
    if (candidates != null) {
      while (next < candidates.length) {
        int i = candidates[next++];
        if (i >= pos && matchesAt(i)) {
          return true;
        }
      }
      return done();
    }
    for (int i = pos; i < end; i++) {
      if (matchesAt(i)) {
        return true;
      }
    }
    return done();
  }

  /** The end of the scan: the matcher goes back to the thread's spares, left on no text. */
  private boolean done() {
    pos = end;
    if (m != null) {
      SPARE.get().put(p, m.reset(""));
      m = null;
    }
    return false;
  }

  /** Whether a match starts at {@code i} (the cheap test first); moves on past it when one does. */
  private boolean matchesAt(int i) {
    if (!starts.at(t, i)) {
      return false;
    }
    if (m == null) {
      Matcher spare = SPARE.get().remove(p);
      if (spare != null) {
        m = spare.reset(t); // bounds stay transparent and non-anchoring
      } else {
        m = p.matcher(t);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
      }
    }
    m.region(i, end);
    if (m.lookingAt()) {
      pos = m.end() > i ? m.end() : i + 1;
      return true;
    }
    return false;
  }

  private boolean findAnchored() {
    while (pos < end) {
      int from = Math.max(0, pos - offset);
      int best = Integer.MAX_VALUE;
      for (int a = 0; a < anchors.length; a++) {
        if (nextAt[a] != Integer.MAX_VALUE && nextAt[a] < from) {
          int x = t.indexOf(anchors[a], from);
          nextAt[a] = x < 0 ? Integer.MAX_VALUE : x;
        }
        best = Math.min(best, nextAt[a]);
      }
      if (best == Integer.MAX_VALUE || best + offset >= end) {
        break;
      }
      int i = best + offset;
      if (matchesAt(i)) {
        return true;
      }
      pos = i + 1;
    }
    return done();
  }

  /** Whether the char before a position (if any) is certainly in {@code [\p{L}\d]} (\d being ASCII digits). */
  static boolean afterLetterOrDigit(String t, int i) {
    if (i == 0) {
      return false;
    }
    char c = t.charAt(i - 1);
    return c < 0x80 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
        : !Character.isSurrogate(c) && Character.isLetter(c);
  }

  /** Whether the char before a position (if any) is certainly a word char for {@code \b}. */
  static boolean afterWordChar(String t, int i) {
    if (i == 0) {
      return false;
    }
    char c = t.charAt(i - 1);
    return c < 0x80 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')
        : !Character.isSurrogate(c) && Character.isLetterOrDigit(c);
  }

  /** Whether the char before a position (if any) is certainly a letter (a BMP char, not a surrogate). */
  static boolean afterLetter(String t, int i) {
    if (i == 0) {
      return false;
    }
    char c = t.charAt(i - 1);
    return c < 0x80 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : !Character.isSurrogate(c)
        && Character.isLetter(c);
  }

  /** Whether the char at a position could begin an upper-case letter ({@code \p{Lu}}). */
  static boolean upperAt(String t, int i) {
    char c = t.charAt(i);
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    return Character.isSurrogate(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /** The ASCII letter at a position in lower case, or 0. */
  static char lowerAscii(String t, int i) {
    char c = t.charAt(i);
    if (c >= 'a' && c <= 'z') {
      return c;
    }
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + 32);
    }
    return 0;
  }
}
