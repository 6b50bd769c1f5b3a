package org.policyfeed.extract.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Precision;

/** Finds date expressions (single days, ranges, months, year ends) in a sentence. */
final class DateFinder {
  static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December)";
  private static final String WD = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)";
  private static final String ORD = "(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";

  // The date atoms (the regex ATOM before) are matched by DateAtom; RANGE_LINK and FROM_BEFORE by rangeLink and
  // fromBefore below. The regexes are kept in DateAtomTest, which compares them with these matchers.

  /** Day, month and year as stated; 0 where not stated. */
  record Part(int day, int month, int year) {}

  /** A date expression: one part, or a range of two. */
  record Hit(int start, int end, Part from, @Nullable Part to, Precision precision, boolean relative,
      int weekday, @Nullable String qualifier) {
    boolean isRange() {
      return to != null;
    }
  }

  private DateFinder() {}

  /** The date expressions of the whole of {@code s}. */
  static List<Hit> find(String s) {
    return find(s, 0, s.length(), key(s, 0, s.length()), null);
  }

  /**
   * {@link #find(String)} of {@code s.substring(lo, hi)}, the hits' positions relative to {@code lo}, without making
   * the substring. {@code key} is {@link #key(String, int, int) key(s, lo, hi)}; when {@code keys} is not null, it
   * holds where {@code s} has a key char ({@link #key(String, int[], int, int)}), and the next key is found there.
   *
   * <p>Only positions a match can start at are tried: every date atom holds a key char (see {@link #key}), and
   * the only text an atom can have before its first key char is a lower-case qualifier ("the beginning of" at
   * most, 16 chars) and the white space after it. So a match starting at or after {@code i} starts at the next key
   * char at the latest, and at the earliest 16 chars before the white space that precedes that key.
   */
  static List<Hit> find(String s, int lo, int hi, int key, int @Nullable [] keys) {
    Hit one = null; // the only atom, while there is one
    List<Hit> atoms = null; // all atoms, from the second on
    DateAtom at = null;
    int next = lo; // no match starts before next
    for (int k = key; k >= 0; k = next >= hi ? -1 : keys != null ? key(s, keys, next, hi) : key(s, next, hi)) {
      int j = Math.max(next, earliest(s, lo, k));
      next = k + 1;
      for (; j <= k; j++) {
        char c = s.charAt(j);
        // atomStartIn accepts only digits, capitals and e, l, m, t, none of them after an ASCII letter or digit
        if (c >= 0x80 || !START_CHAR[c]) {
          continue;
        }
        char p = j == lo ? 0 : s.charAt(j - 1);
        if (p < 0x80 && ASCII_ALNUM[p] || !atomStartIn(s, lo, hi, j)) {
          continue;
        }
        if (at == null) {
          at = new DateAtom();
        }
        if (at.at(s, lo, hi, j)) {
          if (at.hit != null) {
            if (one == null && atoms == null) {
              one = at.hit;
            } else {
              if (atoms == null) {
                atoms = new ArrayList<>();
                atoms.add(one);
                one = null;
              }
              atoms.add(at.hit);
            }
          }
          next = at.end; // the scan goes on after the match
          break;
        }
      }
    }
    if (atoms == null) { // none or one: as the loop below leaves it
      return one != null && (one.from.month != 0 || one.relative || one.precision == Precision.YEAR) ? List.of(one)
          : List.of();
    }
    List<Hit> out = new ArrayList<>(atoms.size());
    for (int i = 0; i < atoms.size(); i++) {
      Hit a = atoms.get(i);
      if (i + 1 < atoms.size() && a.to == null && a.precision == Precision.DAY) {
        Hit b = atoms.get(i + 1);
        String link;
        if (b.to == null && b.precision == Precision.DAY && !b.relative && !a.relative
            && (link = rangeLink(s, lo + a.end, lo + b.start)) != null) {
          boolean from = fromBefore(s, lo + Math.max(0, a.start - 9), lo + a.start);
          boolean bareDay = a.from.month == 0;
          boolean ok = switch (link) {
            case "and" -> bareDay || from;
            case "until", "till" -> from;
            default -> true;
          };
          if (ok) {
            Part f = new Part(a.from.day, a.from.month != 0 ? a.from.month : b.from.month,
                a.from.year != 0 ? a.from.year : b.from.year);
            Part t = b.from;
            if (f.year != 0 && t.year != 0 && f.month != 0) {
              LocalDate x = date(f);
              LocalDate y = date(t);
              if (x == null || y == null || y.isBefore(x)) {
                out.add(a);
                continue;
              }
            }
            out.add(new Hit(a.start, b.end, f, t, Precision.DAY, false, 0, null));
            i++;
            continue;
          }
        }
      }
      if (a.from.month != 0 || a.relative || a.precision == Precision.YEAR) {
        out.add(a);
      }
    }
    return out;
  }

  private static final boolean[] START_CHAR = new boolean[128];
  private static final boolean[] ASCII_ALNUM = new boolean[128];
  /** The ASCII digits and the first letters of the month and weekday names. */
  private static final boolean[] KEY_CHAR = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      START_CHAR[c] = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == 'e' || c == 'l' || c == 'm' || c == 't';
      ASCII_ALNUM[c] = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
      KEY_CHAR[c] = c >= '0' && c <= '9' || "JFMASONDTW".indexOf(c) >= 0;
    }
  }

  private static final String[] LINKS = {"-", "–", "—", "to", "until", "till", "and"};

  /**
   * RANGE_LINK, {@code \s*(?:-|–|—|to|until|till|and)\s*}, matching the whole of {@code s[from, to)}: the link
   * (as {@code strip()} leaves it), or null.
   */
  static @Nullable String rangeLink(String s, int from, int to) {
    int a = from;
    while (a < to && DateAtom.ws(s, a)) {
      a++;
    }
    int b = to;
    while (b > a && DateAtom.ws(s, b - 1)) {
      b--;
    }
    for (String l : LINKS) {
      if (b - a == l.length() && s.startsWith(l, a)) {
        return l;
      }
    }
    return null;
  }

  /**
   * FROM_BEFORE, {@code (?i)(?:from|between)\s+$}, found in {@code s[from, to)} as in that substring: {@code $}
   * also stands before a line terminator that ends it.
   */
  static boolean fromBefore(String s, int from, int to) {
    for (int q = to; q >= Math.max(from, to - 2); q--) {
      if (q < to && !dollarBefore(s, from, to, q)) {
        continue;
      }
      int r = q;
      while (r > from && DateAtom.ws(s, r - 1)) {
        r--;
      }
      if (r < q && (endsWithI(s, from, r, "from") || endsWithI(s, from, r, "between"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code $} (not multiline) matches at {@code q < to} in the substring {@code s[from, to)}. */
  static boolean dollarBefore(String s, int from, int to, int q) {
    if (q == to - 2) {
      return s.charAt(q) == '\r' && s.charAt(q + 1) == '\n';
    }
    char c = s.charAt(q); // q == to - 1
    if (c == '\n') {
      return !(q > from && s.charAt(q - 1) == '\r');
    }
    return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Whether {@code s[from, end)} ends with the lower-case ASCII {@code w}, ignoring ASCII case. */
  private static boolean endsWithI(String s, int from, int end, String w) {
    int i = end - w.length();
    return i >= from && DateMatch.lit(s, i, w, true) == end;
  }


  /**
   * The first key char of {@code s[from, to)}, or -1: an ASCII digit, or a capital that begins a month or weekday
   * name (its first three letters, all before {@code to}). Every date atom holds one: the digits of a day or year,
   * or the name of a month or weekday. Without one, {@link #find} of the substring finds nothing.
   */
  static int key(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      // every key char is in '0'..'W' (0x30 to 0x57): one subtraction and one comparison reject the lower-case
      // letters, spaces and non-ASCII chars that make up most of a text; the table then tells the rest
      if (c - '0' <= 'W' - '0' && c >= '0' && KEY_CHAR[c] && (c <= '9' || i + 3 <= to && threeLetters(c,
          s.charAt(i + 1), s.charAt(i + 2)))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@link #key(String, int, int)} can stop at {@code c}: an ASCII digit or one of J F M A S O N D T W. */
  static boolean keyChar(char c) {
    return c < KEY_CHAR.length && KEY_CHAR[c];
  }

  /**
   * {@link #key(String, int, int)}, read from {@code keys}: every position of {@code s} whose char is an ASCII
   * digit or one of J F M A S O N D T W, in ascending order ({@link Doc#keyChars(int)}).
   */
  static int key(String s, int[] keys, int from, int to) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) { // the first key char at or after from
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int j = lo; j < keys.length; j++) {
      int i = keys[j];
      if (i >= to) {
        return -1;
      }
      char c = s.charAt(i);
      if (c <= '9' || i + 3 <= to && threeLetters(c, s.charAt(i + 1), s.charAt(i + 2))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The earliest position of {@code s[lo, …)} where an atom whose first key char is at {@code k} can start: 16
   * chars (the longest qualifier) before the white space that ends at {@code k}.
   */
  private static int earliest(String s, int lo, int k) {
    int w = k;
    while (w > lo && DateAtom.ws(s, w - 1)) {
      w--;
    }
    return Math.max(lo, w - 16);
  }

  /**
   * Whether {@code c b d} begins a month or weekday name: Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue
   * Wed Thu Fri Sat Sun.
   */
  private static boolean threeLetters(char c, char b, char d) {
    return switch (c) {
      case 'J' -> b == 'a' && d == 'n' || b == 'u' && (d == 'n' || d == 'l');
      case 'F' -> b == 'e' && d == 'b' || b == 'r' && d == 'i';
      case 'M' -> b == 'a' && (d == 'r' || d == 'y') || b == 'o' && d == 'n';
      case 'A' -> b == 'p' && d == 'r' || b == 'u' && d == 'g';
      case 'S' -> b == 'e' && d == 'p' || b == 'a' && d == 't' || b == 'u' && d == 'n';
      case 'O' -> b == 'c' && d == 't';
      case 'N' -> b == 'o' && d == 'v';
      case 'D' -> b == 'e' && d == 'c';
      case 'T' -> b == 'u' && d == 'e' || b == 'h' && d == 'u';
      case 'W' -> b == 'e' && d == 'd';
      default -> false;
    };
  }

  /**
   * Where a date atom can start in {@code s.substring(from, to)}, at {@code i} of {@code s}: a digit, a month or
   * weekday name, or a lower-case qualifier, not after a letter or digit.
   */
  private static boolean atomStartIn(String s, int from, int to, int i) {
    char c = s.charAt(i);
    boolean afterAlnum = i > from && Scan.afterLetterOrDigit(s, i);
    if (c >= '0' && c <= '9') {
      if (afterAlnum) {
        return false;
      }
      int k = i + 1;
      while (k < to && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
        k++;
      }
      // iso: four digits and '-'; else one or two digits and [./], an ordinal, white space or a range link
      if (k - i == 4) {
        return k < to && s.charAt(k) == '-';
      }
      return k - i <= 2 && k < to && ("./sntr \t\n\u000b\f\r-–—a".indexOf(s.charAt(k)) >= 0);
    }
    if (c >= 'A' && c <= 'Z') {
      if (i + 3 > to || afterAlnum) {
        return false;
      }
      return threeLetters(c, s.charAt(i + 1), s.charAt(i + 2));
    }
    if (afterAlnum) {
      return false;
    }
    return switch (c) {
      case 'e' -> startsIn(s, "early", i, to) || startsIn(s, "end of", i, to);
      case 'l' -> startsIn(s, "late", i, to) || startsIn(s, "last", i, to);
      case 'm' -> startsIn(s, "mid", i, to);
      case 't' -> startsIn(s, "the end of", i, to) || startsIn(s, "the beginning of", i, to)
          || startsIn(s, "the middle of", i, to) || startsIn(s, "this past", i, to);
      default -> false;
    };
  }

  private static boolean startsIn(String s, String w, int i, int to) {
    return i + w.length() <= to && s.startsWith(w, i);
  }

  static @Nullable Hit day(int s, int e, int d, int mo, int y) {
    if (d < 1 || d > 31 || mo < 1 || mo > 12) {
      return null;
    }
    if (y != 0 && d > lengthOfMonth(mo, y)) { // date(new Part(d, mo, y)) == null, without the date
      return null;
    }
    return new Hit(s, e, new Part(d, mo, y), null, Precision.DAY, false, 0, null);
  }

  /** The days in month {@code mo} (1 to 12) of year {@code y} (ISO, as {@link LocalDate}). */
  static int lengthOfMonth(int mo, int y) {
    return switch (mo) {
      case 2 -> (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");

  static int month(String name) {
    return MONTHS.indexOf(name) + 1;
  }

  static @Nullable LocalDate date(Part p) {
    try {
      if (p.day == 0) {
        return YearMonth.of(p.year, p.month).atEndOfMonth();
      }
      return LocalDate.of(p.year, p.month, p.day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Resolves a part without a year: the first on or after {@code pub} (deadlines) or the nearest (events). */
  static @Nullable LocalDate resolve(Part p, @Nullable LocalDate pub, boolean nearest) {
    if (p.month == 0) {
      return p.year == 0 ? null : LocalDate.of(p.year, 12, 31);
    }
    if (p.year != 0) {
      return date(p);
    }
    if (pub == null) {
      return null;
    }
    LocalDate same = date(new Part(p.day, p.month, pub.getYear()));
    LocalDate next = date(new Part(p.day, p.month, pub.getYear() + 1));
    LocalDate prev = date(new Part(p.day, p.month, pub.getYear() - 1));
    if (!nearest) {
      return same != null && !same.isBefore(pub) ? same : next;
    }
    LocalDate best = null;
    long bestGap = Long.MAX_VALUE;
    for (LocalDate c : new LocalDate[] {prev, same, next}) {
      if (c != null) {
        long gap = Math.abs(c.toEpochDay() - pub.toEpochDay());
        if (gap < bestGap) {
          bestGap = gap;
          best = c;
        }
      }
    }
    return best;
  }

  /** The weekday strictly before {@code pub}. */
  static LocalDate pastWeekday(LocalDate pub, int weekday) {
    LocalDate d = pub.minusDays(1);
    while (d.getDayOfWeek().getValue() != weekday) {
      d = d.minusDays(1);
    }
    return d;
  }
}
