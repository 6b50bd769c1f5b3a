package org.policyfeed.extract.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Precision;

/** Finds date expressions (single days, ranges, months, year ends) in a sentence. */
final class DateFinder {
  static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December)";
  private static final String WD = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)";
  private static final String ORD = "(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";

  private static final Pattern ATOM = Pattern.compile("(?=[\\dA-Zelmt])(?<![\\p{L}\\d])(?:"
      + "(?<iso>(\\d{4})-(\\d{2})-(\\d{2}))(?!\\d)"
      + "|(?<num>(\\d{1,2})[./](\\d{1,2})[./](\\d{4}))(?!\\d)"
      + "|(?<dmy>" + WD + "?(\\d{1,2})" + ORD + "(?:\\s+of)?\\s+(" + MONTH + ")(?!\\p{L})(?:,?\\s+" + YEAR + ")?)"
      + "|(?<mdy>" + WD + "?(" + MONTH + ")\\s+(\\d{1,2})" + ORD + "(?:\\s*[-–]\\s*(\\d{1,2}))?(?![\\d:])"
      + "(?:,\\s*" + YEAR + ")?)"
      + "|(?<bare>(\\d{1,2})" + ORD + "(?=\\s*(?:-|–|—|and|to)\\s*" + WD + "?\\d{1,2}" + ORD + "\\s+" + MONTH + "))"
      + "|(?<mon>(?:(the end of|the beginning of|the middle of|end of|early|mid-?|late)\\s*)?(" + MONTH
      + ")(?!\\p{L})(?:\\s+" + YEAR + ")?)"
      + "|(?<yend>(?:the end of|end of)\\s+" + YEAR + ")"
      + "|(?<rel>(?:this past|last)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
      + ")");
  private static final Pattern RANGE_LINK = Pattern.compile("\\s*(?:-|–|—|to|until|till|and)\\s*");
  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)(?:from|between)\\s+$");

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
    List<Hit> atoms = new ArrayList<>();
    Scan sc = new Scan(ATOM, s, DateFinder::atomStart);
    while (sc.find()) {
      Matcher m = sc.m;
      Hit h = atom(m);
      if (h != null) {
        atoms.add(h);
      }
    }
    List<Hit> out = new ArrayList<>(atoms.size());
    for (int i = 0; i < atoms.size(); i++) {
      Hit a = atoms.get(i);
      if (i + 1 < atoms.size() && a.to == null && a.precision == Precision.DAY) {
        Hit b = atoms.get(i + 1);
        String between = s.substring(a.end, b.start);
        if (b.to == null && b.precision == Precision.DAY && !b.relative && !a.relative
            && RANGE_LINK.matcher(between).matches()) {
          String link = between.strip();
          boolean from = FROM_BEFORE.matcher(s.substring(Math.max(0, a.start - 9), a.start)).find();
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

  private static final String NAMES3 = "JanFebMarAprMayJunJulAugSepOctNovDecMonTueWedThuFriSatSun";

  /** Where an {@link #ATOM} can start: a digit, a month or weekday name, or a lower-case qualifier. */
  private static boolean atomStart(String s, int i) {
    char c = s.charAt(i);
    if (c >= '0' && c <= '9') {
      if (Scan.afterLetterOrDigit(s, i)) {
        return false;
      }
      int k = i + 1;
      while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
        k++;
      }
      // iso: four digits and '-'; else one or two digits and [./], an ordinal, white space or a range link
      if (k - i == 4) {
        return k < s.length() && s.charAt(k) == '-';
      }
      return k - i <= 2 && k < s.length() && ("./sntr \t\n\u000b\f\r-–—a".indexOf(s.charAt(k)) >= 0);
    }
    if (c >= 'A' && c <= 'Z') {
      if (i + 3 > s.length() || Scan.afterLetterOrDigit(s, i)) {
        return false;
      }
      for (int k = 0; k < NAMES3.length(); k += 3) {
        if (s.regionMatches(i, NAMES3, k, 3)) {
          return true;
        }
      }
      return false;
    }
    return switch (c) {
      case 'e' -> (s.startsWith("early", i) || s.startsWith("end of", i)) && !Scan.afterLetterOrDigit(s, i);
      case 'l' -> (s.startsWith("late", i) || s.startsWith("last", i)) && !Scan.afterLetterOrDigit(s, i);
      case 'm' -> s.startsWith("mid", i) && !Scan.afterLetterOrDigit(s, i);
      case 't' -> (s.startsWith("the end of", i) || s.startsWith("the beginning of", i)
          || s.startsWith("the middle of", i) || s.startsWith("this past", i)) && !Scan.afterLetterOrDigit(s, i);
      default -> false;
    };
  }

  private static @Nullable Hit atom(Matcher m) {
    int s = m.start();
    int e = m.end();
    try {
      if (m.group("iso") != null) {
        return day(s, e, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
      }
      if (m.group("num") != null) {
        return day(s, e, Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)));
      }
      if (m.group("dmy") != null) {
        return day(s, e, Integer.parseInt(m.group(10)), month(m.group(11)), year(m.group(12)));
      }
      if (m.group("mdy") != null) {
        int mo = month(m.group(14));
        int d = Integer.parseInt(m.group(15));
        int y = year(m.group(17));
        if (m.group(16) != null) {
          int d2 = Integer.parseInt(m.group(16));
          if (d2 <= d || d2 > 31) {
            return null;
          }
          return new Hit(s, e, new Part(d, mo, y), new Part(d2, mo, y), Precision.DAY, false, 0, null);
        }
        return day(s, e, d, mo, y);
      }
      if (m.group("bare") != null) {
        int d = Integer.parseInt(m.group(19));
        return d < 1 || d > 31 ? null : new Hit(s, e, new Part(d, 0, 0), null, Precision.DAY, false, 0, null);
      }
      if (m.group("mon") != null) {
        return new Hit(s, e, new Part(0, month(m.group(22)), year(m.group(23))), null, Precision.MONTH, false, 0,
            m.group(21));
      }
      if (m.group("yend") != null) {
        return new Hit(s, e, new Part(0, 0, year(m.group(25))), null, Precision.YEAR, false, 0, "the end of");
      }
      if (m.group("rel") != null) {
        int wd = DayOfWeek.valueOf(m.group(27).toUpperCase(java.util.Locale.ROOT)).getValue();
        return new Hit(s, e, new Part(0, 0, 0), null, Precision.DAY, true, wd, null);
      }
    } catch (NumberFormatException ex) {
      return null;
    }
    return null;
  }

  private static @Nullable Hit day(int s, int e, int d, int mo, int y) {
    if (d < 1 || d > 31 || mo < 1 || mo > 12) {
      return null;
    }
    if (y != 0 && date(new Part(d, mo, y)) == null) {
      return null;
    }
    return new Hit(s, e, new Part(d, mo, y), null, Precision.DAY, false, 0, null);
  }

  private static int year(@Nullable String y) {
    return y == null ? 0 : Integer.parseInt(y);
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
