package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyfeed.testing.RealFeeds;

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

  /** Persons.DOTTED_HONORIFIC, SAID_AFTER, SAID_BEFORE, BYLINE, HEADING, ORG_AFTER. */
  static final Pattern DOTTED_HONORIFIC = Pattern.compile(
      "(?:^|[^\\p{L}.])(H\\.E\\.|Dr\\.|Mr\\.|Ms\\.|Mrs\\.|Prof\\.|Amb\\.)" + SP + "$");
  static final Pattern SAID_AFTER = Pattern.compile("^" + SP + "(?:has" + SP + ")?(?:said|says|"
      + "added|adds|explained|stressed|noted|underlined|underscored|recalled|highlighted|emphasi[sz]ed|welcomed|"
      + "summari[sz]ed|presented|opened|argued|described|stated|declared|pointed|praised|remarked|concluded)\\b");
  static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|says|added|explained|stressed|noted|"
      + "according to|interview with|speech of|address by|statement by|moderated by|chaired by|hosted by|led by"
      + "|opened by)" + SP + "$");
  static final Pattern BYLINE = Pattern.compile("^(?:By|by|Written by|Text by)" + SP + "$");
  static final Pattern HEADING = Pattern.compile("^," + SP + "(heading|leading|chairing|directing|who" + SP
      + "(?:heads|leads|chairs|directs))" + SP + "(?:the" + SP + ")?");
  static final Pattern ORG_AFTER = Pattern.compile("^" + SP + "(?:of|from)" + SP);

  private static final List<String> REAL = new ArrayList<>();
  private static final List<String> RANDOM = new ArrayList<>();

  /** Fragments for random texts (invented). */
  private static final String[] FRAGMENTS = {"A", "B", "Ab", "Anna", "Berg", "McDonald", "DeLuca", "Ab9", "AbC", "ABC",
      "Łódź", "São", "Tomé", "Ελλάδα", "Öz", "van", "von", "de", "del", "della", "di", "bin", "binti", "bint", "y",
      "ould", "ibn", "al", "el", "al-", "el‑", "ash-", "as-", "ar-", "ad-", "ash", "O'", "’s", "'s", "-", "'", "’", ".",
      ",", ";", " ", " ", " ", " ", "\u00a0", "J.", "P.", "and", "the", "of", "for", "against", "with", "des", "&",
      "9", "12", "x", "é", "e\u0301", "\u0301", "\u20dd", "\ud835\udc00", "\ud835\udc1a", "\ud835", "\udc00", "ǅ",
      "ª", "\t", "\n", "\r", "\u2028", "Dr.", "Mr", "Ms", "said", "by", "Minister", "Initiative", "Programme",
      "Project", "(", ")", "“", "”", "\u0130", "ß", "ﬁ", "H.E.", "Mrs.", "Prof.", "Amb.", "has", "says",
      "stressed", "according to", "led by", "opened", "Written by", "By", "heading", "who", "heads", "from", ",",
      "_", "\r\n", "\u0085", "\u2029", "Head", "Director", "Director-General", "Deputy", "Mayor", "1st", "whose",
      "Chair", ", heading ", ", who leads the ", ", chairing\u00a0the ", "!", "?", "…", "\"", "•", "e.g.", "U.S.", ".The", "participants.The", "\t"};

  @BeforeAll
  static void texts() {
    REAL.addAll(RealFeeds.texts());
    RANDOM.addAll(RealFeeds.randomTexts(FRAGMENTS, 20240607L, 40_000, 40));
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

  /** Every particle and hyphenated prefix of the pattern, between names (invented), as the regex reads it. */
  @Test
  void nameWithEachParticleAsTheRegex() {
    String[] parts = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le",
        "bin", "binti", "binte", "bint", "ibn", "ben", "ould", "al", "el", "ten", "ter", "zu", "y"};
    List<String> texts = new ArrayList<>();
    for (String p : parts) {
      texts.add("Anna " + p + " Berg");
      texts.add("Dr Anna " + p + " " + p + " Berg said");
    }
    for (String p : new String[] {"al-", "el-", "ad-", "ash-", "as-", "ar-", "al‑"}) {
      texts.add("Anna " + p + "Berg");
    }
    int matched = 0;
    for (String t : texts) {
      List<Integer> want = regexAll(NAME, t);
      assertThat(handAll((s, i) -> NameMatcher.match(s, i, s.length()), t)).as(t).isEqualTo(want);
      matched += want.isEmpty() || want.get(1) < t.indexOf("Berg") ? 0 : 1;
    }
    assertThat(matched).as("names that reach 'Berg'").isEqualTo(texts.size());
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

  /** Texts cut at random: a prefix and a suffix stay around the range the cue pattern sees. */
  private interface RangeCheck {
    void check(String t, int from, int to);
  }

  private static void ranges(RangeCheck c) {
    Random r = new Random(11);
    for (String x : all()) {
      if (x.length() > 2000) {
        x = x.substring(0, 2000);
      }
      c.check(x, 0, x.length());
      for (int k = 0; k < 6 && !x.isEmpty(); k++) {
        int from = r.nextInt(x.length() + 1);
        int to = from + r.nextInt(Math.min(60, x.length() - from) + 1);
        c.check(x, from, to);
      }
    }
  }

  @Test
  void personCuesAsTheirRegexes() {
    int[] hits = new int[6];
    ranges((t, from, to) -> {
      String sub = t.substring(from, to);
      // DOTTED_HONORIFIC is found in the last 8 chars of "before"
      int ws = Math.max(from, to - 8);
      Matcher m = DOTTED_HONORIFIC.matcher(t.substring(ws, to));
      String want = m.find() ? m.group(1) : null;
      assertThat(PersonCues.dottedHonorific(t, ws, to)).as("honorific %s", sub).isEqualTo(want);
      hits[0] += want != null ? 1 : 0;
      boolean b = SAID_AFTER.matcher(sub).lookingAt();
      assertThat(PersonCues.saidAfter(t, from, to)).as("said after %s", sub).isEqualTo(b);
      hits[1] += b ? 1 : 0;
      m = SAID_BEFORE.matcher(sub);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      m.region(Math.max(0, sub.length() - 24), sub.length());
      b = m.find();
      assertThat(PersonCues.saidBefore(t, from, to)).as("said before %s", sub).isEqualTo(b);
      hits[2] += b ? 1 : 0;
      b = BYLINE.matcher(sub).lookingAt();
      assertThat(PersonCues.byline(t, from, to)).as("byline %s", sub).isEqualTo(b);
      hits[3] += b ? 1 : 0;
      m = HEADING.matcher(sub);
      int e = m.lookingAt() ? from + m.end() : -1;
      assertThat(PersonCues.heading(t, from, to)).as("heading %s", sub).isEqualTo(e);
      hits[4] += e >= 0 ? 1 : 0;
      m = ORG_AFTER.matcher(sub);
      e = m.lookingAt() ? from + m.end() : -1;
      assertThat(PersonCues.orgAfter(t, from, to)).as("org after %s", sub).isEqualTo(e);
      hits[5] += e >= 0 ? 1 : 0;
    });
    assertThat(java.util.Arrays.stream(hits).min().getAsInt()).as(java.util.Arrays.toString(hits)).isGreaterThan(20);
  }

  @Test
  void backwardRoleNoneOnlyWhereItIsNull() {
    int[] none = new int[2];
    ranges((t, from, to) -> {
      boolean fast = Persons.backwardRoleNone(t, from, to);
      String[] full = Persons.backwardRole(t.substring(from, to));
      if (fast) {
        assertThat(full).as(t.substring(from, to)).isNull();
        none[0]++;
      } else {
        none[1]++;
      }
    });
    assertThat(none[0]).isGreaterThan(1000);
    assertThat(none[1]).isGreaterThan(100);
  }

  @Test
  void backwardRoleReadInPlaceAsOnTheCopy() {
    int[] found = new int[1];
    ranges((t, from, to) -> {
      String[] want = backwardRoleAsItWas(t.substring(from, to));
      assertThat(Persons.backwardRole(t, from, to)).as(t.substring(from, to)).isEqualTo(want);
      found[0] += want != null ? 1 : 0;
    });
    assertThat(found[0]).isGreaterThan(100);
  }

  /** Persons.backwardRole as it was before it read the words in place: split the whole text, walk back. */
  private static String[] backwardRoleAsItWas(String before) {
    String b = before.stripTrailing();
    if (b.endsWith(",")) {
      b = b.substring(0, b.length() - 1);
    }
    String[] w = Doc.words(b);
    if (w.length == 0 || isConnector(w[w.length - 1]) && !before.stripTrailing().endsWith(",")) {
      return null;
    }
    int i = w.length - 1;
    int k = w.length;
    boolean sawRole = false;
    while (i >= 0) {
      String x = w[i];
      String bare = x.endsWith(",") ? x.substring(0, x.length() - 1) : x;
      boolean ok = Doc.capitalised(bare) && !Lex.isHonorific(bare) || isConnector(bare)
          || Lex.isRoleWord(bare) || Doc.ordinal(bare);
      if (!ok) {
        break;
      }
      if (Lex.isRoleWord(bare)) {
        sawRole = true;
      }
      k = i;
      i--;
    }
    if (!sawRole) {
      return null;
    }
    String joined = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
    String whose = i >= 0 && w[i].equalsIgnoreCase("whose") ? "whose" : null;
    return Persons.backwardRoleOf(joined, whose);
  }

  private static boolean isConnector(String x) {
    return Persons.connector(x, 0, x.length());
  }

  @Test
  void capStartsAreThePlacesWhereACapitalPhraseCanStart() {
    for (String t : all()) {
      List<Integer> want = new ArrayList<>();
      for (int i = 0; i < t.length(); i++) {
        int cp = Chars.cpAt(t, i, t.length());
        if (Chars.lu(cp) && !Chars.behindLetterMarkDigit(t, i)) {
          want.add(i);
        }
      }
      List<Integer> got = new ArrayList<>();
      for (int i : Doc.scan(t)[0]) {
        got.add(i);
      }
      assertThat(got).as(t).isEqualTo(want);
    }
  }

  /** Lex.isRoleWord and Lex.isHonorific as they were. */
  private static boolean oldRoleWord(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    int dash = w.lastIndexOf('-');
    return Lex.ROLE_WORDS.contains(w) || Lex.ROLE_ABBREVIATIONS.containsKey(word)
        || dash > 0 && dash + 1 < w.length() && Lex.ROLE_WORDS.contains(w.substring(dash + 1));
  }

  private static boolean oldHonorific(String word) {
    return Lex.HONORIFICS.contains(word) || Lex.HONORIFICS.contains(word + ".")
        || word.endsWith(".") && Lex.HONORIFICS.contains(word.substring(0, word.length() - 1));
  }

  @Test
  void lexLookUpsAsBefore() {
    List<String> words = new ArrayList<>();
    for (String w : Lex.ROLE_WORDS) {
      words.add(w);
      words.add(w.toUpperCase(java.util.Locale.ROOT));
      words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
      words.add("Vice-" + w);
      words.add("x-" + w.toUpperCase(java.util.Locale.ROOT));
      words.add(w + "-");
      words.add("-" + w);
    }
    for (String h : Lex.HONORIFICS) {
      words.add(h);
      words.add(h + ".");
      words.add(h + "..");
      words.add(h.replace(".", ""));
      words.add(h.toLowerCase(java.util.Locale.ROOT));
    }
    words.addAll(Lex.ROLE_ABBREVIATIONS.keySet());
    words.add("");
    words.add("-");
    words.add(".");
    words.add("D\u0130RECTOR");
    words.add("DİRECTOR");
    for (String t : all()) {
      for (String w : t.split("[ \u00a0]+")) {
        words.add(w);
      }
    }
    for (char c = 0x80; c < 0xffff; c++) {
      if (Lex.LowerSet.simple(c)) {
        // one char in, one char out, as String.toLowerCase(Locale.ROOT) does for such a char
        assertThat(String.valueOf(c).toLowerCase(java.util.Locale.ROOT)).hasSize(1)
            .isEqualTo(String.valueOf(Character.toLowerCase(c)));
        if (Character.isLetter(c) && c % 7 == 0) {
          words.add("Dir" + c + "ctor");
          words.add(String.valueOf(c) + "-director");
        }
      }
    }
    words.add("ATTACHÉ");
    words.add("Vice-Attaché");
    int roles = 0;
    int honorifics = 0;
    for (String w : words) {
      boolean r = oldRoleWord(w);
      assertThat(Lex.isRoleWord(w)).as(w).isEqualTo(r);
      boolean h = oldHonorific(w);
      assertThat(Lex.isHonorific(w)).as(w).isEqualTo(h);
      roles += r ? 1 : 0;
      honorifics += h ? 1 : 0;
    }
    assertThat(roles).isGreaterThan(500);
    assertThat(honorifics).isGreaterThan(50);
  }

  /** Sentences.split as it was, before it jumped between stops with indexOf. */
  private static int[] oldSplit(String t) {
    int n = t.length();
    int[] out = new int[16];
    int[] size = {0};
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        out = oldAdd(t, start, i, out, size);
        start = i + 1;
        continue;
      }
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int j = i + 1;
      while (j < n && ".!?…\"”’')]".indexOf(t.charAt(j)) >= 0) {
        j++;
      }
      if (j >= n) {
        break;
      }
      char d = t.charAt(j);
      boolean cut = false;
      if (d == ' ' || d == '\u00a0' || d == '\t' || d == '\r') {
        int k = j;
        while (k < n && (t.charAt(k) == ' ' || t.charAt(k) == '\u00a0' || t.charAt(k) == '\t')) {
          k++;
        }
        if (k < n) {
          char e = t.charAt(k);
          boolean opener = Character.isUpperCase(e) || Character.isDigit(e) || "“\"‘'•(".indexOf(e) >= 0;
          cut = opener && !(c == '.' && j == i + 1 && oldAbbreviation(t, i));
        }
      } else if (c == '.' && j == i + 1 && Character.isUpperCase(d) && i > 1
          && Character.isLowerCase(t.charAt(i - 1)) && Character.isLowerCase(t.charAt(i - 2))
          && j + 1 < n && Character.isLowerCase(t.charAt(j + 1))) {
        cut = true;
      }
      if (cut) {
        out = oldAdd(t, start, j, out, size);
        start = j;
        i = j - 1;
      }
    }
    out = oldAdd(t, start, n, out, size);
    return java.util.Arrays.copyOf(out, size[0]);
  }

  private static int[] oldAdd(String t, int s, int e, int[] out, int[] size) {
    while (s < e && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      int[] o = size[0] + 2 > out.length ? java.util.Arrays.copyOf(out, out.length * 2) : out;
      o[size[0]++] = s;
      o[size[0]++] = e;
      return o;
    }
    return out;
  }

  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "ms", "mrs", "dr", "prof",
      "st", "jr", "sr", "no", "nos", "vs", "e.g", "i.e", "u.s", "u.k", "h.e", "ph.d", "gen", "col", "lt", "rev",
      "hon", "amb", "cf", "approx", "inc", "ltd", "co", "art", "para", "fig", "vol", "pp", "ca", "op", "mt", "sen",
      "rep", "gov", "u.n", "e.u", "dept", "min");

  private static boolean oldAbbreviation(String t, int dot) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(t.charAt(s - 1)) && "(“\"'‘".indexOf(t.charAt(s - 1)) < 0
        && dot - s < 12) {
      s--;
    }
    String w = t.substring(s, dot);
    if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void sentencesAsBefore() {
    for (String t : all()) {
      assertThat(Sentences.split(t)).as(t).isEqualTo(oldSplit(t));
    }
  }
}
