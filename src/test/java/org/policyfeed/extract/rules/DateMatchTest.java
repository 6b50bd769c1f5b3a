package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written matchers of {@link DateMatch} give exactly the matches of the regular expressions they replace. */
class DateMatchTest {
  private static final String SP = Doc.SP;
  /** The regex {@link DateMatch#cueFind} replaces (Dated.EVENT_CUE before). */
  static final Pattern EVENT_CUE = Pattern.compile("(?i)\\b(?:conference|forum|summit|meeting|met|academy"
      + "|school|event|workshop|seminar|round-?table|webinar|training|trained|induction|visit(?:ed|s)?|ceremony|session|panel|launch(?:ed)?"
      + "|kick(?:s|ed)?-?" + SP + "?off|course|briefing|symposium|congress|took" + SP + "place|takes?" + SP + "place|taking" + SP
      + "place|held|hosted|hosts|gathered|opened|opening|closing|scheduled)\\b");
  /** The regex {@link DateMatch#cueIsVerb} replaces (Dated.EVENT_VERB_ONLY before, used with matches()). */
  static final Pattern EVENT_VERB_ONLY = Pattern.compile("(?i)\\b(?:met|held|hosted|hosts|gathered|opened"
      + "|launch(?:ed)?|took" + SP + "place|takes?" + SP + "place|taking" + SP + "place|scheduled)\\b");
  /** The regex {@link DateMatch#eventNameFind} replaces (Dated.EVENT_NAME before). */
  static final Pattern EVENT_NAME = Pattern.compile("(?=[\\d\\p{Lu}])(?<![\\p{L}\\d])(?:\\d{1,2}(?:st|nd|rd|th)" + SP + ")?"
      + Doc.CAPW + "(?:" + SP + "(?:(?:of|on|for|the|and|in" + SP + "the|against)" + SP + "){0,2}" + Doc.CAPW
      + "){0,10}(?:" + SP + "(?:19|20)\\d{2})?(?:" + SP + "\\([A-Z][A-Za-z0-9]+\\))?");
  /** The regex {@link DateMatch#yearParenAt} replaces (Dated.YEAR_PAREN before). */
  static final Pattern YEAR_PAREN = Pattern.compile("\\(((?:19|20)\\d{2})[-–]((?:19|20)\\d{2})\\)");

  /** The regex {@link DateMatch#online} replaces. */
  static final Pattern ONLINE = Pattern.compile("(?i)\\bonline\\b");
  /** The regexes {@link Dated#excludeAfter}, {@link Dated#opensOn} and {@link Dated#nextAbout} try after a cheap check. */
  static final Pattern EXCLUDE_AFTER = Pattern.compile("^[^.]{0,30}\\b(?:was|were)" + SP
      + "(?:signed|adopted|founded|established)\\b");
  static final Pattern OPENS_ON = Pattern.compile("(?i)\\b(?:registration|applications?|calls?|submissions?"
      + "|nominations?|enrolment|enrollment)\\b[^.;]{0,60}\\b(?:opens?|opening|starts?)" + SP + "(?:on" + SP + ")?$");
  static final Pattern NEXT_ABOUT = Pattern.compile("(?i)\\b(?:take" + SP + "place|takes" + SP + "place|took"
      + SP + "place|was" + SP + "held|were" + SP + "held|will" + SP + "be" + SP + "held|is" + SP + "held|venue)\\b");

  private static List<String> texts;

  @BeforeAll
  static void load() {
    texts = DateCorpus.all();
    assertThat(DateCorpus.real()).hasSizeGreaterThan(1000);
  }

  private static List<String> regex(Pattern p, String s) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  @Test
  void eventCueAsTheRegex() {
    int matches = 0;
    for (String s : texts) {
      List<String> want = new ArrayList<>();
      List<String> wantVerb = new ArrayList<>();
      Matcher m = EVENT_CUE.matcher(s);
      while (m.find()) {
        want.add(m.start() + "-" + m.end());
        wantVerb.add(m.start() + ":" + EVENT_VERB_ONLY.matcher(m.group()).matches());
      }
      List<String> got = new ArrayList<>();
      List<String> gotVerb = new ArrayList<>();
      for (int i = DateMatch.cueFind(s, 0); i >= 0; i = DateMatch.cueFind(s, DateMatch.cueEnd(s, i))) {
        got.add(i + "-" + DateMatch.cueEnd(s, i));
        gotVerb.add(i + ":" + DateMatch.cueIsVerb(s, i));
      }
      assertThat(got).as(s).isEqualTo(want);
      assertThat(gotVerb).as(s).isEqualTo(wantVerb);
      matches += want.size();
    }
    assertThat(matches).isGreaterThan(10_000);
  }

  @Test
  void eventNameAsTheRegex() {
    int matches = 0;
    for (String s : texts) {
      List<String> want = regex(EVENT_NAME, s);
      List<String> got = new ArrayList<>();
      for (int i = DateMatch.eventNameFind(s, 0); i >= 0; i = DateMatch.eventNameFind(s, DateMatch.eventNameEnd(s, i))) {
        got.add(i + "-" + DateMatch.eventNameEnd(s, i));
      }
      assertThat(got).as(s).isEqualTo(want);
      matches += want.size();
    }
    assertThat(matches).isGreaterThan(10_000);
  }

  @Test
  void onlineAsTheRegex() {
    int found = 0;
    for (String s : texts) {
      boolean want = ONLINE.matcher(s).find();
      assertThat(DateMatch.online(s)).as(s).isEqualTo(want);
      found += want ? 1 : 0;
    }
    for (String s : List.of("ONLINE", "onLINE", "Online\u0301", "x online_", "online", "(Online)", "𝐀online")) {
      assertThat(DateMatch.online(s)).as(s).isEqualTo(ONLINE.matcher(s).find());
    }
    assertThat(found).isGreaterThan(100);
  }

  @Test
  void cheapChecksKeepEveryMatch() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    int[] found = new int[3];
    List<String> more = new ArrayList<>(texts);
    // invented sentences for the three patterns
    more.addAll(List.of("The agreement, which was signed in Rome", "It was\u00a0founded", "Registration for the"
        + " session opens on ", "Applications will open\u00a0on\u00a0", "Calls START ", "The event took place online.",
        "It was held in Vienna.", "Venue: Vienna", "It WILL BE HELD there.", "the agreement were adopted"));
    for (String s : more) {
      for (int k = 0; k < 8; k++) {
        int from = r.nextInt(s.length() + 1);
        boolean ea = EXCLUDE_AFTER.matcher(s.substring(from)).lookingAt();
        assertThat(Dated.excludeAfter(s, from)).as(s + " @" + from).isEqualTo(ea);
        int to = from + r.nextInt(s.length() - from + 1);
        int a = Math.max(0, to - 90);
        boolean oo = OPENS_ON.matcher(s.substring(a, to)).find();
        assertThat(Dated.opensOn(s, a, to)).as(s.substring(a, to)).isEqualTo(oo);
        found[0] += ea ? 1 : 0;
        found[1] += oo ? 1 : 0;
      }
      boolean na = NEXT_ABOUT.matcher(s).find();
      assertThat(Dated.nextAbout(s)).as(s).isEqualTo(na);
      // windows, some of them cutting a surrogate pair at either end
      int low = 0; // the first low surrogate, if any
      int high = s.length(); // after the last high surrogate, if any
      for (int i = 0; i < s.length(); i++) {
        if (low == 0 && Character.isLowSurrogate(s.charAt(i))) {
          low = i;
        }
        if (Character.isHighSurrogate(s.charAt(i))) {
          high = i + 1;
        }
      }
      for (int k = 0; k < 3; k++) {
        int a = k == 0 ? s.length() / 3 : k == 1 ? low : 0;
        int b = k == 2 ? high : a + (s.length() - a) / 2;
        assertThat(Dated.nextAbout(s, a, b)).as(s.substring(a, b)).isEqualTo(Dated.nextAbout(s.substring(a, b)));
      }
      found[2] += na ? 1 : 0;
    }
    assertThat(found[0]).isPositive();
    assertThat(found[1]).isPositive();
    assertThat(found[2]).isPositive();
  }

  @Test
  void yearParenAsTheRegex() {
    int matches = 0;
    for (String s : texts) {
      List<String> want = new ArrayList<>();
      Matcher m = YEAR_PAREN.matcher(s);
      while (m.find()) {
        want.add(m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2));
      }
      List<String> got = new ArrayList<>();
      for (int i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1)) {
        if (DateMatch.yearParenAt(s, i)) {
          got.add(i + "-" + (i + 11) + ":" + DateMatch.int4(s, i + 1) + "/" + DateMatch.int4(s, i + 6));
        }
      }
      assertThat(got).as(s).isEqualTo(want);
      matches += want.size();
    }
    assertThat(matches).isGreaterThan(100);
  }

  @Test
  void deadlineCueAsTheRegex() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(13);
    List<String> all = new ArrayList<>(texts);
    // invented: the cues at the window's edges, with SP, case, marks, surrogates and line terminators around them
    String[] cues = {"until", "Till", "BY", "no later than", "not later than", "no\u00a0later than", "before",
        "deadline is", "Deadline: ", "deadline for papers is", "deadline. is", "deadline; is", "deadlines is",
        "deadline\u0301 is", "the deadline this", "closes on", "close\u00a0on", "Closing on", "ends on", "end  on",
        "expires on", "expire on", "Expires\u00a0On", "closedon", "xby", "_by", "\u0301by", "a\u0301by", "𝐀by",
        "deadline                                         is"};
    String[] tails = {"", " ", "  ", "\u00a0", " the ", " THE\u00a0", " the", "the ", "\n", "\r\n", " \r", "\u2028",
        "\u0085", " the \n", "\n\n", "x"};
    for (String c : cues) {
      for (String tail : tails) {
        all.add(c + tail);
        all.add("Send it " + c + tail);
        all.add("The deadline, " + c + tail);
      }
    }
    int yes = 0;
    int n = 0;
    for (String s : all) {
      for (int k = 0; k < 6; k++) {
        int to = k == 0 ? s.length() : r.nextInt(s.length() + 1);
        int from = k < 3 ? Math.max(0, to - 60) : r.nextInt(to + 1);
        boolean want = Dated.DEADLINE_CUE.matcher(s.substring(from, to)).find();
        assertThat(DateMatch.deadlineCue(s, from, to)).as("%s [%d, %d)", s, from, to).isEqualTo(want);
        yes += want ? 1 : 0;
        n++;
      }
    }
    assertThat(yes).isGreaterThan(1000);
    assertThat(n - yes).isGreaterThan(100_000);
  }

  @Test
  void corefNeedsAKindWord() {
    int kinds = 0;
    for (String s : texts) {
      if (!Dated.corefKind(s, 0, s.length())) {
        assertThat(Dated.COREF.matcher(s).find()).as(s).isFalse();
      } else {
        kinds++;
      }
    }
    assertThat(kinds).isGreaterThan(1000);
  }

  @Test
  void deadlineForAsTheRegex() {
    List<String> all = new ArrayList<>(texts);
    // invented: the phrase with SP, case, short and long subjects, line terminators, marks and words after "is"
    for (String head : new String[] {"The deadline for ", "DEADLINE\u00a0FOR ", "xdeadline for ", "_deadline for ",
        "a\u0301deadline for ", "deadline  for ", "Deadline for\u00a0"}) {
      for (String body : new String[] {"ab", "abc", "applications", "a\nb c", "papers\u2028x", "x".repeat(80),
          "x".repeat(81), "the call: and more", "entries is"}) {
        for (String end : new String[] {" is", " is.", " isn't", " is\u0301", "\u00a0IS 5 May", ":", " :", " was",
            "", " is_"}) {
          all.add(head + body + end);
        }
      }
    }
    int found = 0;
    for (String s : all) {
      Matcher m = Dated.DEADLINE_FOR.matcher(s);
      String want = m.find() ? m.group(1) : null;
      assertThat(DateMatch.deadlineFor(s)).as(s).isEqualTo(want);
      found += want != null ? 1 : 0;
    }
    assertThat(found).isGreaterThan(200);
  }
}
