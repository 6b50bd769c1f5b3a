package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyfeed.model.Precision;

/**
 * {@link DateAtom}, {@link DateFinder#rangeLink} and {@link DateFinder#fromBefore} give exactly what the regular
 * expressions they replace gave, and {@link DateFinder#find} the hits of the regex-based version it replaces (kept
 * here as it was).
 */
class DateAtomTest {
  private static final String MONTH = DateFinder.MONTH;
  private static final String WD = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)";
  private static final String ORD = "(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
  /** The regex {@link DateAtom} replaces. */
  static final Pattern ATOM = Pattern.compile("(?=[\\dA-Zelmt])(?<![\\p{L}\\d])(?:"
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
  /** The regex {@link DateFinder#rangeLink} replaces. */
  static final Pattern RANGE_LINK = Pattern.compile("\\s*(?:-|–|—|to|until|till|and)\\s*");
  /** The regex {@link DateFinder#fromBefore} replaces. */
  static final Pattern FROM_BEFORE = Pattern.compile("(?i)(?:from|between)\\s+$");

  private static List<String> texts;

  @BeforeAll
  static void load() {
    texts = new ArrayList<>(DateCorpus.all());
    // invented: dates in many shapes, for the branches the corpus seldom reaches
    texts.addAll(List.of("from 3 to 5 March 2020", "between 1 and 2 May", "Monday, 3 March 2019", "Tuesday 4th of June",
        "March 5th-7th, 2019", "March 12:30", "March 5-123", "March 5th:", "on 2019-02-30 and 2019-13-01",
        "12.03.2020 to 15/03/2020", "the end of 2021", "end of March 2022", "mid-May", "mid May", "this past Friday",
        "last Sunday", "5th and Friday, 6th June", "3 – 4 Mayor", "from\u2028", "31 February 2019", "0 March",
        "32nd to 33rd May", "June 3–1", "June 3 - 31, 2021", "early\u00a0March", "late  September 2019",
        "Between\r\n4 and 5 May", "the beginning of\nApril", "the middle of 2020"));
  }

  /** As ATOM's old conversion in DateFinder. */
  private static DateFinder.@Nullable Hit oldAtom(Matcher m) {
    int s = m.start();
    int e = m.end();
    try {
      if (m.group("iso") != null) {
        return DateFinder.day(s, e, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(2)));
      }
      if (m.group("num") != null) {
        return DateFinder.day(s, e, Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)),
            Integer.parseInt(m.group(8)));
      }
      if (m.group("dmy") != null) {
        return DateFinder.day(s, e, Integer.parseInt(m.group(10)), DateFinder.month(m.group(11)), year(m.group(12)));
      }
      if (m.group("mdy") != null) {
        int mo = DateFinder.month(m.group(14));
        int d = Integer.parseInt(m.group(15));
        int y = year(m.group(17));
        if (m.group(16) != null) {
          int d2 = Integer.parseInt(m.group(16));
          if (d2 <= d || d2 > 31) {
            return null;
          }
          return new DateFinder.Hit(s, e, new DateFinder.Part(d, mo, y), new DateFinder.Part(d2, mo, y),
              Precision.DAY, false, 0, null);
        }
        return DateFinder.day(s, e, d, mo, y);
      }
      if (m.group("bare") != null) {
        int d = Integer.parseInt(m.group(19));
        return d < 1 || d > 31 ? null : new DateFinder.Hit(s, e, new DateFinder.Part(d, 0, 0), null, Precision.DAY,
            false, 0, null);
      }
      if (m.group("mon") != null) {
        return new DateFinder.Hit(s, e, new DateFinder.Part(0, DateFinder.month(m.group(22)), year(m.group(23))), null,
            Precision.MONTH, false, 0, m.group(21));
      }
      if (m.group("yend") != null) {
        return new DateFinder.Hit(s, e, new DateFinder.Part(0, 0, year(m.group(25))), null, Precision.YEAR, false, 0,
            "the end of");
      }
      if (m.group("rel") != null) {
        int wd = DayOfWeek.valueOf(m.group(27).toUpperCase(java.util.Locale.ROOT)).getValue();
        return new DateFinder.Hit(s, e, new DateFinder.Part(0, 0, 0), null, Precision.DAY, true, wd, null);
      }
    } catch (NumberFormatException ex) {
      return null;
    }
    return null;
  }

  private static int year(@Nullable String y) {
    return y == null ? 0 : Integer.parseInt(y);
  }

  /** DateFinder.find as it was, with the regexes. */
  static List<DateFinder.Hit> oldFind(String s) {
    List<DateFinder.Hit> atoms = new ArrayList<>();
    Matcher m = ATOM.matcher(s);
    while (m.find()) {
      DateFinder.Hit h = oldAtom(m);
      if (h != null) {
        atoms.add(h);
      }
    }
    List<DateFinder.Hit> out = new ArrayList<>(atoms.size());
    for (int i = 0; i < atoms.size(); i++) {
      DateFinder.Hit a = atoms.get(i);
      if (i + 1 < atoms.size() && a.to() == null && a.precision() == Precision.DAY) {
        DateFinder.Hit b = atoms.get(i + 1);
        String between = s.substring(a.end(), b.start());
        if (b.to() == null && b.precision() == Precision.DAY && !b.relative() && !a.relative()
            && RANGE_LINK.matcher(between).matches()) {
          String link = between.strip();
          boolean from = FROM_BEFORE.matcher(s.substring(Math.max(0, a.start() - 9), a.start())).find();
          boolean bareDay = a.from().month() == 0;
          boolean ok = switch (link) {
            case "and" -> bareDay || from;
            case "until", "till" -> from;
            default -> true;
          };
          if (ok) {
            DateFinder.Part f = new DateFinder.Part(a.from().day(), a.from().month() != 0 ? a.from().month()
                : b.from().month(), a.from().year() != 0 ? a.from().year() : b.from().year());
            DateFinder.Part t = b.from();
            if (f.year() != 0 && t.year() != 0 && f.month() != 0) {
              LocalDate x = DateFinder.date(f);
              LocalDate y = DateFinder.date(t);
              if (x == null || y == null || y.isBefore(x)) {
                out.add(a);
                continue;
              }
            }
            out.add(new DateFinder.Hit(a.start(), b.end(), f, t, Precision.DAY, false, 0, null));
            i++;
            continue;
          }
        }
      }
      if (a.from().month() != 0 || a.relative() || a.precision() == Precision.YEAR) {
        out.add(a);
      }
    }
    return out;
  }

  @Test
  void atomsAsTheRegex() {
    int matches = 0;
    DateAtom at = new DateAtom();
    for (String s : texts) {
      List<String> want = new ArrayList<>();
      Matcher m = ATOM.matcher(s);
      while (m.find()) {
        want.add(m.start() + "-" + m.end() + " " + oldAtom(m));
      }
      List<String> got = new ArrayList<>();
      for (int i = 0; i < s.length(); i++) {
        if (at.at(s, i)) {
          got.add(i + "-" + at.end + " " + at.hit);
          i = at.end - 1;
        }
      }
      assertThat(got).as(s).isEqualTo(want);
      matches += want.size();
    }
    assertThat(matches).isGreaterThan(10_000);
  }

  @Test
  void findAsBefore() {
    int hits = 0;
    for (String s : texts) {
      List<DateFinder.Hit> want = oldFind(s);
      assertThat(DateFinder.find(s)).as(s).isEqualTo(want);
      hits += want.size();
    }
    assertThat(hits).isGreaterThan(5_000);
  }

  @Test
  void findInBoundsAsInTheSubstring() {
    SplittableRandom r = new SplittableRandom(9);
    int yes = 0;
    for (String s : texts) {
      for (int k = 0; k < 4; k++) {
        int a = k == 0 ? 0 : r.nextInt(s.length() + 1);
        int b = k == 0 ? s.length() : a + r.nextInt(s.length() - a + 1);
        String sub = s.substring(a, b);
        int key = DateFinder.key(s, a, b);
        List<DateFinder.Hit> want = oldFind(sub);
        if (key < 0) {
          assertThat(want).as(sub).isEmpty();
        }
        assertThat(DateFinder.find(s, a, b, key, null)).as(sub).isEqualTo(want);
        yes += key >= 0 ? 1 : 0;
      }
    }
    assertThat(yes).isGreaterThan(1000);
  }

  @Test
  void keyAndFindFromTheKeyCharsAsOnTheString() {
    SplittableRandom r = new SplittableRandom(11);
    int yes = 0;
    for (String s : texts) {
      int[] keys = Doc.scan(s)[1];
      for (int k = 0; k < 6; k++) {
        int a = k == 0 ? 0 : r.nextInt(s.length() + 1);
        int b = k == 0 ? s.length() : a + r.nextInt(s.length() - a + 1);
        int want = DateFinder.key(s, a, b);
        assertThat(DateFinder.key(s, keys, a, b)).as(s.substring(a, b)).isEqualTo(want);
        if (want >= 0) {
          assertThat(DateFinder.find(s, a, b, want, keys)).as(s.substring(a, b))
              .isEqualTo(DateFinder.find(s, a, b, want, null));
        }
        yes += want >= 0 ? 1 : 0;
      }
    }
    assertThat(yes).isGreaterThan(1000);
  }

  @Test
  void linksAsTheRegexes() {
    SplittableRandom r = new SplittableRandom(5);
    int links = 0;
    int froms = 0;
    for (String s : texts) {
      for (int k = 0; k < 20; k++) {
        int a = r.nextInt(s.length() + 1);
        int b = Math.min(s.length(), a + r.nextInt(12));
        String sub = s.substring(a, b);
        String want = RANGE_LINK.matcher(sub).matches() ? sub.strip() : null;
        assertThat(DateFinder.rangeLink(s, a, b)).as(sub).isEqualTo(want);
        links += want == null ? 0 : 1;
        int from = Math.max(0, b - 9);
        boolean fw = FROM_BEFORE.matcher(s.substring(from, b)).find();
        assertThat(DateFinder.fromBefore(s, from, b)).as(s.substring(from, b)).isEqualTo(fw);
        froms += fw ? 1 : 0;
      }
      // the windows find() uses: before each atom
      for (DateFinder.Hit h : DateFinder.find(s)) {
        int from = Math.max(0, h.start() - 9);
        assertThat(DateFinder.fromBefore(s, from, h.start())).as(s)
            .isEqualTo(FROM_BEFORE.matcher(s.substring(from, h.start())).find());
      }
    }
    for (String w : List.of("from ", "From\n", "between\r\n", "from \u2028", "from\u0085", "xfrom \n", "between\n\n",
        "from", " from\r", "BETWEEN\t", "from x ", "from\u2028\n")) {
      assertThat(DateFinder.fromBefore(w, Math.max(0, w.length() - 9), w.length())).as(w)
          .isEqualTo(FROM_BEFORE.matcher(w.substring(Math.max(0, w.length() - 9))).find());
    }
    assertThat(links).isGreaterThan(100);
    assertThat(froms).isGreaterThan(20);
  }
}
