package org.policyfeed.extract.rules;

import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Precision;

/**
 * A hand-written matcher for the date atoms of {@link DateFinder}; it replaces this regular expression (Java 17
 * semantics; {@code DateAtomTest} keeps it and compares both), tried where a match may start:
 *
 * <pre>
 * (?=[\dA-Zelmt])(?&lt;![\p{L}\d])(?:
 *   (?&lt;iso&gt;(\d{4})-(\d{2})-(\d{2}))(?!\d)
 * | (?&lt;num&gt;(\d{1,2})[./](\d{1,2})[./](\d{4}))(?!\d)
 * | (?&lt;dmy&gt;WD?(\d{1,2})ORD(?:\s+of)?\s+(MONTH)(?!\p{L})(?:,?\s+YEAR)?)
 * | (?&lt;mdy&gt;WD?(MONTH)\s+(\d{1,2})ORD(?:\s*[-–]\s*(\d{1,2}))?(?![\d:])(?:,\s*YEAR)?)
 * | (?&lt;bare&gt;(\d{1,2})ORD(?=\s*(?:-|–|—|and|to)\s*WD?\d{1,2}ORD\s+MONTH))
 * | (?&lt;mon&gt;(?:(the end of|the beginning of|the middle of|end of|early|mid-?|late)\s*)?(MONTH)(?!\p{L})(?:\s+YEAR)?)
 * | (?&lt;yend&gt;(?:the end of|end of)\s+YEAR)
 * | (?&lt;rel&gt;(?:this past|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))
 * </pre>
 *
 * with {@code WD = (?:(?:Monday|…|Sunday),?\s+)}, {@code ORD = (?:st|nd|rd|th)?}, {@code YEAR = ((?:19|20)\d{2})(?!\d)}
 * and {@code MONTH = (?:January|…|December)}. Each branch is written out with the backtracking that can change its
 * result (noted where it happens); the others cannot succeed, since what follows needs a digit, a capital or a
 * letter where a given-back space, comma or suffix stands.
 */
final class DateAtom {
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday"};
  /** The qualifiers of {@code mon}, in the order of the alternation ({@code mid-?} tried as "mid-", then "mid"). */
  private static final String[] QUALIFIERS = {"the end of", "the beginning of", "the middle of", "end of", "early",
      "mid-", "mid", "late"};

  /** The end of the last match (an index into the whole string). */
  int end;
  /**
   * The atom of the last match, its positions relative to the start of the bounds; null when the match is no date
   * (a day 0 or 32, a backward range …).
   */
  DateFinder.@Nullable Hit hit;

  // the text and the bounds of the current call: the matcher sees s[lo, n) as if it were the whole input
  private String s = "";
  private int lo;
  private int n;

  // scratch results of the helpers: the value read and where it ends
  private int val;
  private int pos;

  /** Whether the pattern matches at {@code i} ({@code lookingAt} with transparent bounds); sets {@link #end}, {@link #hit}. */
  boolean at(String s, int i) {
    return at(s, 0, s.length(), i);
  }

  /**
   * Whether the pattern matches at {@code i} in {@code s.substring(lo, hi)} (there at {@code i - lo}), sets
   * {@link #end} (in {@code s}) and {@link #hit} (its positions relative to {@code lo}); nothing outside the bounds
   * is read.
   */
  boolean at(String s, int lo, int hi, int i) {
    this.s = s;
    this.lo = lo;
    this.n = hi;
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == 'e' || c == 'l' || c == 'm' || c == 't')
        || i > lo && Scan.afterLetterOrDigit(s, i)) {
      return false;
    }
    hit = null;
    if (c >= '0' && c <= '9') {
      return iso(i) || num(i) || dmy(i) || bare(i);
    }
    if (c >= 'A' && c <= 'Z') {
      return dmy(i) || mdy(i) || mon(i);
    }
    return mon(i) || yend(i) || rel(i);
  }

  // ----- pieces (all within the bounds)

  private boolean digit(int i) {
    if (i < 0 || i >= n) {
      return false;
    }
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  /** {@code \s}: [ \t\n\x0B\f\r]. */
  static boolean ws(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** {@code \s} at {@code i} within the bounds. */
  private boolean ws(int i) {
    return i < n && ws(s, i);
  }

  private int skipWs(int i) {
    while (ws(i)) {
      i++;
    }
    return i;
  }

  /** Whether {@code w} is at {@code i}, within the bounds. */
  private boolean starts(String w, int i) {
    return i + w.length() <= n && s.startsWith(w, i);
  }

  /** The number of ASCII digits from {@code i}. */
  private int digits(int i) {
    int k = i;
    while (digit(k)) {
      k++;
    }
    return k - i;
  }

  private int num(int i, int len) {
    int v = 0;
    for (int k = 0; k < len; k++) {
      v = v * 10 + (s.charAt(i + k) - '0');
    }
    return v;
  }

  /** Per ASCII capital ({@code c - 'A'}), the indexes of the names in {@code names} that begin with it. */
  private static int[][] byFirst(String[] names) {
    int[][] out = new int[26][];
    for (int c = 0; c < 26; c++) {
      int[] idx = new int[names.length];
      int k = 0;
      for (int m = 0; m < names.length; m++) {
        if (names[m].charAt(0) == 'A' + c) {
          idx[k++] = m;
        }
      }
      out[c] = java.util.Arrays.copyOf(idx, k);
    }
    return out;
  }

  /** {@link #MONTHS} by first letter; no name is the start of another, so at most one matches anywhere. */
  private static final int[][] MONTHS_BY_FIRST = byFirst(MONTHS);
  /** {@link #WEEKDAYS} by first letter; no name is the start of another. */
  private static final int[][] WEEKDAYS_BY_FIRST = byFirst(WEEKDAYS);
  private static final int[] NO_NAME = {};

  /** The indexes of the names in {@code table} that may begin at {@code i}: those with the letter there. */
  private int[] candidates(int[][] table, int i) {
    char c = i < n ? s.charAt(i) : 0;
    return c >= 'A' && c <= 'Z' ? table[c - 'A'] : NO_NAME;
  }

  /** MONTH at {@code i}: sets {@link #val} (1 to 12) and {@link #pos}. */
  private boolean month(int i) {
    for (int m : candidates(MONTHS_BY_FIRST, i)) {
      if (starts(MONTHS[m], i)) {
        val = m + 1;
        pos = i + MONTHS[m].length();
        return true;
      }
    }
    return false;
  }

  /** A weekday name at {@code i}: its index 0 to 6, or -1; {@link #pos} set to its end. */
  private int weekday(int i) {
    for (int w : candidates(WEEKDAYS_BY_FIRST, i)) {
      if (starts(WEEKDAYS[w], i)) {
        pos = i + WEEKDAYS[w].length();
        return w;
      }
    }
    return -1;
  }

  /** WD at {@code i}: the end, or -1. */
  private int wd(int i) {
    if (weekday(i) < 0) {
      return -1;
    }
    int k = pos;
    if (k < n && s.charAt(k) == ',') {
      k++;
    }
    return ws(k) ? skipWs(k) : -1;
  }

  /** (?!\p{L}) at {@code i}: a surrogate pair counts only when both halves are within the bounds. */
  private boolean noLetter(int i) {
    if (i >= n) {
      return true;
    }
    char c = s.charAt(i);
    int cp = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
        ? Character.toCodePoint(c, s.charAt(i + 1)) : c;
    return !Character.isLetter(cp);
  }

  /** {@code (?:19|20)\d{2}} at {@code i}. */
  private boolean year4(int i) {
    return i + 4 <= n && (s.startsWith("19", i) || s.startsWith("20", i)) && digit(i + 2) && digit(i + 3);
  }

  /** YEAR at {@code i}: {@code ((?:19|20)\d{2})(?!\d)}. */
  private boolean year(int i) {
    return year4(i) && !digit(i + 4);
  }

  /** ORD (greedy) at {@code i}: its end. */
  private int ord(int i) {
    if (i + 2 <= n) {
      char a = s.charAt(i);
      char b = s.charAt(i + 1);
      if (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') {
        return i + 2;
      }
    }
    return i;
  }

  private boolean done(int e, DateFinder.@Nullable Hit h) {
    end = e;
    hit = h;
    return true;
  }

  // ----- branches, in the order of the alternation; hits are made with positions relative to lo

  /** {@code (\d{4})-(\d{2})-(\d{2})(?!\d)}. */
  private boolean iso(int i) {
    if (digits(i) < 4 || !lit(i + 4, '-') || !digit(i + 5) || !digit(i + 6) || !lit(i + 7, '-')
        || !digit(i + 8) || !digit(i + 9) || digit(i + 10)) {
      return false;
    }
    return done(i + 10, DateFinder.day(i - lo, i + 10 - lo, num(i + 8, 2), num(i + 5, 2), num(i, 4)));
  }

  private boolean lit(int i, char c) {
    return i < n && s.charAt(i) == c;
  }

  private boolean dotSlash(int i) {
    return lit(i, '.') || lit(i, '/');
  }

  /** {@code (\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)}: with a longer run of digits \d{1,2} cannot reach [./]. */
  private boolean num(int i) {
    int a = digits(i);
    if (a > 2 || !dotSlash(i + a)) {
      return false;
    }
    int j = i + a + 1;
    int b = digits(j);
    if (b < 1 || b > 2 || !dotSlash(j + b)) {
      return false;
    }
    int k = j + b + 1;
    if (digits(k) != 4) {
      return false;
    }
    return done(k + 4, DateFinder.day(i - lo, k + 4 - lo, num(i, a), num(j, b), num(k, 4)));
  }

  /** {@code WD?(\d{1,2})ORD(?:\s+of)?\s+(MONTH)(?!\p{L})(?:,?\s+YEAR)?}. */
  private boolean dmy(int i) {
    int j = i;
    if (!digit(i)) {
      j = wd(i);
      if (j < 0) {
        return false;
      }
    }
    int dl = digits(j);
    if (dl < 1 || dl > 2) { // a third digit stands where ORD, \s or a shorter \d{1,2}'s follower would have to be
      return false;
    }
    int day = num(j, dl);
    int k = ord(j + dl);
    if (!ws(k)) {
      return false;
    }
    k = skipWs(k);
    if (starts("of", k) && ws(k + 2)) {
      k = skipWs(k + 2);
    }
    if (!month(k) || !noLetter(pos)) {
      return false;
    }
    int mo = val;
    int e = pos;
    int y = 0;
    int c = e < n && s.charAt(e) == ',' ? e + 1 : e;
    if (ws(c)) {
      int yk = skipWs(c);
      if (year(yk)) {
        y = num(yk, 4);
        e = yk + 4;
      }
    }
    return done(e, DateFinder.day(i - lo, e - lo, day, mo, y));
  }

  /**
   * {@code WD?(MONTH)\s+(\d{1,2})ORD(?:\s*[-–]\s*(\d{1,2}))?(?![\d:])(?:,\s*YEAR)?}: the day, ORD and the range are
   * given back in the engine's order until {@code (?![\d:])} holds.
   */
  private boolean mdy(int i) {
    int j = i;
    if (weekday(i) >= 0) {
      j = wd(i);
      if (j < 0) {
        return false; // without WD, MONTH would have to match at the weekday's name
      }
    }
    if (!month(j)) {
      return false;
    }
    int mo = val;
    if (!ws(pos)) {
      return false;
    }
    int d0 = skipWs(pos);
    int avail = digits(d0);
    for (int dl = Math.min(2, avail); dl >= 1; dl--) {
      int afterDay = d0 + dl;
      int o = ord(afterDay);
      for (int oi = o > afterDay ? 0 : 1; oi < 2; oi++) { // ORD, then ORD given back
        int k = oi == 0 ? o : afterDay;
        // the range, d2 of two digits then one, then no range
        int r = skipWs(k);
        if (r < n && (s.charAt(r) == '-' || s.charAt(r) == '–')) {
          int d2s = skipWs(r + 1);
          int d2avail = digits(d2s);
          for (int l2 = Math.min(2, d2avail); l2 >= 1; l2--) {
            int e = d2s + l2;
            if (!digit(e) && !lit(e, ':')) {
              return mdyDone(i, e, mo, num(d0, dl), num(d2s, l2));
            }
          }
        }
        if (!digit(k) && !lit(k, ':')) {
          return mdyDone(i, k, mo, num(d0, dl), -1);
        }
      }
    }
    return false;
  }

  private boolean mdyDone(int i, int e, int mo, int d, int d2) {
    int y = 0;
    if (lit(e, ',')) {
      int yk = skipWs(e + 1);
      if (year(yk)) {
        y = num(yk, 4);
        e = yk + 4;
      }
    }
    if (d2 >= 0) {
      if (d2 <= d || d2 > 31) {
        return done(e, null);
      }
      return done(e, new DateFinder.Hit(i - lo, e - lo, new DateFinder.Part(d, mo, y), new DateFinder.Part(d2, mo, y),
          Precision.DAY, false, 0, null));
    }
    return done(e, DateFinder.day(i - lo, e - lo, d, mo, y));
  }

  /** {@code (\d{1,2})ORD(?=\s*(?:-|–|—|and|to)\s*WD?\d{1,2}ORD\s+MONTH)}. */
  private boolean bare(int i) {
    int dl = digits(i);
    if (dl > 2) {
      return false;
    }
    int e = ord(i + dl);
    // with ORD given back, the look-ahead would start at s/n/r/t: no link starts so ("to" needs an 'o' after 't')
    int k = skipWs(e);
    if (k < n && (s.charAt(k) == '-' || s.charAt(k) == '–' || s.charAt(k) == '—')) {
      k++;
    } else if (starts("and", k)) {
      k += 3;
    } else if (starts("to", k)) {
      k += 2;
    } else {
      return false;
    }
    k = skipWs(k);
    if (!digit(k)) {
      k = wd(k);
      if (k < 0) {
        return false;
      }
    }
    int d2 = digits(k);
    if (d2 < 1 || d2 > 2) {
      return false;
    }
    k = ord(k + d2);
    if (!ws(k) || !month(skipWs(k))) {
      return false;
    }
    int d = num(i, dl);
    return done(e, d < 1 || d > 31 ? null : new DateFinder.Hit(i - lo, e - lo, new DateFinder.Part(d, 0, 0), null,
        Precision.DAY, false, 0, null));
  }

  /** {@code (?:(the end of|the beginning of|the middle of|end of|early|mid-?|late)\s*)?(MONTH)(?!\p{L})(?:\s+YEAR)?}. */
  private boolean mon(int i) {
    String q = null;
    int j = i;
    for (String x : QUALIFIERS) {
      if (starts(x, i)) {
        q = x;
        j = skipWs(i + x.length());
        break; // a later alternative ("mid" after "mid-") leaves '-' before MONTH
      }
    }
    if (!month(j) || !noLetter(pos)) {
      return false;
    }
    int mo = val;
    int e = pos;
    int y = 0;
    if (ws(e)) {
      int yk = skipWs(e);
      if (year(yk)) {
        y = num(yk, 4);
        e = yk + 4;
      }
    }
    return done(e, new DateFinder.Hit(i - lo, e - lo, new DateFinder.Part(0, mo, y), null, Precision.MONTH, false, 0,
        q));
  }

  /** {@code (?:the end of|end of)\s+YEAR}. */
  private boolean yend(int i) {
    int j;
    if (starts("the end of", i)) {
      j = i + 10;
    } else if (starts("end of", i)) {
      j = i + 6;
    } else {
      return false;
    }
    if (!ws(j)) {
      return false;
    }
    j = skipWs(j);
    if (!year(j)) {
      return false;
    }
    return done(j + 4, new DateFinder.Hit(i - lo, j + 4 - lo, new DateFinder.Part(0, 0, num(j, 4)), null,
        Precision.YEAR, false, 0, "the end of"));
  }

  /** {@code (?:this past|last)\s+(Monday|…|Sunday)}. */
  private boolean rel(int i) {
    int j;
    if (starts("this past", i)) {
      j = i + 9;
    } else if (starts("last", i)) {
      j = i + 4;
    } else {
      return false;
    }
    if (!ws(j)) {
      return false;
    }
    int w = weekday(skipWs(j));
    if (w < 0) {
      return false;
    }
    return done(pos, new DateFinder.Hit(i - lo, pos - lo, new DateFinder.Part(0, 0, 0), null, Precision.DAY, true,
        w + 1, null));
  }
}
