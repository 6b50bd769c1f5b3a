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

  /** The end of the last match. */
  int end;
  /** The atom of the last match, or null when the match is no date (a day 0 or 32, a backward range …). */
  DateFinder.@Nullable Hit hit;

  // scratch results of the helpers: the value read and where it ends
  private int val;
  private int pos;

  /** Whether the pattern matches at {@code i} ({@code lookingAt} with transparent bounds); sets {@link #end}, {@link #hit}. */
  boolean at(String s, int i) {
    int n = s.length();
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == 'e' || c == 'l' || c == 'm' || c == 't')
        || Scan.afterLetterOrDigit(s, i)) {
      return false;
    }
    hit = null;
    if (c >= '0' && c <= '9') {
      return iso(s, i) || num(s, i) || dmy(s, i) || bare(s, i);
    }
    if (c >= 'A' && c <= 'Z') {
      return dmy(s, i) || mdy(s, i) || mon(s, i);
    }
    return mon(s, i) || yend(s, i) || rel(s, i);
  }

  // ----- pieces

  private static boolean digit(String s, int i) {
    return DateMatch.digit(s, i);
  }

  /** {@code \s}: [ \t\n\x0B\f\r]. */
  static boolean ws(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  private static int skipWs(String s, int i) {
    while (ws(s, i)) {
      i++;
    }
    return i;
  }

  /** The number of ASCII digits from {@code i}. */
  private static int digits(String s, int i) {
    int k = i;
    while (digit(s, k)) {
      k++;
    }
    return k - i;
  }

  private static int num(String s, int i, int len) {
    int v = 0;
    for (int k = 0; k < len; k++) {
      v = v * 10 + (s.charAt(i + k) - '0');
    }
    return v;
  }

  /** MONTH at {@code i}: sets {@link #val} (1 to 12) and {@link #pos}. */
  private boolean month(String s, int i) {
    for (int m = 0; m < 12; m++) {
      if (s.startsWith(MONTHS[m], i)) {
        val = m + 1;
        pos = i + MONTHS[m].length();
        return true;
      }
    }
    return false;
  }

  /** A weekday name at {@code i}: its index 0 to 6, or -1; {@link #pos} set to its end. */
  private int weekday(String s, int i) {
    for (int w = 0; w < 7; w++) {
      if (s.startsWith(WEEKDAYS[w], i)) {
        pos = i + WEEKDAYS[w].length();
        return w;
      }
    }
    return -1;
  }

  /** WD at {@code i}: the end, or -1. */
  private int wd(String s, int i) {
    if (weekday(s, i) < 0) {
      return -1;
    }
    int k = pos;
    if (k < s.length() && s.charAt(k) == ',') {
      k++;
    }
    return ws(s, k) ? skipWs(s, k) : -1;
  }

  /** (?!\p{L}) at {@code i}. */
  private static boolean noLetter(String s, int i) {
    return i >= s.length() || !Character.isLetter(s.codePointAt(i));
  }

  /** YEAR at {@code i}: {@code ((?:19|20)\d{2})(?!\d)}. */
  private static boolean year(String s, int i) {
    return DateMatch.year4(s, i) && !digit(s, i + 4);
  }

  /** ORD (greedy) at {@code i}: its end. */
  private static int ord(String s, int i) {
    if (i + 2 <= s.length()) {
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

  // ----- branches, in the order of the alternation

  /** {@code (\d{4})-(\d{2})-(\d{2})(?!\d)}. */
  private boolean iso(String s, int i) {
    if (digits(s, i) < 4 || !lit(s, i + 4, '-') || !digit(s, i + 5) || !digit(s, i + 6) || !lit(s, i + 7, '-')
        || !digit(s, i + 8) || !digit(s, i + 9) || digit(s, i + 10)) {
      return false;
    }
    return done(i + 10, DateFinder.day(i, i + 10, num(s, i + 8, 2), num(s, i + 5, 2), num(s, i, 4)));
  }

  private static boolean lit(String s, int i, char c) {
    return i < s.length() && s.charAt(i) == c;
  }

  private static boolean dotSlash(String s, int i) {
    return lit(s, i, '.') || lit(s, i, '/');
  }

  /** {@code (\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)}: with a longer run of digits \d{1,2} cannot reach [./]. */
  private boolean num(String s, int i) {
    int a = digits(s, i);
    if (a > 2 || !dotSlash(s, i + a)) {
      return false;
    }
    int j = i + a + 1;
    int b = digits(s, j);
    if (b < 1 || b > 2 || !dotSlash(s, j + b)) {
      return false;
    }
    int k = j + b + 1;
    if (digits(s, k) != 4) {
      return false;
    }
    return done(k + 4, DateFinder.day(i, k + 4, num(s, i, a), num(s, j, b), num(s, k, 4)));
  }

  /** {@code WD?(\d{1,2})ORD(?:\s+of)?\s+(MONTH)(?!\p{L})(?:,?\s+YEAR)?}. */
  private boolean dmy(String s, int i) {
    int j = i;
    if (!digit(s, i)) {
      j = wd(s, i);
      if (j < 0) {
        return false;
      }
    }
    int dl = digits(s, j);
    if (dl < 1 || dl > 2) { // a third digit stands where ORD, \s or a shorter \d{1,2}'s follower would have to be
      return false;
    }
    int day = num(s, j, dl);
    int k = ord(s, j + dl);
    if (!ws(s, k)) {
      return false;
    }
    k = skipWs(s, k);
    if (s.startsWith("of", k) && ws(s, k + 2)) {
      k = skipWs(s, k + 2);
    }
    if (!month(s, k) || !noLetter(s, pos)) {
      return false;
    }
    int mo = val;
    int e = pos;
    int y = 0;
    int c = e < s.length() && s.charAt(e) == ',' ? e + 1 : e;
    if (ws(s, c)) {
      int yk = skipWs(s, c);
      if (year(s, yk)) {
        y = num(s, yk, 4);
        e = yk + 4;
      }
    }
    return done(e, DateFinder.day(i, e, day, mo, y));
  }

  /**
   * {@code WD?(MONTH)\s+(\d{1,2})ORD(?:\s*[-–]\s*(\d{1,2}))?(?![\d:])(?:,\s*YEAR)?}: the day, ORD and the range are
   * given back in the engine's order until {@code (?![\d:])} holds.
   */
  private boolean mdy(String s, int i) {
    int j = i;
    if (weekday(s, i) >= 0) {
      j = wd(s, i);
      if (j < 0) {
        return false; // without WD, MONTH would have to match at the weekday's name
      }
    }
    if (!month(s, j)) {
      return false;
    }
    int mo = val;
    if (!ws(s, pos)) {
      return false;
    }
    int d0 = skipWs(s, pos);
    int avail = digits(s, d0);
    for (int dl = Math.min(2, avail); dl >= 1; dl--) {
      int afterDay = d0 + dl;
      int o = ord(s, afterDay);
      for (int oi = o > afterDay ? 0 : 1; oi < 2; oi++) { // ORD, then ORD given back
        int k = oi == 0 ? o : afterDay;
        // the range, d2 of two digits then one, then no range
        int r = skipWs(s, k);
        if (r < s.length() && (s.charAt(r) == '-' || s.charAt(r) == '–')) {
          int d2s = skipWs(s, r + 1);
          int d2avail = digits(s, d2s);
          for (int l2 = Math.min(2, d2avail); l2 >= 1; l2--) {
            int e = d2s + l2;
            if (!digit(s, e) && !lit(s, e, ':')) {
              return mdyDone(s, i, e, mo, num(s, d0, dl), num(s, d2s, l2));
            }
          }
        }
        if (!digit(s, k) && !lit(s, k, ':')) {
          return mdyDone(s, i, k, mo, num(s, d0, dl), -1);
        }
      }
    }
    return false;
  }

  private boolean mdyDone(String s, int i, int e, int mo, int d, int d2) {
    int y = 0;
    if (lit(s, e, ',')) {
      int yk = skipWs(s, e + 1);
      if (year(s, yk)) {
        y = num(s, yk, 4);
        e = yk + 4;
      }
    }
    if (d2 >= 0) {
      if (d2 <= d || d2 > 31) {
        return done(e, null);
      }
      return done(e, new DateFinder.Hit(i, e, new DateFinder.Part(d, mo, y), new DateFinder.Part(d2, mo, y),
          Precision.DAY, false, 0, null));
    }
    return done(e, DateFinder.day(i, e, d, mo, y));
  }

  /** {@code (\d{1,2})ORD(?=\s*(?:-|–|—|and|to)\s*WD?\d{1,2}ORD\s+MONTH)}. */
  private boolean bare(String s, int i) {
    int dl = digits(s, i);
    if (dl > 2) {
      return false;
    }
    int e = ord(s, i + dl);
    // with ORD given back, the look-ahead would start at s/n/r/t: no link starts so ("to" needs an 'o' after 't')
    int k = skipWs(s, e);
    if (k < s.length() && (s.charAt(k) == '-' || s.charAt(k) == '–' || s.charAt(k) == '—')) {
      k++;
    } else if (s.startsWith("and", k)) {
      k += 3;
    } else if (s.startsWith("to", k)) {
      k += 2;
    } else {
      return false;
    }
    k = skipWs(s, k);
    if (!digit(s, k)) {
      k = wd(s, k);
      if (k < 0) {
        return false;
      }
    }
    int d2 = digits(s, k);
    if (d2 < 1 || d2 > 2) {
      return false;
    }
    k = ord(s, k + d2);
    if (!ws(s, k) || !month(s, skipWs(s, k))) {
      return false;
    }
    int d = num(s, i, dl);
    return done(e, d < 1 || d > 31 ? null : new DateFinder.Hit(i, e, new DateFinder.Part(d, 0, 0), null,
        Precision.DAY, false, 0, null));
  }

  /** {@code (?:(the end of|the beginning of|the middle of|end of|early|mid-?|late)\s*)?(MONTH)(?!\p{L})(?:\s+YEAR)?}. */
  private boolean mon(String s, int i) {
    String q = null;
    int j = i;
    for (String x : QUALIFIERS) {
      if (s.startsWith(x, i)) {
        q = x;
        j = skipWs(s, i + x.length());
        break; // a later alternative ("mid" after "mid-") leaves '-' before MONTH
      }
    }
    if (!month(s, j) || !noLetter(s, pos)) {
      return false;
    }
    int mo = val;
    int e = pos;
    int y = 0;
    if (ws(s, e)) {
      int yk = skipWs(s, e);
      if (year(s, yk)) {
        y = num(s, yk, 4);
        e = yk + 4;
      }
    }
    return done(e, new DateFinder.Hit(i, e, new DateFinder.Part(0, mo, y), null, Precision.MONTH, false, 0, q));
  }

  /** {@code (?:the end of|end of)\s+YEAR}. */
  private boolean yend(String s, int i) {
    int j;
    if (s.startsWith("the end of", i)) {
      j = i + 10;
    } else if (s.startsWith("end of", i)) {
      j = i + 6;
    } else {
      return false;
    }
    if (!ws(s, j)) {
      return false;
    }
    j = skipWs(s, j);
    if (!year(s, j)) {
      return false;
    }
    return done(j + 4, new DateFinder.Hit(i, j + 4, new DateFinder.Part(0, 0, num(s, j, 4)), null, Precision.YEAR,
        false, 0, "the end of"));
  }

  /** {@code (?:this past|last)\s+(Monday|…|Sunday)}. */
  private boolean rel(String s, int i) {
    int j;
    if (s.startsWith("this past", i)) {
      j = i + 9;
    } else if (s.startsWith("last", i)) {
      j = i + 4;
    } else {
      return false;
    }
    if (!ws(s, j)) {
      return false;
    }
    int w = weekday(s, skipWs(s, j));
    if (w < 0) {
      return false;
    }
    return done(pos, new DateFinder.Hit(i, pos, new DateFinder.Part(0, 0, 0), null, Precision.DAY, true, w + 1, null));
  }
}
