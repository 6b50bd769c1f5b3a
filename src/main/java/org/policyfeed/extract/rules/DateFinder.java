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

  static List<Hit> find(String s) {
    return find(s, 0);
  }

  /** {@link #find(String)} when no date can start before {@code start} (see {@link #firstStart}). */
  static List<Hit> find(String s, int start) {
    return find(s, start, null, 0);
  }

  /**
   * {@link #find(String, int)} where {@code chars[off + i]} is {@code s.charAt(i)} for every index of {@code s}
   * (when {@code chars} is not null): the per-char test reads the array.
   */
  static List<Hit> find(String s, int start, char @Nullable [] chars, int off) {
    List<Hit> atoms = null;
    DateAtom at = null;
    int n = s.length();
    for (int i = start; i < n; i++) {
      char c = chars != null ? chars[off + i] : s.charAt(i);
      // atomStart accepts only digits, capitals and e, l, m, t, none of them after an ASCII letter or digit
      if (c >= 0x80 || !START_CHAR[c]) {
        continue;
      }
      char p = i == 0 ? 0 : chars != null ? chars[off + i - 1] : s.charAt(i - 1);
      if (p < 0x80 && ASCII_ALNUM[p]) {
        continue;
      }
      if (atomStart(s, i)) {
        if (at == null) {
          at = new DateAtom();
        }
        if (at.at(s, i)) {
          if (at.hit != null) {
            if (atoms == null) {
              atoms = new ArrayList<>();
            }
            atoms.add(at.hit);
          }
          i = at.end - 1; // the scan goes on after the match
        }
      }
    }
    if (atoms == null) {
      return List.of();
    }
    List<Hit> out = new ArrayList<>(atoms.size());
    for (int i = 0; i < atoms.size(); i++) {
      Hit a = atoms.get(i);
      if (i + 1 < atoms.size() && a.to == null && a.precision == Precision.DAY) {
        Hit b = atoms.get(i + 1);
        String link;
        if (b.to == null && b.precision == Precision.DAY && !b.relative && !a.relative
            && (link = rangeLink(s, a.end, b.start)) != null) {
          boolean from = fromBefore(s, Math.max(0, a.start - 9), a.start);
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

  static {
    for (char c = 0; c < 128; c++) {
      START_CHAR[c] = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == 'e' || c == 'l' || c == 'm' || c == 't';
      ASCII_ALNUM[c] = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
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
  private static boolean dollarBefore(String s, int from, int to, int q) {
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


  /** Where a date atom can start: a digit, a month or weekday name, or a lower-case qualifier. */
  private static boolean atomStart(String s, int i) {
    return atomStartIn(s, 0, s.length(), i);
  }

  /**
   * The first position of {@code s[from, to)} where a date may start in {@code s.substring(from, to)} (where
   * {@link #atomStart} holds there), or -1: then {@link DateFinder#find} of the substring finds nothing.
   */
  static int firstStart(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80 && START_CHAR[c] && !(i > from && s.charAt(i - 1) < 0x80 && ASCII_ALNUM[s.charAt(i - 1)])
          && atomStartIn(s, from, to, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@link #firstStart(String, int, int)} with the chars of {@code s} (at least up to {@code to}) copied to
   * {@code c}: the per-char test reads the array, only candidates are checked on the string.
   */
  static int firstStart(char[] c, String s, int from, int to) {
    boolean prevAlnum = false; // the char before i is an ASCII letter or digit (never for i == from)
    for (int i = from; i < to; i++) {
      char ch = c[i];
      boolean alnum = ch < 0x80 && ASCII_ALNUM[ch];
      if (!prevAlnum && ch < 0x80 && START_CHAR[ch] && mayStart(c, ch, i, to) && atomStartIn(s, from, to, i)) {
        return i;
      }
      prevAlnum = alnum;
    }
    return -1;
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
   * A necessary condition, read from the chars {@code c}, for {@link #atomStartIn} at {@code i < to} where the
   * char {@code ch} is a START_CHAR: digits are left to atomStartIn, capitals must begin a month or weekday name.
   */
  private static boolean mayStart(char[] c, char ch, int i, int to) {
    if (ch <= '9') {
      return true;
    }
    if (ch <= 'Z') {
      return i + 3 <= to && threeLetters(ch, c[i + 1], c[i + 2]);
    }
    return lowerMayStart(c, ch, i, to);
  }

  /**
   * A necessary condition, read from the chars {@code c}, for the lower-case qualifiers of {@link #atomStartIn} at
   * {@code i < to}: early, end of, late, last, mid, the end of, the beginning of, the middle of, this past.
   */
  private static boolean lowerMayStart(char[] c, char ch, int i, int to) {
    char d = i + 1 < to ? c[i + 1] : 0;
    return switch (ch) {
      case 'e' -> d == 'a' || d == 'n';
      case 'l' -> d == 'a';
      case 'm' -> d == 'i';
      case 't' -> i + 9 <= to && d == 'h' && (c[i + 2] == 'e' && c[i + 3] == ' '
          && (c[i + 4] == 'e' || c[i + 4] == 'b' || c[i + 4] == 'm') || c[i + 2] == 'i' && c[i + 3] == 's'
          && c[i + 4] == ' ');
      default -> true;
    };
  }

  /** {@link #atomStart} at {@code i} of {@code s.substring(from, to)}, without making it. */
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
    if (y != 0 && date(new Part(d, mo, y)) == null) {
      return null;
    }
    return new Hit(s, e, new Part(d, mo, y), null, Precision.DAY, false, 0, null);
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
