package org.policyfeed.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Severity;

/**
 * Reads feed dates: RFC 822 / RFC 1123 and their common variants, and ISO 8601 (RFC 3339). Every
 * guess leaves a diagnostic. Thread-safe.
 */
public final class Dates {

  private static final Pattern RFC822 = Pattern.compile(
      "(?:([A-Za-z]{2,9})\\b\\.?\\s*,?\\s*)?(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/]+([A-Za-z]{3,9})\\.?,?[\\s\\-/]+(\\d{2,4})"
          + "(?:[\\sT,]+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:[.,]\\d+)?(?:\\s*([aApP])\\.?[mM]\\.?)?)?"
          + "\\s*(.*)");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?:([A-Za-z]{2,9})\\b\\.?\\s*,?\\s*)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
          + "(?:[\\sT,]+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:[.,]\\d+)?(?:\\s*([aApP])\\.?[mM]\\.?)?)?"
          + "\\s*(.*)");
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?([T ].*)?");
  private static final Pattern ISO_COMPACT_OFFSET = Pattern.compile("(.*\\d)\\s*([+-]\\d{2}):?(\\d{2})");
  private static final Pattern GMT_OFFSET = Pattern.compile("(?:GMT|UTC)([+-]\\d{1,2}(?::?\\d{2})?)");
  private static final Pattern ZONE_END = Pattern.compile("[\\s(]");
  private static final Pattern NUMERIC_ZONE = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?");

  private static final String[] MONTHS = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"};
  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0),
      Map.entry("EST", -5 * 60), Map.entry("EDT", -4 * 60), Map.entry("CST", -6 * 60),
      Map.entry("CDT", -5 * 60), Map.entry("MST", -7 * 60), Map.entry("MDT", -6 * 60),
      Map.entry("PST", -8 * 60), Map.entry("PDT", -7 * 60));
  /** Zones that RFC 822 does not name but feeds use; read with a note. */
  private static final Map<String, Integer> OTHER_ZONES = Map.ofEntries(
      Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("MET", 60), Map.entry("MEST", 120),
      Map.entry("BST", 60), Map.entry("WET", 0), Map.entry("WEST", 60), Map.entry("EET", 120),
      Map.entry("EEST", 180), Map.entry("MSK", 180), Map.entry("JST", 540), Map.entry("KST", 540),
      Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("NZST", 720), Map.entry("HST", -600),
      Map.entry("AKST", -540), Map.entry("AST", -240), Map.entry("ADT", -180), Map.entry("NST", -210));

  private Dates() {}

  /**
   * Parses a date, or returns null (with a warning) when nothing sensible can be read.
   *
   * @param raw the text as given
   * @param diagnostics where guesses are reported
   * @param line line of the element, for diagnostics
   * @param column column of the element
   */
  public static @Nullable OffsetDateTime parse(String raw, Diagnostics diagnostics, @Nullable Integer line,
      @Nullable Integer column) {
    String s = raw.strip().replace('\u00a0', ' ');
    if (s.isEmpty()) {
      return null;
    }
    OffsetDateTime plain = rfc1123(s);
    return plain != null ? plain : general(raw, s, diagnostics, line, column);
  }

  /** {@link #parse} without the fast path for the usual form; {@code s} is {@code raw} stripped, not empty. */
  static @Nullable OffsetDateTime general(String raw, String s, Diagnostics diagnostics, @Nullable Integer line,
      @Nullable Integer column) {
    Reporter r = (sev, code, msg) -> diagnostics.report(sev, code, msg + ": '" + raw.strip() + "'", line, column);
    try {
      if (ISO.matcher(s).matches()) {
        return iso(s, r);
      }
      Matcher m = RFC822.matcher(s);
      if (m.matches()) {
        return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7),
            m.group(8), m.group(9), r);
      }
      m = MONTH_FIRST.matcher(s);
      if (m.matches()) {
        OffsetDateTime t = build(m.group(1), m.group(3), m.group(2), m.group(4), m.group(5), m.group(6),
            m.group(7), m.group(8), m.group(9), r);
        if (t != null) {
          r.report(Severity.INFO, "date-not-rfc822", "date in month-day-year order");
        }
        return t;
      }
    } catch (DateTimeException e) {
      r.report(Severity.WARNING, "date-invalid", "not a valid date (" + e.getMessage() + ")");
      return null;
    }
    r.report(Severity.WARNING, "date-unparseable", "could not read the date");
    return null;
  }

  private static final String WEEKDAYS = "MonTueWedThuFriSatSun";
  private static final String MONTH_ABBREVIATIONS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  /**
   * The usual RFC 1123 form, exactly {@code Thu, 21 Mar 2019 12:57:30 +0100} (or {@code GMT} for the zone),
   * read without regular expressions; null for anything else, including what would need a diagnostic (a
   * wrong weekday, second 60, an impossible date), which the general path reads and reports.
   */
  private static @Nullable OffsetDateTime rfc1123(String s) {
    int n = s.length();
    if (n != 29 && n != 31 || s.charAt(3) != ',' || s.charAt(4) != ' ' || s.charAt(7) != ' '
        || s.charAt(11) != ' ' || s.charAt(16) != ' ' || s.charAt(19) != ':' || s.charAt(22) != ':'
        || s.charAt(25) != ' ') {
      return null;
    }
    int wd = threeLetters(WEEKDAYS, s, 0);
    int mon = threeLetters(MONTH_ABBREVIATIONS, s, 8);
    int day = digits(s, 5, 2);
    int year = digits(s, 12, 4);
    int hour = digits(s, 17, 2);
    int minute = digits(s, 20, 2);
    int second = digits(s, 23, 2);
    if (wd < 0 || mon < 0 || day < 1 || year < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null;
    }
    int offsetMinutes;
    if (n == 29) {
      if (!s.startsWith("GMT", 26)) {
        return null;
      }
      offsetMinutes = 0;
    } else {
      char sign = s.charAt(26);
      int oh = digits(s, 27, 2);
      int om = digits(s, 29, 2);
      if (sign != '+' && sign != '-' || oh < 0 || oh > 18 || om < 0 || om > 59) {
        return null;
      }
      offsetMinutes = (sign == '-' ? -1 : 1) * (oh * 60 + om);
    }
    if (day > java.time.YearMonth.of(year, mon + 1).lengthOfMonth()) {
      return null;
    }
    LocalDate date = LocalDate.of(year, mon + 1, day);
    if (date.getDayOfWeek().ordinal() != wd || Math.abs(offsetMinutes) > 18 * 60) {
      return null;
    }
    return OffsetDateTime.of(date, LocalTime.of(hour, minute, second), ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
  }

  /** Which three-letter name in {@code names} stands at {@code at} in {@code s}, exactly: 0, 1, ... or -1. */
  private static int threeLetters(String names, String s, int at) {
    for (int i = 0; i < names.length(); i += 3) {
      if (names.charAt(i) == s.charAt(at) && names.charAt(i + 1) == s.charAt(at + 1)
          && names.charAt(i + 2) == s.charAt(at + 2)) {
        return i / 3;
      }
    }
    return -1;
  }

  /** The number written by the {@code count} ASCII digits at {@code at}, or -1. */
  private static int digits(String s, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private interface Reporter {
    void report(Severity severity, String code, String message);
  }

  private static @Nullable OffsetDateTime iso(String s, Reporter r) {
    String t = s.replace(' ', 'T');
    try {
      return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      // fall through to the forms without an offset
    }
    if (t.length() == 10 || t.length() == 7) {
      LocalDate d = t.length() == 10 ? LocalDate.parse(t) : LocalDate.parse(t + "-01");
      r.report(Severity.WARNING, "date-no-time", "no time of day; midnight UTC assumed");
      return d.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
    try {
      LocalDateTime ldt = LocalDateTime.parse(t);
      r.report(Severity.WARNING, "date-no-zone", "no time zone; UTC assumed");
      return ldt.atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try an offset without a colon: 2019-03-21T12:57:30+0100
      Matcher m = ISO_COMPACT_OFFSET.matcher(t);
      if (m.matches()) {
        LocalDateTime ldt = LocalDateTime.parse(m.group(1));
        return ldt.atOffset(ZoneOffset.of(m.group(2) + ":" + m.group(3)));
      }
      r.report(Severity.WARNING, "date-unparseable", "could not read the ISO 8601 date");
      return null;
    }
  }

  private static @Nullable OffsetDateTime build(@Nullable String weekday, String day, String month, String year,
      @Nullable String hour, @Nullable String minute, @Nullable String second, @Nullable String ampm,
      String zone, Reporter r) {
    int mon = month(month);
    if (mon < 0) {
      r.report(Severity.WARNING, "date-unparseable", "unknown month '" + month + "'");
      return null;
    }
    if (mon > 0 && month.length() > 3 && !MONTHS[mon - 1].equalsIgnoreCase(month)
        && !month.equalsIgnoreCase("sept")) {
      r.report(Severity.WARNING, "date-unparseable", "unknown month '" + month + "'");
      return null;
    }
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += y < 50 ? 2000 : 1900;
      r.report(Severity.WARNING, "date-two-digit-year", "two-digit year read as " + y);
    } else if (year.length() == 3) {
      r.report(Severity.WARNING, "date-unparseable", "three-digit year");
      return null;
    }
    LocalDate date = LocalDate.of(y, mon, Integer.parseInt(day));
    LocalTime time = LocalTime.MIDNIGHT;
    if (hour == null) {
      r.report(Severity.WARNING, "date-no-time", "no time of day; midnight assumed");
    } else {
      int h = Integer.parseInt(hour);
      if (ampm != null) {
        boolean pm = ampm.equalsIgnoreCase("p");
        h = h % 12 + (pm ? 12 : 0);
      }
      int sec = 0;
      if (second == null) {
        r.report(Severity.INFO, "date-no-seconds", "no seconds; :00 assumed");
      } else {
        sec = Integer.parseInt(second);
        if (sec == 60) {
          sec = 59; // leap second
        }
      }
      time = LocalTime.of(h == 24 ? 0 : h, Integer.parseInt(minute), sec);
      if (h == 24) {
        date = date.plusDays(1);
      }
    }
    if (weekday != null) {
      DayOfWeek given = weekday(weekday);
      if (given == null) {
        r.report(Severity.WARNING, "date-weekday-unknown", "unknown weekday '" + weekday + "' ignored");
      } else if (given != date.getDayOfWeek()) {
        r.report(Severity.WARNING, "date-weekday-mismatch", "weekday " + weekday + " does not match the date ("
            + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT)
            + "); the date wins");
      }
    }
    ZoneOffset offset = zone(zone.strip(), r);
    return OffsetDateTime.of(date, time, offset);
  }

  private static ZoneOffset zone(String z, Reporter r) {
    if (z.isEmpty()) {
      r.report(Severity.WARNING, "date-no-zone", "no time zone; UTC assumed");
      return ZoneOffset.UTC;
    }
    String token = ZONE_END.split(z, 2)[0];
    Matcher m = NUMERIC_ZONE.matcher(token);
    if (m.matches()) {
      int h = Integer.parseInt(m.group(2));
      int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (m.group(3) == null || token.contains(":")) {
        r.report(Severity.INFO, "date-zone-form", "offset written as '" + token + "'");
      }
      int total = h * 60 + min;
      return ZoneOffset.ofTotalSeconds((m.group(1).equals("-") ? -total : total) * 60);
    }
    String upper = token.toUpperCase(Locale.ROOT);
    Integer minutes = ZONES.get(upper);
    if (minutes != null) {
      return ZoneOffset.ofTotalSeconds(minutes * 60);
    }
    minutes = OTHER_ZONES.get(upper);
    if (minutes != null) {
      r.report(Severity.INFO, "date-zone-named", "zone " + upper + " read as a fixed offset");
      return ZoneOffset.ofTotalSeconds(minutes * 60);
    }
    Matcher gmt = GMT_OFFSET.matcher(upper);
    if (gmt.matches()) {
      return zone(gmt.group(1), r);
    }
    r.report(Severity.WARNING, "date-zone-unknown", "unknown time zone '" + token + "'; UTC assumed");
    return ZoneOffset.UTC;
  }

  /** 1-12, or -1. Accepts three-letter abbreviations and full names in any case. */
  static int month(String name) {
    if (name.length() < 3) {
      return -1;
    }
    String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].startsWith(p)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static @Nullable DayOfWeek weekday(String name) {
    if (name.length() < 2) {
      return null;
    }
    String p = name.toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      String full = d.name().toLowerCase(Locale.ROOT);
      if (full.startsWith(p.length() > 3 ? p : p.substring(0, Math.min(3, p.length())))
          && (p.length() <= 3 || full.equals(p) || full.startsWith(p))) {
        return d;
      }
    }
    return null;
  }
}
