package org.policyfeed.extract.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence splitting in one left-to-right pass; not exported.
 *
 * @since 0.1.0
 */
public final class Sentences {
  /** Words that take a full stop without ending a sentence (compared without the stop, lower case). */
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "ms", "mrs", "dr", "prof", "st", "jr", "sr",
      "no", "nos", "vs", "e.g", "i.e", "u.s", "u.k", "h.e", "ph.d", "gen", "col", "lt", "rev", "hon", "amb",
      "cf", "approx", "inc", "ltd", "co", "art", "para", "fig", "vol", "pp", "ca", "op", "mt", "sen", "rep",
      "gov", "u.n", "e.u", "dept", "min");
  /** {@link #ABBREVIATIONS} for look-ups of a range of the text in lower case, without a copy. */
  private static final Lex.LowerSet ABBREVIATION_TABLE = new Lex.LowerSet(ABBREVIATIONS);

  /** The length of the longest of {@link #ABBREVIATIONS}. */
  private static final int LONGEST = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  private static final int[] NONE = new int[0];

  private Sentences() {}

  /**
   * Splits a text into sentences.
   *
   * @param t the text
   * @return start and end offsets, two per sentence, trimmed of white space; empty sentences left out
   * @since 0.1.0
   */
  public static int[] split(String t) {
    int n = t.length();
    Scratch scratch = Scratch.get();
    int[] out = scratch.bounds;
    int size = 0; // out[0, size) holds the sentences so far
    int start = 0;
    // the next '\n', '.', '!', '?' and '…' at or after i, found with indexOf (n when there is none)
    int nl = -1;
    int stop = -1;
    int bang = -1;
    int ask = -1;
    int dots = -1;
    for (int i = 0; i < n; i++) {
      if (nl < i) {
        nl = next(t, '\n', i, n);
      }
      if (stop < i) {
        stop = next(t, '.', i, n);
      }
      if (bang < i) {
        bang = next(t, '!', i, n);
      }
      if (ask < i) {
        ask = next(t, '?', i, n);
      }
      if (dots < i) {
        dots = next(t, '…', i, n);
      }
      i = Math.min(Math.min(nl, stop), Math.min(Math.min(bang, ask), dots));
      if (i >= n) {
        break;
      }
      char c = t.charAt(i);
      if (c == '\n') {
        if (size + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        size = add(t, start, i, out, size);
        start = i + 1;
        continue;
      }
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int j = i + 1;
      while (j < n && closer(t.charAt(j))) {
        j++;
      }
      if (j >= n) {
        break;
      }
      char d = t.charAt(j);
      boolean cut = false;
      if (d == ' ' || d == '\u00a0' || d == '\t' || d == '\r') {
        int k = j;
        while (k < n && (t.charAt(k) == ' ' || t.charAt(k) == '\u00a0' || t.charAt(k) == '\t')) {
          k++;
        }
        if (k < n) {
          char e = t.charAt(k);
          boolean opener = Character.isUpperCase(e) || Character.isDigit(e) || "“\"‘'•(".indexOf(e) >= 0;
          cut = opener && !(c == '.' && j == i + 1 && abbreviation(t, i));
        }
      } else if (c == '.' && j == i + 1 && Character.isUpperCase(d) && i > 1
          && Character.isLowerCase(t.charAt(i - 1)) && Character.isLowerCase(t.charAt(i - 2))
          && j + 1 < n && Character.isLowerCase(t.charAt(j + 1))) {
        cut = true; // run-together sentences: "participants.The"
      }
      if (cut) {
        if (size + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        size = add(t, start, j, out, size);
        start = j;
        i = j - 1;
      }
    }
    if (size + 2 > out.length) {
      out = Arrays.copyOf(out, out.length * 2);
    }
    size = add(t, start, n, out, size);
    if (out != scratch.bounds && out.length <= Scratch.KEEP) {
      scratch.bounds = out; // a grown buffer is kept unless it is large
    }
    return size == 0 ? NONE : Arrays.copyOf(out, size);
  }

  /** Whether {@code c} is one of {@code .!?…"”’')]}, which a stop may have after it before the break. */
  private static boolean closer(char c) {
    return switch (c) {
      case '.', '!', '?', '…', '"', '”', '’', '\'', ')', ']' -> true;
      default -> false;
    };
  }

  private static int next(String t, char c, int from, int n) {
    int x = t.indexOf(c, from);
    return x < 0 ? n : x;
  }

  /** Adds {@code [s, e)} trimmed of white space to {@code out[0, size)}, unless it is empty; the new size. */
  private static int add(String t, int s, int e, int[] out, int size) {
    while (s < e && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out[size] = s;
      out[size + 1] = e;
      return size + 2;
    }
    return size;
  }

  /** Whether the word before the stop at {@code dot} takes a stop without ending a sentence. */
  static boolean abbreviation(String t, int dot) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(t.charAt(s - 1)) && "(“\"'‘".indexOf(t.charAt(s - 1)) < 0
        && dot - s < 12) {
      s--;
      if (dot - s > LONGEST) {
        return false; // longer than any abbreviation (in lower case too, which is never shorter), and no initial
      }
    }
    if (dot - s == 1 && Character.isUpperCase(t.charAt(s))) {
      return true; // an initial
    }
    for (int i = s; i < dot; i++) {
      if (!Lex.LowerSet.simple(t.charAt(i))) {
        return ABBREVIATIONS.contains(t.substring(s, dot).toLowerCase(Locale.ROOT));
      }
    }
    return ABBREVIATION_TABLE.containsLower(t, s, dot);
  }
}
