package org.policyfeed.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.policyfeed.extract.FieldText;
import org.policyfeed.extract.ItemFields;
import org.policyfeed.model.Field;
import org.policyfeed.model.Mention;

/** One item being worked on: its fields, its date and the spans taken by entities found so far. */
final class Doc {
  static final String SP = "[ \\u00a0]";
  /** A capitalised word, including all-capital words, hyphenated and possessive forms. */
  static final String CAPW = "\\p{Lu}[\\p{L}\\p{M}\\d'’\\-]*";
  static final String CONN = "(?:of|for|in|on|and|the|to|against|with|de|des|du|la|&)";
  static final String CAPPHRASE = "(?=\\p{Lu})(?<![\\p{L}\\p{M}\\d])" + CAPW + "(?:" + SP + "(?:" + CONN + SP + "){0,2}"
      + CAPW + "){0,11}";
  static final Pattern CAP_PHRASE = Pattern.compile(CAPPHRASE);
  private static final Pattern SPACES = Pattern.compile("[ \\u00a0]+");

  final ItemFields item;
  final @Nullable LocalDate pub;
  final List<FieldText> fields;

  Doc(ItemFields item) {
    this.item = item;
    this.pub = item.publishedDate();
    this.fields = item.fields();
  }

  static boolean truncatedAt(FieldText f, int end) {
    String t = f.text();
    if (f.field() == Field.TEXT) {
      return false;
    }
    String rest = t.substring(end).strip();
    return rest.equals("...") || rest.equals("…") || rest.equals(",...") || rest.equals(",…");
  }

  static Mention mention(FieldText f, int start, int end) {
    return f.mention(start, end);
  }

  /** Per field, {@link #scan(String)} of its text; made on first use. */
  private int @Nullable [] @Nullable [] [] scans;

  /**
   * Where a capital ({@code \p{Lu}}, a code point) starts that is not after {@code [\p{L}\p{M}\d]} as a one-char
   * look-behind sees it (a surrogate before never counts): every place where {@link #CAP_PHRASE} or a person name
   * can start, in text order; computed once per field, in the same pass as {@link #keyChars(int)}.
   */
  int[] capStarts(int fi) {
    return scanned(fi)[0];
  }

  /**
   * Where field {@code fi} has a char that {@link DateFinder#key(String, int, int)} can stop at (an ASCII digit
   * or one of the capitals J F M A S O N D T W), in text order; see {@link DateFinder#key(String, int[], int, int)}.
   */
  int[] keyChars(int fi) {
    return scanned(fi)[1];
  }

  /**
   * Per capital start of field {@code fi} ({@link #capStarts(int)}, same index): the index of the first capital start
   * after the last char before it that no capitalised phrase holds ({@link PhraseCursor#breaks}), or 0 when there is
   * none; {@link PhraseCursor} goes back to there.
   */
  int[] afterBreaks(int fi) {
    return scanned(fi)[2];
  }

  private int[][] scanned(int fi) {
    if (scans == null) {
      scans = new int[fields.size()][][];
    }
    int[][] r = scans[fi];
    if (r == null) {
      r = scan(fields.get(fi).text());
      scans[fi] = r;
    }
    return r;
  }

  /**
   * Per char below {@code U+0800}: 1 when it is {@code \p{Lu}}, 2 when it is in {@code [\p{L}\p{M}\d]} (so no
   * capital phrase starts right after it), 4 when it is a key char of {@link DateFinder}, 8 when no capital phrase
   * holds it ({@link PhraseCursor#breaks}; never with 1 or 4).
   */
  private static final byte[] CAP_FLAGS = new byte[0x800];

  static {
    for (int c = 0; c < CAP_FLAGS.length; c++) {
      int type = Character.getType(c);
      boolean upper = type == Character.UPPERCASE_LETTER;
      boolean blocks = type >= Character.UPPERCASE_LETTER && type <= Character.COMBINING_SPACING_MARK
          || c >= '0' && c <= '9';
      boolean key = DateFinder.keyChar((char) c);
      CAP_FLAGS[c] = (byte) ((upper ? 1 : 0) | (blocks ? 2 : 0) | (key ? 4 : 0)
          | (PhraseCursor.breaks((char) c) ? 8 : 0));
    }
  }

  /**
   * {@link #capStarts(int)}, {@link #keyChars(int)} and {@link #afterBreaks(int)} of a text, in that order, found in
   * one pass.
   */
  static int[][] scan(String t) {
    int n = t.length();
    Scratch scratch = Scratch.get();
    int[] out = scratch.offsets;
    int[] aout = scratch.afterBreaks;
    int[] kout = scratch.keys;
    int k = 0;
    int kk = 0;
    int seen = 0; // CAP_FLAGS of the chars since the last capital start, or'd: 8 when a break is among them
    char[] buf = scratch.chunk; // the text is read in chunks: no index check per char
    for (int from = 0; from < n; from += buf.length) {
      int len = Math.min(buf.length, n - from);
      t.getChars(from, from + len, buf, 0);
      for (int j = 0; j < len; j++) {
        char c = buf[j];
        boolean upper;
        if (c < CAP_FLAGS.length) {
          int f = CAP_FLAGS[c];
          seen |= f;
          if ((f & 5) != 0) { // a capital or a key char: rare
            if ((f & 1) != 0 && !blockedAt(t, from + j)) {
              if (k == out.length) {
                out = java.util.Arrays.copyOf(out, k * 2);
                aout = java.util.Arrays.copyOf(aout, k * 2);
              }
              aout[k] = (seen & 8) != 0 || k == 0 ? k : aout[k - 1];
              seen = 0;
              out[k++] = from + j;
            }
            if ((f & 4) != 0) {
              if (kk == kout.length) {
                kout = java.util.Arrays.copyOf(kout, kk * 2);
              }
              kout[kk++] = from + j;
            }
          }
          continue;
        }
        int i = from + j;
        if (Character.isSurrogate(c)) {
          upper = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t.charAt(i + 1))
              && Character.getType(Character.toCodePoint(c, t.charAt(i + 1))) == Character.UPPERCASE_LETTER;
        } else {
          upper = Chars.type(c) == Character.UPPERCASE_LETTER;
        }
        if (upper && !blockedAt(t, i)) {
          if (k == out.length) {
            out = java.util.Arrays.copyOf(out, k * 2);
            aout = java.util.Arrays.copyOf(aout, k * 2);
          }
          aout[k] = (seen & 8) != 0 || k == 0 ? k : aout[k - 1];
          seen = 0;
          out[k++] = i;
        } else if (PhraseCursor.breaks(c)) {
          seen |= 8;
        }
      }
    }
    if (out.length <= Scratch.KEEP) {
      scratch.offsets = out; // a grown buffer is kept unless it is large
      scratch.afterBreaks = aout;
    }
    if (kout.length <= Scratch.KEEP) {
      scratch.keys = kout;
    }
    return new int[][] {k == 0 ? NO_STARTS : java.util.Arrays.copyOf(out, k),
        kk == 0 ? NO_STARTS : java.util.Arrays.copyOf(kout, kk), k == 0 ? NO_STARTS : java.util.Arrays.copyOf(aout, k)};
  }

  private static final int[] NO_STARTS = new int[0];

  /** Whether the char before {@code i} is in {@code [\p{L}\p{M}\d]} and not a surrogate: no capital phrase starts at i. */
  private static boolean blockedAt(String t, int i) {
    if (i == 0) {
      return false;
    }
    char p = t.charAt(i - 1);
    if (p < CAP_FLAGS.length) {
      return (CAP_FLAGS[p] & 2) != 0;
    }
    // letters (Lu, Ll, Lt, Lm, Lo) and marks (Mn, Me, Mc); \d is ASCII only
    int type = Chars.type(p);
    return !Character.isSurrogate(p) && type >= Character.UPPERCASE_LETTER && type <= Character.COMBINING_SPACING_MARK;
  }

  /** Where {@link #CAP_PHRASE} can start: a capital not after a letter or digit. */
  static boolean capStart(String t, int i) {
    return Scan.upperAt(t, i) && !Scan.afterLetterOrDigit(t, i);
  }

  /** The letters (and digits when asked) of a string, in order. */
  static String keep(String s, boolean digits) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) || digits && Character.isDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code keep(s, digits).length()}, without building the string. */
  static int keptLength(String s, boolean digits) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) || digits && Character.isDigit(c)) {
        n++;
      }
    }
    return n;
  }

  static boolean ordinal(String w) {
    int i = 0;
    while (i < w.length() && Character.isDigit(w.charAt(i))) {
      i++;
    }
    String rest = w.substring(i);
    return i > 0 && (rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"));
  }

  static String[] words(String s) {
    return words(s, 0, s.length());
  }

  private static final String[] NO_WORDS = new String[0];

  /** The end of {@code t[from, to)} without trailing white space, as {@code strip()} would cut it. */
  static int stripEnd(String t, int from, int to) {
    // no surrogate is white space, so chars can be tested one by one
    int n = to;
    while (n > from && Character.isWhitespace(t.charAt(n - 1))) {
      n--;
    }
    return n;
  }

  /** The start of {@code t[from, to)} without leading white space. */
  static int stripStart(String t, int from, int to) {
    int b = from;
    while (b < to && Character.isWhitespace(t.charAt(b))) {
      b++;
    }
    return b;
  }

  /** The last of {@code words(t.substring(from, to))}, or null when there are none. */
  static @Nullable String lastWord(String t, int from, int to) {
    int n = stripEnd(t, from, to);
    int b = stripStart(t, from, n);
    // trailing empty words are dropped: the last word is the last run of chars between spaces
    while (n > b && Chars.sp(t.charAt(n - 1))) {
      n--;
    }
    if (n == b) {
      return null;
    }
    int s = n;
    while (s > b && !Chars.sp(t.charAt(s - 1))) {
      s--;
    }
    return t.substring(s, n);
  }

  /** As {@code words(s.substring(from, to))}, without the copy. */
  static String[] words(String t, int from, int to) {
    int n = stripEnd(t, from, to);
    int b = stripStart(t, from, n);
    if (b == n) {
      return NO_WORDS;
    }
    // as SPACES.split(t): split at runs of spaces, a leading empty string kept, trailing empty strings dropped.
    // The pieces between runs are not empty; the first is empty when t starts with a space, the last when it
    // ends with one.
    int runs = 0;
    for (int i = b; i < n; i++) {
      if (Chars.sp(t.charAt(i)) && (i == b || !Chars.sp(t.charAt(i - 1)))) {
        runs++;
      }
    }
    if (runs == 0) {
      return new String[] {t.substring(b, n)};
    }
    int count = runs + 1;
    if (Chars.sp(t.charAt(n - 1))) {
      count--; // the last piece is empty
      if (count == 1 && Chars.sp(t.charAt(b))) {
        return NO_WORDS; // and so is the only one left
      }
    }
    String[] r = new String[count];
    int k = 0;
    int start = b;
    int i = b;
    while (k < count) {
      while (i < n && !Chars.sp(t.charAt(i))) {
        i++;
      }
      r[k++] = t.substring(start, i);
      while (i < n && Chars.sp(t.charAt(i))) {
        i++;
      }
      start = i;
    }
    return r;
  }

  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  static String stripPossessive(String w) {
    if (w.endsWith("’s") || w.endsWith("'s")) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }

  static boolean allCaps(String w) {
    int upper = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }
}
