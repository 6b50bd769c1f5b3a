package org.policyfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fast paths for the usual date and link forms give exactly what the general paths give. Inputs are
 * invented here: seeded random dates and links, with mutations around every condition of the fast paths.
 */
class ParseFastPathTest {

  @Test
  void rfc1123DatesReadTheSameWithAndWithoutTheFastPath() {
    Random random = new Random(20261129);
    String[] zones = {"+0000", "+0100", "-0500", "+0530", "+1400", "-1200", "+1800", "+1900", "-0060", "GMT", "UTC",
        "+01:00", "CET"};
    int fast = 0;
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < 8_000; i++) {
      LocalDateTime t = LocalDateTime.of(1990, 1, 1, 0, 0).plusSeconds((long) (random.nextDouble() * 1.6e9));
      String weekday = t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT);
      String month = t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT);
      int day = t.getDayOfMonth();
      int second = t.getSecond();
      switch (random.nextInt(12)) {
        case 0 -> weekday = t.getDayOfWeek().plus(1).getDisplayName(TextStyle.SHORT, Locale.ROOT); // wrong weekday
        case 1 -> second = 60; // leap second
        case 2 -> day = 29 + random.nextInt(3); // maybe impossible
        case 3 -> month = month.toLowerCase(Locale.ROOT);
        case 4 -> weekday = weekday.toUpperCase(Locale.ROOT);
        default -> { }
      }
      String zone = random.nextInt(3) == 0 ? zones[random.nextInt(zones.length)] : zones[random.nextInt(2)];
      String s = String.format(Locale.ROOT, "%s, %02d %s %04d %02d:%02d:%02d %s", weekday, day, month, t.getYear(),
          t.getHour(), t.getMinute(), second, zone);
      Diagnostics viaParse = new Diagnostics(false);
      Diagnostics viaGeneral = new Diagnostics(false);
      Object a = Dates.parse(s, viaParse, 3, 5);
      Object b = Dates.general(s, s, viaGeneral, 3, 5);
      if (!Objects.equals(a, b) || !viaParse.list().equals(viaGeneral.list())) {
        mismatches.add(s);
      }
      if (viaParse.isEmpty() && a != null && s.length() >= 29) {
        fast++;
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(fast).as("dates the fast path can take").isGreaterThan(4_000);
    assertThat(Dates.parse("Thu, 21 Mar 2019 12:57:30 +0100", new Diagnostics(false), null, null))
        .hasToString("2019-03-21T12:57:30+01:00");
  }

  @Test
  void plainLinksNormaliseTheSameWithAndWithoutTheFastPath() {
    Random random = new Random(7);
    String alphabet = "aZ09-._~:@!$&'()*+,;=/?#%[] {}|\\^`\"<>éЖ\t";
    String[] starts = {"http://", "https://", "HTTP://", "http:/", "ftp://", "http://www.example.org",
        "https://www.icmpd.org//news/", "http://[::1]/", "http://host:80x/"};
    String[] bases = {null, "https://www.icmpd.org/news/", "relative/"};
    int plain = 0;
    int slashRuns = 0;
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder(starts[random.nextInt(starts.length)]);
      int n = random.nextInt(30);
      for (int k = 0; k < n; k++) {
        sb.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
            : (char) ('a' + random.nextInt(26)));
      }
      String s = sb.toString();
      String base = bases[random.nextInt(bases.length)];
      String stripped = s.strip();
      String general = stripped.isEmpty() ? null : Urls.general(stripped, base);
      if (!Objects.equals(Urls.normalise(s, base), general)) {
        mismatches.add(s + " against " + base);
      }
      int pathEnd = Urls.plainHttpPathEnd(stripped);
      if (pathEnd >= 0) {
        plain++;
        int runs = stripped.indexOf("//", stripped.indexOf("://") + 3);
        slashRuns += runs >= 0 && runs < pathEnd ? 1 : 0;
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(plain).as("links the fast path can take").isGreaterThan(1_500);
    assertThat(slashRuns).as("of them, links whose runs of slashes it collapses").isGreaterThan(500);
  }

  /** The expression {@link Titles#split} replaced, kept here to compare with. */
  private static final Pattern CATEGORY = Pattern.compile(
      "\\s*(\\p{Lu}[\\p{L}'’&.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’&.\\-]*|of|the|and|around|in|on|for|to|at|&)){0,4})"
          + "\\s*:\\s*(\\S.*)", Pattern.DOTALL);

  private static Titles.Split splitByRegex(String title) {
    String t = title.strip();
    Matcher m = CATEGORY.matcher(t);
    if (t.indexOf(':') >= 0 && m.matches() && m.group(1).length() <= 40 && !m.group(1).endsWith(".")) {
      return new Titles.Split(m.group(1), m.group(2).strip());
    }
    return new Titles.Split(null, t);
  }

  @Test
  void titlesSplitAsTheRegularExpressionDid() {
    List<String> titles = new ArrayList<>(List.of("Project News: Combatting", "Project News:Combatting",
        "ICMPD Around the Globe: dialogue", "Expert Voice :  x", "Expert Voice.: x", "A of: b", "of A: b",
        "Ελλάδα Δ: x", "Östra & Västra: y", "A B C D E: six", "A B C D E F: seven", "Project News:", "Project News:   ",
        "Project News: a\nb", "Proj3ct: x", "Mr. Smith: says", "\u00a0News: x", "News\u2003Desk: x", "𝐀bc: x",
        "O’Brien-Smith: x", "A\tB: x", "A  :x", ": x", "A:B:C", "A -: x"));
    Random random = new Random(11);
    String alphabet = "AbcÉé Ω’'&.-:\t\n0of the ";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(24);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      titles.add(sb.toString());
    }
    List<String> mismatches = new ArrayList<>();
    int categories = 0;
    for (String title : titles) {
      Titles.Split expected = splitByRegex(title);
      if (!Titles.split(title).equals(expected)) {
        mismatches.add(title);
      }
      if (expected.category() != null) {
        categories++;
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(categories).as("titles with a category").isGreaterThan(500);
  }
}
