package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.model.NewsItem;
import org.policyfeed.testing.GeneratedFeed;

/**
 * Differential tests: each hand-written matcher in this package against the regular expression it replaced (kept
 * here verbatim), on real texts (the seed feed, the test feeds, the feedparser corpus, a generated feed, through
 * the reader and as raw files) and on seeded random texts built from fragments chosen to hit the edges (particles,
 * initials, apostrophes, hyphens, combining marks, supplementary and lone surrogates, line ends). The random texts
 * are invented for this test.
 */
class HandMatchersTest {
  // ---- the regexes as they were before the hand-written matchers -------------------------------------------
  private static final String SP = "[ \\u00a0]";
  private static final String NW = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?"
      + "(?:['’\\-]\\p{Lu}?[\\p{Ll}\\p{M}]+)*(?![\\p{L}\\p{M}\\d])";
  private static final String PART = "(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|bin|binti|binte|bint"
      + "|ibn|ben|ould|al|el|ten|ter|zu|y)";
  private static final String INIT = "\\p{Lu}\\.(?=" + SP + "\\p{Lu})";
  private static final String TOK = "(?:" + INIT + "|(?:(?:al|el|ad|ash|as|ar)[\\-‑])?" + NW + ")";
  private static final String LEFT = "(?=\\p{Lu})(?<![\\p{L}\\p{M}\\d'’\\-.])";
  /** Persons.NAME. */
  static final Pattern NAME = Pattern.compile(LEFT + "(?:" + INIT + "|" + NW + ")(?:" + SP + "(?:"
      + PART + SP + "){0,3}" + TOK + "){1,6}");
  private static final String CAPW = "\\p{Lu}[\\p{L}\\p{M}\\d'’\\-]*";
  private static final String CONN = "(?:of|for|in|on|and|the|to|against|with|de|des|du|la|&)";
  /** Doc.CAP_PHRASE. */
  static final Pattern CAP_PHRASE = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{M}\\d])" + CAPW + "(?:" + SP
      + "(?:" + CONN + SP + "){0,2}" + CAPW + "){0,11}");

  private static final List<String> REAL = new ArrayList<>();
  private static final List<String> RANDOM = new ArrayList<>();

  /** Fragments for random texts (invented). */
  private static final String[] FRAGMENTS = {"A", "B", "Ab", "Anna", "Berg", "McDonald", "DeLuca", "Ab9", "AbC", "ABC",
      "Łódź", "São", "Tomé", "Ελλάδα", "Öz", "van", "von", "de", "del", "della", "di", "bin", "binti", "bint", "y",
      "ould", "ibn", "al", "el", "al-", "el‑", "ash-", "as-", "ar-", "ad-", "ash", "O'", "’s", "'s", "-", "'", "’", ".",
      ",", ";", " ", " ", " ", " ", "\u00a0", "J.", "P.", "and", "the", "of", "for", "against", "with", "des", "&",
      "9", "12", "x", "é", "e\u0301", "\u0301", "\u20dd", "\ud835\udc00", "\ud835\udc1a", "\ud835", "\udc00", "ǅ",
      "ª", "\t", "\n", "\r", "\u2028", "Dr.", "Mr", "Ms", "said", "by", "Minister", "Initiative", "Programme",
      "Project", "(", ")", "“", "”", "\u0130", "ß", "ﬁ"};

  @BeforeAll
  static void texts() throws IOException {
    List<Path> feeds = new ArrayList<>();
    feeds.add(Path.of("testdata/icmpd-news-2019-03.rss"));
    try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
      s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(rss|xml|atom|rdf)")).forEach(feeds::add);
    }
    Path conf = Path.of("../shared/conformance/feedparser");
    if (Files.isDirectory(conf)) {
      try (Stream<Path> s = Files.walk(conf)) {
        s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".xml")).sorted().forEach(feeds::add);
      }
    }
    FeedReader reader = FeedReader.builder().build();
    for (Path p : feeds) {
      byte[] bytes = Files.readAllBytes(p);
      REAL.add(new String(bytes, StandardCharsets.UTF_8));
      read(reader, bytes);
    }
    java.io.ByteArrayOutputStream gen = new java.io.ByteArrayOutputStream();
    new GeneratedFeed(300).transferTo(gen);
    read(reader, gen.toByteArray());

    Random r = new Random(20240607L);
    for (int k = 0; k < 40_000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(40);
      for (int j = 0; j < n; j++) {
        String f = FRAGMENTS[r.nextInt(FRAGMENTS.length)];
        sb.append(f);
        if (r.nextInt(3) == 0) {
          sb.append(' ');
        }
      }
      RANDOM.add(sb.toString());
    }
  }

  private static void read(FeedReader reader, byte[] bytes) {
    try (FeedStream s = reader.open(bytes)) {
      for (NewsItem it : s) {
        for (String x : new String[] {it.headline(), it.teaser(), it.text()}) {
          if (x != null && !x.isEmpty()) {
            REAL.add(x);
          }
        }
      }
    } catch (RuntimeException e) {
      // a feed the reader refuses still counts as a raw text
    }
  }

  private static List<String> all() {
    List<String> l = new ArrayList<>(REAL);
    l.addAll(RANDOM);
    return l;
  }

  /** All matches of a pattern, as start and end pairs. */
  private static List<Integer> regexAll(Pattern p, String t) {
    List<Integer> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) {
      out.add(m.start());
      out.add(m.end());
    }
    return out;
  }

  interface AtMatcher {
    int match(String t, int i);
  }

  /** All matches of a hand-written matcher, tried at each position as {@link Matcher#find()} would. */
  private static List<Integer> handAll(AtMatcher h, String t) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.length(); i++) {
      int e = h.match(t, i);
      if (e >= 0) {
        out.add(i);
        out.add(e);
        i = e - 1;
      }
    }
    return out;
  }

  @Test
  void nameFindsWhatTheRegexFinds() {
    assertThat(REAL).hasSizeGreaterThan(1000);
    int matches = 0;
    for (String t : all()) {
      List<Integer> want = regexAll(NAME, t);
      assertThat(handAll((s, i) -> NameMatcher.match(s, i, s.length()), t)).as(t).isEqualTo(want);
      matches += want.size() / 2;
    }
    assertThat(matches).isGreaterThan(10_000);
  }

  @Test
  void nameInRegionsAsLookingAt() {
    Random r = new Random(7);
    Matcher m = NAME.matcher("");
    for (String t : all()) {
      if (t.isEmpty()) {
        continue;
      }
      m.reset(t);
      m.useTransparentBounds(true);
      for (int k = 0; k < Math.min(20, t.length()); k++) {
        int from = r.nextInt(t.length());
        int limit = from + r.nextInt(t.length() - from + 1);
        m.region(from, limit);
        int want = m.lookingAt() ? m.end() : -1;
        assertThat(NameMatcher.match(t, from, limit)).as("%s [%d, %d)", t, from, limit).isEqualTo(want);
      }
    }
  }

  @Test
  void capPhraseFindsWhatTheRegexFinds() {
    int matches = 0;
    for (String t : all()) {
      List<Integer> want = regexAll(CAP_PHRASE, t);
      assertThat(handAll(CapPhraseMatcher::match, t)).as(t).isEqualTo(want);
      matches += want.size() / 2;
    }
    assertThat(matches).isGreaterThan(10_000);
  }
}
