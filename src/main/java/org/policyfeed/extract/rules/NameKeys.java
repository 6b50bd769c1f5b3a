package org.policyfeed.extract.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@link Rules#normalise} of a range of a text, read char by char into a reused buffer without copying the range:
 * for testing a phrase against a few known keys before paying for the substring and the full normalisation.
 *
 * <p>{@code normalise} decomposes (NFD), drops marks, takes lower case, turns every run of chars outside
 * {@code [\p{L}\p{N}]} into one space and strips. For a char below {@code U+0500} other than a mark, a surrogate
 * or capital sigma (whose lower case depends on what follows) each of these steps works on the char alone: its
 * decomposition is a base char and marks, the marks go, and the base alone is lower-cased. So such a char stands
 * for one char of the key, or for a gap. Reading stops at the first char of any other kind; what was read is then
 * only a prefix of the key (the chars after it can add to the key, never change what is there).
 *
 * <p>An instance holds the buffer the key is read into: one per call of a finder, not shared between threads.
 */
final class NameKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

  /** Per char below {@code U+0500}: the key char it stands for, {@link #GAP}, or {@link #STOP}. */
  private static final char[] MAP = new char[0x500];
  private static final char GAP = ' ';
  private static final char STOP = 0;

  static {
    for (int c = 0; c < MAP.length; c++) {
      int type = Character.getType(c);
      if (c == 0x3a3 || Character.isSurrogate((char) c) || type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
        MAP[c] = STOP;
        continue;
      }
      String d = MARKS.matcher(Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD)).replaceAll("")
          .toLowerCase(Locale.ROOT);
      if (d.length() != 1 || Character.isSurrogate(d.charAt(0))) {
        MAP[c] = STOP; // nothing or several chars: not read here
      } else {
        char x = d.charAt(0);
        MAP[c] = WORD.matcher(d).matches() ? (x == GAP ? STOP : x) : GAP;
      }
    }
  }

  /** The key read last: {@code buf[0, len)}. */
  private char[] buf = NONE; // made at the first key read
  private static final char[] NONE = new char[0];
  private int len;

  /**
   * Reads the key {@link Rules#normalise} makes of {@code t[s, e)}, or its start.
   *
   * @return whether the whole range was read, so that the whole key was read
   */
  boolean read(String t, int s, int e) {
    len = 0;
    boolean gap = false;
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      char k;
      if (c < MAP.length) {
        k = MAP[c];
      } else if (c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d' || c == '\u2013'
          || c == '\u2014' || c == '\u2026' || c == '\u2022') {
        k = GAP; // punctuation that decomposition leaves alone
      } else {
        k = STOP;
      }
      if (k == STOP) {
        return false;
      }
      if (k == GAP) {
        gap = true;
      } else {
        if (len + 2 > buf.length) {
          buf = java.util.Arrays.copyOf(buf, Math.max(32, buf.length * 2));
        }
        if (gap && len > 0) {
          buf[len++] = ' ';
        }
        gap = false;
        buf[len++] = k;
      }
    }
    return true;
  }

  /** The key read last, as a string. */
  String key() {
    return new String(buf, 0, len);
  }

  /** {@code key.compareTo(read key)}, as {@link String#compareTo} orders strings. */
  private int compare(String key) {
    int n = Math.min(key.length(), len);
    for (int i = 0; i < n; i++) {
      char a = key.charAt(i);
      char b = buf[i];
      if (a != b) {
        return a - b;
      }
    }
    return key.length() - len;
  }

  /**
   * Whether one of the sorted keys ({@code sorted[0, n)}) can be the key of the range read last: equal to it when
   * the whole range was read, else starting with it.
   */
  boolean mayMatch(String[] sorted, int n, boolean whole) {
    // the first key not below the one read: it is the one read, or starts with it, if any key does
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compare(sorted[mid]) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo >= n) {
      return false;
    }
    String k = sorted[lo];
    if (whole) {
      return k.length() == len && compare(k) == 0;
    }
    if (k.length() < len) {
      return false;
    }
    for (int j = 0; j < len; j++) {
      if (k.charAt(j) != buf[j]) {
        return false;
      }
    }
    return true;
  }
}
