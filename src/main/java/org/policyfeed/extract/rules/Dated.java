package org.policyfeed.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.policyfeed.extract.FieldText;
import org.policyfeed.model.Deadline;
import org.policyfeed.model.DeadlineKind;
import org.policyfeed.model.Event;
import org.policyfeed.model.Mention;
import org.policyfeed.model.Precision;
import org.policyfeed.model.ProjectKind;

/** Deadlines, events and project periods: every date in a sentence is one of them or nothing. */
final class Dated {
  private static final String SP = Doc.SP;
  // EVENT_CUE, EVENT_VERB_ONLY, EVENT_NAME and YEAR_PAREN: hand-written in DateMatch (the regexes are in DateMatchTest)
  private static final String YEAR = "((?:19|20)\\d{2})";
  /** Matched by {@link DateMatch#deadlineCue}; kept for its test. */
  static final Pattern DEADLINE_CUE = Pattern.compile("(?i)(?:\\buntil|\\btill|\\bby|\\bno later than"
      + "|\\bnot later than|\\bbefore|\\bdeadline\\b[^.;]{0,40}?(?:\\bis|:)|\\bclose[s]?" + SP + "on|\\bclosing"
      + SP + "on|\\bends?" + SP + "on|\\bexpires?" + SP + "on)" + SP + "*(?:the" + SP + ")?$");
  private static final Pattern RUN_VERB = Pattern.compile("(?i)\\b(?:will run|runs|run|running|ran|is implemented"
      + "|will be implemented|be implemented|implemented|ended|ends|will end|lasts|will last|last|runs?"
      + SP + "from)\\b");
  private static final Pattern PAST_RUN = Pattern.compile("(?i)\\b(?:ended|ran|finished|closed|expired|was completed)"
      + "\\b");
  static final Pattern COREF = Pattern.compile("(?i)\\b(?:the|this|its)" + SP + "(?:[\\p{L}\\-]+" + SP
      + ")?(project|programme|initiative|facility)\\b");
  static final Pattern LEAD = Pattern.compile("^[\\s•\\-]*(?:On|From|Date:|Between|On" + SP + "the" + SP
      + "evening" + SP + "of|On" + SP + "the" + SP + "morning" + SP + "of)?[\\s,]*$");
  private static final Pattern EXCLUDE_BEFORE = Pattern.compile("(?:\\b(?:signed|adopted|founded|established|"
      + "anniversary|published|born|entered" + SP + "into" + SP + "force)\\b[^.]{0,12}|\\bDays?,?" + SP
      + "(?:on" + SP + ")?)$");
  private static final Pattern EXCLUDE_AFTER = Pattern.compile("^[^.]{0,30}\\b(?:was|were)" + SP
      + "(?:signed|adopted|founded|established)\\b");
  private static final Pattern PHASE_BEFORE = Pattern.compile("(?:\\bPhase" + SP + "\\S+|\\bphase" + SP + "of"
      + SP + "the" + SP + "\\S+)" + SP + "$");
  private static final Pattern ENDS_WITH_YEAR = Pattern.compile(".*\\b(?:19|20)\\d{2}$");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
  private static final Pattern VENUE_BEFORE = Pattern.compile("\\b(?:at|in|hosted" + SP + "at|hosted" + SP + "by)"
      + SP + "the" + SP + "$");
  private static final Pattern WHICH_PERIOD = Pattern.compile("^\\)?,?" + SP + "which\\b[^.;]{0,100}?\\b(?:between"
      + SP + YEAR + SP + "and" + SP + YEAR + "|since" + SP + YEAR + ")\\b");
  /** "(SMSF) runs from 2019 to 2022", "(D4D) project, running since 2018". */
  private static final Pattern RUN_PERIOD = Pattern.compile("^\\)?,?(?:" + SP + "(?:project|programme|initiative"
      + "|facility))?,?" + SP + "(?:runs|running|ran|will" + SP + "run|is" + SP + "running|has" + SP + "been" + SP
      + "running|has" + SP + "run)" + SP + "(?:from" + SP + YEAR + SP + "(?:to|until|till|through)" + SP + YEAR
      + "|since" + SP + YEAR + ")(?![\\d/.\\-])");
  /** A period's first date: "runs from January 2020 to …", "running since March 2018". */
  private static final Pattern FROM_END = Pattern.compile("\\b(?:from|since|starting|started|start(?:ed)?" + SP
      + "in)" + SP + "$");
  private static final Pattern SINCE_START = Pattern.compile("\\b[Ss]ince" + SP + "its" + SP
      + "(?:start|launch|inception|beginning)" + SP + "in" + SP + "(?:(" + DateFinder.MONTH + ")" + SP + ")?"
      + YEAR + ",?" + SP);
  static final Pattern QUOTED_TITLE = Pattern.compile("(?i)\\b(panel|round-?table|webinar|workshop|seminar"
      + "|session|conference|debate|discussion|event|meeting|forum)\\b,?(?:" + SP + "(?:on|entitled|titled|called))?"
      + SP + "[“\"]([^”\"]{3,120})[”\"]");
  static final Pattern IN_PLACE = Pattern.compile("\\bin" + SP + "(\\p{Lu}[\\p{L}\\p{M}\\-’']+(?:" + SP
      + "\\p{Lu}[\\p{L}\\p{M}\\-’']+){0,2})(?![\\p{L}])");
  static final Pattern AT_VENUE = Pattern.compile("\\b(?:at|hosted" + SP + "by)" + SP + "the" + SP + "("
      + Doc.CAPPHRASE + ")");
  /** "Registration for the session opens on 8 June": the opening of a call, not an event. */
  private static final Pattern OPENS_ON = Pattern.compile("(?i)\\b(?:registration|applications?|calls?|submissions?"
      + "|nominations?|enrolment|enrollment)\\b[^.;]{0,60}\\b(?:opens?|opening|starts?)" + SP + "(?:on" + SP + ")?$");
  /** A quoted title before its event noun: "the “Diaspora Days 2019” conference". */
  private static final Pattern QUOTED_BEFORE_NOUN = Pattern.compile("[“\"]([^”\"]{3,120})[”\"]" + SP + "(?i:panel"
      + "|round-?table|webinar|workshop|seminar|session|conference|debate|discussion|event|meeting|forum|summit)\\b");
  /** "Call for Applications for the …": the call, not the event's name. */
  private static final Pattern CALL_PREFIX = Pattern.compile("^(?:Call|Calls)" + SP + "for" + SP + "\\p{Lu}\\p{L}*"
      + SP + "(?:for|to)" + SP + "(?:the" + SP + ")?");
  private static final Pattern NEXT_ABOUT = Pattern.compile("(?i)\\b(?:take" + SP + "place|takes" + SP + "place|took"
      + SP + "place|was" + SP + "held|were" + SP + "held|will" + SP + "be" + SP + "held|is" + SP + "held|venue)\\b");
  private static final Pattern OPEN_SUBJECT = Pattern.compile("\\b(?:the|an?)" + SP + "((?:[\\p{Ll}\\-]+" + SP
      + "){0,2}[\\p{Ll}\\-]+)" + SP + "(?:that" + SP + "|which" + SP + ")(?:remains|stays|is|will" + SP
      + "remain|will" + SP + "be)" + SP + "open\\b");
  // ONLINE, (?i)\bonline\b: DateMatch.online
  private static final Pattern VENUE = Pattern.compile("^(?:Venue|Place|Location):" + SP + "*([^,\\n]+)");
  private static final Pattern EDITION = Pattern.compile("\\b[Tt]he" + SP + YEAR + SP + "edition\\b");
  private static final Pattern SUBJECT = Pattern.compile("^[\\s•\\-]*(?:The" + SP + "|the" + SP + ")?(.{3,120}?)"
      + SP + "(?:must|should|can|may|will|are|is|remains|close[sd]?|runs?|has|have|to" + SP + "be)\\b");
  /** Matched by {@link DateMatch#deadlineFor}; kept for its test. */
  static final Pattern DEADLINE_FOR = Pattern.compile("(?i)\\bdeadline" + SP + "for" + SP + "(.{3,80}?)"
      + "(?:" + SP + "is\\b|:)");
  private static final Pattern SUBMIT_OBJ = Pattern.compile("\\b(?:submit|send|nominate)" + SP
      + "(?:their|its|a|an|the|his|her)?" + SP + "?(.{3,80}?)" + SP + "(?:by|until|before|no later than)");
  private static final java.util.Set<String> VENUE_HEADS = java.util.Set.of("Foundation", "Academy", "Assembly",
      "University", "Université", "Centre", "Center", "Parliament", "Hall", "Palace", "Hotel", "Institute",
      "Museum", "Embassy", "Library", "House", "Building", "Campus", "Hofburg", "Stiftung", "Council");

  /** An event being assembled. */
  private static final class Ev {
    final LocalDate start;
    final LocalDate end;
    @Nullable String name;
    boolean weakName;
    @Nullable String place;
    boolean titleOk;
    final Mention source;
    final int order;

    Ev(LocalDate start, LocalDate end, Mention source, int order) {
      this.start = start;
      this.end = end;
      this.source = source;
      this.order = order;
    }
  }

  /** The deadlines found, at most one of each date and kind (the first). */
  final List<Deadline> deadlines = new ArrayList<>();
  /** The key of an event: its first and last day (before, the string {@code a + "|" + b}, equal exactly when these are). */
  private record EvKey(LocalDate a, LocalDate b) {}

  private final Map<EvKey, Ev> events = new LinkedHashMap<>();
  private final Doc doc;
  private final Projects projects;

  /**
   * Whether {@code s[from, to)} holds one of COREF's kind words (project, programme, initiative, facility; any ASCII
   * case): without one COREF finds nothing there.
   */
  static boolean corefKind(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      boolean kind = switch (s.charAt(i)) {
        case 'p', 'P' -> litIn(s, i, to, "project") || litIn(s, i, to, "programme");
        case 'i', 'I' -> litIn(s, i, to, "initiative");
        case 'f', 'F' -> litIn(s, i, to, "facility");
        default -> false;
      };
      if (kind) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case ASCII {@code w} at {@code i}, ending by {@code to}, ASCII letters compared without case. */
  private static boolean litIn(String s, int i, int to, String w) {
    return i + w.length() <= to && DateMatch.lit(s, i, w, true) >= 0;
  }


  /** Where {@link #EXCLUDE_BEFORE} can start: a word start with the first letter of one of its words. */
  private static boolean excludeBeforeStart(String s, int i) {
    return "safepbD".indexOf(s.charAt(i)) >= 0 && !Scan.afterWordChar(s, i);
  }

  /** Whether EVENT_CUE matches in {@code s} (see {@link DateMatch#cueFind}). */
  private static boolean eventCue(String s) {
    return DateMatch.cueFind(s, 0) >= 0;
  }

  private @Nullable String cueSentence;
  private boolean cueInSentence;

  /** {@link #eventCue} of the sentence being worked on, found once per sentence. */
  private boolean sentenceCue(String s) {
    if (s != cueSentence) {
      cueSentence = s;
      cueInSentence = eventCue(s);
    }
    return cueInSentence;
  }

  /** Where {@link #COREF} can start: "the", "this", "its" (any ASCII case) and {@code [ \u00a0]} at a word start. */
  static boolean corefStart(String s, int i) {
    char c = Scan.lowerAscii(s, i);
    return (c == 't' && (DateMatch.lit(s, i, "the ", true) >= 0 || DateMatch.lit(s, i, "this ", true) >= 0)
        || c == 'i' && DateMatch.lit(s, i, "its ", true) >= 0) && !Scan.afterWordChar(s, i);
  }

  private static boolean editionStart(String s, int i) {
    char c = s.charAt(i);
    return (c == 'T' || c == 't') && !Scan.afterWordChar(s, i);
  }

  /**
   * EXCLUDE_AFTER looking at {@code s} from {@code from}; tried only where "was" or "were" starts within the 30
   * chars {@code [^.]{0,30}} allows.
   */
  static boolean excludeAfter(String s, int from) {
    int last = Math.min(s.length(), from + 30);
    return (DateMatch.startsWithin(s, "was", from, last) || DateMatch.startsWithin(s, "were", from, last))
        && EXCLUDE_AFTER.matcher(s.substring(from)).lookingAt();
  }

  /** OPENS_ON found in {@code s[from, to)}; tried only where "open" or "start" (any case) occurs there. */
  static boolean opensOn(String s, int from, int to) {
    return (DateMatch.containsI(s, from, to, "open") || DateMatch.containsI(s, from, to, "start"))
        && OPENS_ON.matcher(s.substring(from, to)).find();
  }

  /** NEXT_ABOUT found in {@code s}; tried only where "place", "held" or "venue" (any case) occurs. */
  static boolean nextAbout(String s) {
    return nextAbout(s, 0, s.length());
  }

  /** {@link #nextAbout(String)} of {@code t.substring(from, to)}, without the copy. */
  static boolean nextAbout(String t, int from, int to) {
    return (DateMatch.containsI(t, from, to, "place") || DateMatch.containsI(t, from, to, "held")
        || DateMatch.containsI(t, from, to, "venue")) && over(null, NEXT_ABOUT, t, from, to).find();
  }

  /** Where {@link #IN_PLACE} can start: "in", {@code [ \u00a0]} and what may begin {@code \p{Lu}}, at a word start. */
  static boolean inPlaceStart(String s, int i) {
    return s.charAt(i) == 'i' && i + 3 < s.length() && DateMatch.lit(s, i, "in ", false) >= 0
        && Scan.upperAt(s, i + 3) && !Scan.afterWordChar(s, i);
  }

  /** A scan for {@link #IN_PLACE} in {@code t}, tried only where "in" and {@code [ \u00a0]} occur. */
  static Scan inPlaceScan(String t) {
    return new Scan(IN_PLACE, t, Dated::inPlaceStart, 0, "in ", "in\u00a0");
  }

  /** A scan for {@link #AT_VENUE} in {@code t}, tried only where "at" or "hosted" and {@code [ \u00a0]} occur. */
  static Scan atVenueScan(String t) {
    return new Scan(AT_VENUE, t, Dated::atVenueStart, 0, "at ", "at\u00a0", "hosted ", "hosted\u00a0");
  }

  /** Where {@link #AT_VENUE} can start: "at" or "hosted" and {@code [ \u00a0]}, at a word start. */
  static boolean atVenueStart(String s, int i) {
    char c = s.charAt(i);
    return (c == 'a' && DateMatch.lit(s, i, "at ", false) >= 0
        || c == 'h' && DateMatch.lit(s, i, "hosted ", false) >= 0) && !Scan.afterWordChar(s, i);
  }

  Dated(Doc doc, Projects projects) {
    this.doc = doc;
    this.projects = projects;
  }

  void find() {
    for (int fi = 0; fi < doc.fields.size(); fi++) {
      FieldText f = doc.fields.get(fi);
      String t = f.text();
      int[] keys = doc.keyChars(fi); // where a date can be: found in the pass that finds the capitals
      boolean paren = t.indexOf('(') >= 0;
      Projects.Hit next = projects.hitAfter(fi, 0, Integer.MAX_VALUE); // the first project hit at or after a
      for (FieldText.Sentence sen : f.sentences()) {
        int a = sen.start();
        int b = sen.end();
        // nothing to do without a date, a '(' for YEAR_PAREN or a project for RUN_PERIOD, WHICH_PERIOD and
        // SINCE_START (which needs a year as well); and no copy of the sentence without a date in it
        int key = DateFinder.key(t, keys, a, b);
        if (next != null && next.start() < a) {
          // yearPeriods may have looked up the first hit after one in an earlier sentence: when that one starts
          // at or after a, it is also the first at or after a
          next = aheadField == fi && aheadFrom <= a && (ahead == null || ahead.start() >= a) ? ahead
              : projects.hitAfter(fi, a, Integer.MAX_VALUE);
        }
        Projects.Hit first = next != null && next.end() <= b ? next : null; // projects.hitAfter(fi, a, b)
        nextHit = next;
        if (key < 0 && first == null && !(paren && parenIn(t, a, b))) {
          continue;
        }
        yearPeriods(fi, f, sen, first);
        if (key < 0) {
          continue; // DateFinder finds nothing
        }
        List<DateFinder.Hit> hits = DateFinder.find(t, a, b, key, keys);
        if (hits.isEmpty()) {
          continue;
        }
        String s = f.text(sen); // the sentence's copy, shared with the mentions made of it
        for (DateFinder.Hit h : hits) {
          date(fi, f, sen, s, h);
        }
      }
    }
  }

  // the first project hit at or after aheadFrom in field aheadField (or null: there is none), as nextInSentence
  // last looked it up; aheadField -1 while there is none
  private Projects.@Nullable Hit ahead;
  private int aheadField = -1;
  private int aheadFrom;

  /**
   * {@code projects.hitAfter(fi, h.start() + 1, sb)}: the hit after {@code h} when it ends by {@code sb}; the hit
   * after {@code h} wherever it ends is kept for {@link #find}'s next look-up.
   */
  private Projects.@Nullable Hit nextInSentence(int fi, Projects.Hit h, int sb) {
    int from = h.start() + 1;
    Projects.Hit x = projects.hitAfter(fi, from, Integer.MAX_VALUE);
    ahead = x;
    aheadField = fi;
    aheadFrom = from;
    return x != null && x.end() <= sb ? x : null;
  }

  // the next '(' and "ince its" in the field being read: its sentences are read in order, and both are rare
  private final NextOf parens = new NextOf("(");
  private final NextOf inceIts = new NextOf("ince its");

  /** Whether {@code t} has a '(' in {@code [from, to)}. */
  private boolean parenIn(String t, int from, int to) {
    return parens.in(t, from) < to;
  }

  /** The first project hit at or after the start of the sentence being read (in its field), or null. */
  private Projects.@Nullable Hit nextHit;

  /** {@code p.matcher(t)} over the region {@code [from, to)}, reusing {@code m} when there is one. */
  private static Matcher region(@Nullable Matcher m, Pattern p, String t, int from, int to) {
    return (m == null ? p.matcher(t) : m.reset(t)).region(from, to);
  }

  /**
   * Whether {@code [from, to)} cuts no surrogate pair of {@code t}. Only then does a matcher over that region (with
   * the default, opaque bounds) match as one over {@code t.substring(from, to)}: java.util.regex reads a code point
   * across a region's bound (in {@code \b}, in char classes).
   */
  static boolean cleanCut(String t, int from, int to) {
    return !(from > 0 && from < t.length() && Character.isHighSurrogate(t.charAt(from - 1))
        && Character.isLowSurrogate(t.charAt(from)))
        && !(to > 0 && to < t.length() && Character.isHighSurrogate(t.charAt(to - 1))
        && Character.isLowSurrogate(t.charAt(to)));
  }

  /**
   * A matcher of {@code p} that matches as one over {@code t.substring(from, to)}: over the region (reusing
   * {@code m} when there is one) when the region {@link #cleanCut}s, else over the copy (its positions are then
   * relative to {@code from}).
   */
  private static Matcher over(@Nullable Matcher m, Pattern p, String t, int from, int to) {
    return cleanCut(t, from, to) ? region(m, p, t, from, to) : p.matcher(t.substring(from, to));
  }

  // matchers reused within the item; a region with the default (opaque, anchoring) bounds matches as the substring
  private @Nullable Matcher runPeriod;
  private @Nullable Matcher whichPeriod;

  /**
   * Project periods in a sentence: "(2019-2021)" after a project, "… runs from 2019 to 2022", "which runs between
   * …", "since its start in …". {@code first} is the sentence's first project hit ({@code projects.hitAfter}).
   */
  private void yearPeriods(int fi, FieldText f, FieldText.Sentence sen, Projects.@Nullable Hit first) {
    String t = f.text();
    int sa = sen.start();
    int sb = sen.end();
    String s = null; // the sentence, made only where needed
    for (int abs = parens.in(t, sa); abs < sb; abs = parens.in(t, abs + 1)) {
      if (abs + 11 > sb || !DateMatch.yearParenAt(t, abs)) {
        continue;
      }
      if (s == null) {
        s = t.substring(sa, sb);
      }
      int ys = abs - sa;
      int ye = ys + 11;
      String before = s.substring(0, ys);
      if (PHASE_BEFORE.matcher(before.substring(Math.max(0, before.length() - 40))).find()) {
        continue; // a phase with its own period: see Projects
      }
      Projects.Acc target = null;
      Projects.Hit h = projects.hitBefore(fi, sa, abs);
      if (h != null && abs - h.end() <= 2) {
        target = h.project();
      } else {
        Scan cs = new Scan(COREF, before, Dated::corefStart);
        String kind = null;
        int end = -1;
        while (cs.find()) {
          Matcher c = cs.m;
          kind = c.group(1);
          end = c.end();
        }
        if (kind != null && ys - end <= 1) {
          target = projects.lastOfKind(null);
        }
      }
      if (target != null) {
        LocalDate st = LocalDate.of(DateMatch.int4(s, ys + 1), 1, 1);
        LocalDate en = LocalDate.of(DateMatch.int4(s, ys + 6), 12, 31);
        target.start = st;
        target.end = en;
        projectEnd(f, sen, target, en, Precision.YEAR, abs, sa + ye, s, h);
      }
    }
    int guard = 0;
    for (Projects.Hit h = first; h != null && guard++ < 50; h = nextInSentence(fi, h, sb)) {
      int he = h.end();
      int tailEnd = Math.min(sb, he + 80);
      // RUN_PERIOD's verb (runs, running, ran, run) begins within 24 chars of its start
      if (DateMatch.startsWithin(t, "ru", he, Math.min(tailEnd, he + 24))
          || DateMatch.startsWithin(t, "ran", he, Math.min(tailEnd, he + 24))) {
        boolean clean = cleanCut(t, he, tailEnd);
        int base = clean ? 0 : he; // what the matcher's positions are relative to
        Matcher rp = over(runPeriod, RUN_PERIOD, t, he, tailEnd);
        if (clean) {
          runPeriod = rp;
        }
        if (rp.find()) {
          if (rp.group(1) != null) {
            LocalDate en = LocalDate.of(Integer.parseInt(rp.group(2)), 12, 31);
            h.project().start = LocalDate.of(Integer.parseInt(rp.group(1)), 1, 1);
            h.project().end = en;
            if (s == null) {
              s = t.substring(sa, sb);
            }
            projectEnd(f, sen, h.project(), en, Precision.YEAR, base + rp.start(1), base + rp.end(), s, h);
          } else {
            h.project().start = LocalDate.of(Integer.parseInt(rp.group(3)), 1, 1);
          }
          continue;
        }
      }
      // WHICH_PERIOD's "which" begins within 3 chars of its start
      if (DateMatch.startsWithin(t, "which", he, Math.min(sb - 5, he + 3))) {
        Matcher w = over(whichPeriod, WHICH_PERIOD, t, he, sb);
        if (cleanCut(t, he, sb)) {
          whichPeriod = w;
        }
        if (w.find()) {
          if (w.group(1) != null) {
            h.project().start = LocalDate.of(Integer.parseInt(w.group(1)), 1, 1);
            h.project().end = LocalDate.of(Integer.parseInt(w.group(2)), 12, 31);
          } else {
            h.project().start = LocalDate.of(Integer.parseInt(w.group(3)), 1, 1);
          }
        }
      }
    }
    // SINCE_START sets the start of a project mentioned after it in the sentence: without a mention starting in
    // the sentence there is none
    if (!projects.hitStartsIn(fi, sa, sb) || inceIts.in(t, sa) > sb - 8) {
      return;
    }
    if (s == null) {
      s = t.substring(sa, sb);
    }
    Scan ss = new Scan(SINCE_START, s, (x, i) -> (x.charAt(i) == 'S' || x.charAt(i) == 's')
        && x.startsWith("ince", i + 1));
    if (ss.find()) {
      Matcher st = ss.m;
      Projects.Hit h = projects.hitAfter(fi, sa + st.end(), sb);
      if (h != null) {
        int month = st.group(1) == null ? 1 : DateFinder.month(st.group(1));
        h.project().start = LocalDate.of(Integer.parseInt(st.group(2)), month, 1);
      }
    }
  }

  private void date(int fi, FieldText f, FieldText.Sentence sen, String s, DateFinder.Hit h) {
    LocalDate pub = doc.pub;
    String prefix = null; // s.substring(0, h.start()), made only where needed
    int absStart = sen.start() + h.start();
    int absEnd = sen.start() + h.end();
    if (h.relative()) {
      if (pub != null && sentenceCue(s)) {
        LocalDate d = DateFinder.pastWeekday(pub, h.weekday());
        event(fi, f, sen, s, h, d, d);
      }
      return;
    }
    // project periods: "LAMPCA 2 will run until 31 March 2023", "implemented from July 1, 2020 until ..."
    // projects.hitBefore looks at the hits that start in [sen.start(), absStart): none when the first is not there
    Projects.Hit ph = nextHit == null || nextHit.start() >= absStart ? null
        : projects.hitBefore(fi, sen.start(), absStart);
    Projects.Acc target = ph != null ? ph.project() : null;
    // what lies between the project and the date; without a project hit, read only when COREF finds one
    String between = ph != null ? f.text().substring(ph.end(), absStart) : "";
    if (target == null && corefKind(s, 0, h.start())) {
      prefix = s.substring(0, h.start());
      Scan cs = new Scan(COREF, prefix, Dated::corefStart);
      ProjectKind kind = null;
      boolean found = false;
      while (cs.find()) {
        Matcher c = cs.m;
        found = true;
        kind = ProjectKind.valueOf(c.group(1).toUpperCase(Locale.ROOT));
        between = prefix.substring(c.end());
      }
      if (found) {
        target = projects.lastOfKind(kind);
      }
    }
    if (target != null && between.length() < 90 && RUN_VERB.matcher(between).find()) {
      boolean past = PAST_RUN.matcher(between).find();
      if (h.isRange()) {
        LocalDate a = DateFinder.resolve(h.from(), pub, true);
        LocalDate b = DateFinder.resolve(h.to(), pub, true);
        if (a != null && b != null) {
          target.start = a;
          target.end = b;
          if (!past) {
            projectEnd(f, sen, target, b, Precision.DAY, absStart, absEnd, s, ph);
          }
        }
      } else if (FROM_END.matcher(between).find()) {
        DateFinder.Part p = h.from();
        if (p.year() != 0) {
          target.start = LocalDate.of(p.year(), p.month() == 0 ? 1 : p.month(), p.day() == 0 ? 1 : p.day());
        }
      } else {
        LocalDate d = DateFinder.resolve(h.from(), pub, false);
        if (d != null) {
          target.end = d;
          if (!past) {
            projectEnd(f, sen, target, d, h.precision(), absStart, absEnd, s, ph);
          }
        }
      }
      return;
    }
    if (DateMatch.deadlineCue(s, Math.max(0, h.start() - 60), h.start())) { // DEADLINE_CUE in the last 60 chars
      if (h.precision() == Precision.YEAR && h.qualifier() == null) {
        return;
      }
      DateFinder.Part p = h.isRange() ? h.to() : h.from();
      LocalDate d = DateFinder.resolve(p, pub, false);
      if (d == null || pub != null && d.isBefore(pub)) {
        return;
      }
      DeadlineKind kind = kind(s.substring(0, h.start()));
      if (!hasDeadline(d, kind)) { // as addDeadline, without looking again
        deadlines.add(new Deadline(d, h.precision(), kind, subject(s, h.start(), kind), s,
            f.mention(absStart, absEnd)));
      }
      return;
    }
    if (h.precision() != Precision.DAY) {
      return;
    }
    String near = s.substring(Math.max(0, h.start() - 40), h.start()); // the prefix's last 40 chars
    if (new Scan(EXCLUDE_BEFORE, near, Dated::excludeBeforeStart).find()
        || excludeAfter(s, h.end())
        || opensOn(s, Math.max(0, h.start() - 90), h.start())) {
      return;
    }
    // LEAD first (it is cheaper than the cue, which it makes needless)
    if (!lead(s, h.start()) && !sentenceCue(s)) {
      return;
    }
    LocalDate a = DateFinder.resolve(h.from(), pub, true);
    LocalDate b = h.isRange() ? DateFinder.resolve(h.to(), pub, true) : a;
    if (a == null || b == null) {
      return;
    }
    if (h.isRange() && h.from().year() == 0 && h.to().year() == 0 && b.isBefore(a)) {
      a = a.minusYears(1);
    }
    if (b.isBefore(a)) {
      return;
    }
    event(fi, f, sen, s, h, a, b);
  }

  private void projectEnd(FieldText f, FieldText.Sentence sen, Projects.Acc target, LocalDate end,
      Precision precision, int absStart, int absEnd, String s, Projects.@Nullable Hit hit) {
    if (doc.pub != null && end.isBefore(doc.pub)) {
      return;
    }
    String subject;
    if (hit != null) {
      String written = f.text().substring(hit.start(), hit.end());
      if (target.acronym != null && written.contains(target.acronym)) {
        subject = target.acronym + (target.phase == null ? ""
            : (written.contains("Phase") ? " Phase " : " ") + target.phase);
      } else {
        subject = target.name + (target.phase == null ? "" : " (Phase " + target.phase + ")");
      }
    } else {
      subject = target.name;
    }
    addDeadline(new Deadline(end, precision, DeadlineKind.PROJECT_END, subject, s, f.mention(absStart, absEnd)));
  }

  /** Adds {@code d} unless a deadline of its date and kind is there already. */
  private void addDeadline(Deadline d) {
    if (!hasDeadline(d.date(), d.kind())) {
      deadlines.add(d);
    }
  }

  private boolean hasDeadline(LocalDate date, DeadlineKind kind) {
    for (Deadline x : deadlines) {
      if (x.kind() == kind && x.date().equals(date)) {
        return true;
      }
    }
    return false;
  }

  /** LEAD's optional words, in the order of its alternation (a space stands for SP). */
  private static final String[] LEAD_WORDS = {"On", "From", "Date:", "Between", "On the evening of",
      "On the morning of"};

  /**
   * Whether LEAD matches the whole of {@code s.substring(0, to)}. Its words begin with a letter, which
   * {@code [\s•\-]*} does not take, so they can only begin where that run ends; after the run LEAD matches when
   * the rest is {@code [\s,]*}, or one of its words and then {@code [\s,]*}.
   */
  static boolean lead(String s, int to) {
    int i = 0;
    while (i < to && (ws(s.charAt(i)) || s.charAt(i) == '•' || s.charAt(i) == '-')) {
      i++;
    }
    if (wsOrComma(s, i, to)) {
      return true;
    }
    for (String w : LEAD_WORDS) {
      int e = DateMatch.lit(s, i, w, false);
      if (e >= 0 && e <= to && wsOrComma(s, e, to)) {
        return true;
      }
    }
    return false;
  }

  /** {@code \s}: [ \t\n\x0B\f\r]. */
  private static boolean ws(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** Whether {@code s[from, to)} is all {@code [\s,]}. */
  private static boolean wsOrComma(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!ws(s.charAt(i)) && s.charAt(i) != ',') {
        return false;
      }
    }
    return true;
  }

  static DeadlineKind kind(String prefix) {
    String p = prefix.toLowerCase(Locale.ROOT);
    if (p.contains("complet") || p.contains("will run") || p.contains("runs until")) {
      return DeadlineKind.PROJECT_END;
    }
    if (p.contains("regist") || p.contains("accreditation")) {
      return DeadlineKind.REGISTRATION;
    }
    if (p.contains("select") || p.contains("shortlist") || p.contains("notif") || p.contains("informed")
        || p.contains("result") || p.contains("communicated")) {
      return DeadlineKind.SELECTION;
    }
    if (p.contains("consultation")) {
      return DeadlineKind.OTHER;
    }
    if (p.contains("appl") || p.contains("fellowship")) {
      return DeadlineKind.APPLICATION;
    }
    if (p.contains("submi") || p.contains("entries") || p.contains("entry") || p.contains("proposal")
        || p.contains("contribution") || p.contains("nominat") || p.contains("question") || p.contains("send")
        || p.contains("sent") || p.contains("case stud") || p.contains("priorit") || p.contains("reach")) {
      return DeadlineKind.SUBMISSION;
    }
    return DeadlineKind.OTHER;
  }

  /** The subject of a deadline whose date starts at {@code to} in {@code s}: from {@code s.substring(0, to)}. */
  private String subject(String s, int to, DeadlineKind kind) {
    String forWhat = DateMatch.deadlineFor(s, to); // DEADLINE_FOR's group 1
    if (forWhat != null) {
      return forWhat.strip();
    }
    String prefix = s.substring(0, to);
    Matcher m;
    if (prefix.contains("submit") || prefix.contains("send") || prefix.contains("nominate")) { // SUBMIT_OBJ's verbs
      m = SUBMIT_OBJ.matcher(prefix + " by");
      if (m.find() && !m.group(1).isBlank()) {
        return m.group(1).strip();
      }
    }
    // "… through an online consultation that remains open until …"
    String tail = prefix.substring(Math.max(0, prefix.length() - 120));
    m = OPEN_SUBJECT.matcher(tail);
    String open = null;
    while (m.find()) {
      open = m.group(1);
    }
    if (open != null) {
      return open;
    }
    // the clause that holds the date: "The call is open: entries can be submitted until …"
    int cut = Math.max(prefix.lastIndexOf(": "), prefix.lastIndexOf("; "));
    String clause = cut > 0 && Doc.words(prefix.substring(cut + 2)).length >= 2 ? prefix.substring(cut + 2) : prefix;
    m = SUBJECT.matcher(clause);
    if (m.find()) {
      String x = m.group(1).strip();
      String[] xw = Doc.words(x);
      if (!x.isEmpty() && !Doc.allCaps(xw[0]) && !(xw.length > 1 && Doc.capitalised(xw[1]))) {
        x = Character.toLowerCase(x.charAt(0)) + x.substring(1);
      }
      return x;
    }
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private void event(int fi, FieldText f, FieldText.Sentence sen, String s, DateFinder.Hit h, LocalDate a,
      LocalDate b) {
    EvKey key = new EvKey(a, b);
    Ev ev = events.get(key);
    int absStart = sen.start() + h.start();
    if (ev == null) {
      ev = new Ev(a, b, f.mention(absStart, sen.start() + h.end()), events.size());
      events.put(key, ev);
    }
    // a name found already and not weak stays: then the name here is not needed
    String[] name = ev.name == null || ev.weakName ? name(f, sen, s) : null;
    if (name != null && (ev.name == null || ev.weakName && name[1] == null)) {
      ev.name = name[0];
      ev.weakName = name[1] != null;
      usedNames.add(name[0]);
    }
    if (ev.place == null) {
      ev.place = place(fi, f, sen, s, h);
    }
    if (!ev.titleOk) {
      ev.titleOk = titleFits(s);
    }
  }

  /** The title's event name may name this event: the sentence has only verbs, or the title's event noun. */
  private boolean titleFits(String s) {
    String tn = titleEventName();
    if (tn == null) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String w : Doc.words(tn)) {
      String x = w.toLowerCase(Locale.ROOT);
      if (Lex.EVENT_NOUNS.contains(x) && lower.contains(x)) {
        return true;
      }
    }
    for (int i = DateMatch.cueFind(s, 0); i >= 0; i = DateMatch.cueFind(s, DateMatch.cueEnd(s, i))) {
      if (!DateMatch.cueIsVerb(s, i)) { // the cue as a whole does not match EVENT_VERB_ONLY
        return false;
      }
    }
    return true;
  }

  /** A capitalised or quoted event name in the sentence; second element non-null when weak (possessive). */
  private String @Nullable [] name(FieldText f, FieldText.Sentence sen, String s) {
    if (s.indexOf('“') >= 0 || s.indexOf('"') >= 0) { // both patterns need a quote
      Scan qs = quotedTitleScan(s);
      if (qs.find()) {
        return new String[] {qs.m.group(2).strip(), null};
      }
      Matcher q = QUOTED_BEFORE_NOUN.matcher(s);
      if (q.find()) {
        return new String[] {q.group(1).strip(), null};
      }
    }
    int fi = doc.fields.indexOf(f);
    for (int ms = DateMatch.eventNameFind(s, 0), me; ms >= 0; ms = DateMatch.eventNameFind(s, me)) {
      me = DateMatch.eventNameEnd(s, ms);
      if (fi >= 0 && projects.inMention(fi, sen.start() + ms, sen.start() + me)) {
        continue; // a project's name is not an event's name
      }
      String n = eventName(s, ms, me);
      if (n != null && VENUE_BEFORE.matcher(s.substring(Math.max(0, ms - 16), ms)).find()
          && isVenue(n)) {
        continue;
      }
      if (n != null && Doc.words(n).length <= 2) {
        n = extend(n);
      }
      if (n != null) {
        String before = s.substring(Math.max(0, ms - 6), ms);
        boolean weak = before.endsWith("its ") || before.endsWith("their ");
        return new String[] {n, weak ? "weak" : null};
      }
    }
    if (!quotedTitles().isEmpty()) { // else no cue can name a quoted title
      for (int i = DateMatch.cueFind(s, 0), e; i >= 0; i = DateMatch.cueFind(s, e)) {
        e = DateMatch.cueEnd(s, i);
        String noun = s.substring(i, e).toLowerCase(Locale.ROOT);
        for (String title : quotedTitles().getOrDefault(noun, List.of())) {
          if (!usedName(title)) {
            return new String[] {title, null};
          }
        }
      }
    }
    Scan es = s.contains("edition") ? new Scan(EDITION, s, Dated::editionStart) : null; // EDITION needs "edition"
    if (es != null && es.find()) {
      Matcher ed = es.m;
      for (Ev e : events.values()) {
        if (e.name != null && ENDS_WITH_YEAR.matcher(e.name).matches()) {
          return new String[] {e.name.substring(0, e.name.length() - 4) + ed.group(1), null};
        }
      }
    }
    return null;
  }

  private final java.util.Set<String> usedNames = new java.util.HashSet<>();
  private @Nullable Map<String, List<String>> quotedTitles;

  private boolean usedName(String n) {
    return usedNames.contains(n);
  }

  /** Quoted titles in the item by the event noun before them ("roundtable on “…”"); read once. */
  private Map<String, List<String>> quotedTitles() {
    if (quotedTitles == null) {
      quotedTitles = new java.util.HashMap<>();
      int n = 0;
      for (FieldText g : doc.fields) {
        String gt = g.text();
        if (gt.indexOf('“') < 0 && gt.indexOf('"') < 0) {
          continue; // QUOTED_TITLE needs a quote
        }
        Scan qs = quotedTitleScan(gt);
        while (qs.find() && n++ < 200) {
          Matcher qt = qs.m;
          quotedTitles.computeIfAbsent(qt.group(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
              .add(qt.group(2).strip());
        }
      }
    }
    return quotedTitles;
  }

  /**
   * {@link #QUOTED_TITLE} over {@code t}, tried only at an ASCII letter that begins one of its nouns (any case) with a
   * quote ({@code “} or {@code "}) at most 24 chars after it: the longest noun ("round-table"), a comma, a space,
   * "entitled" and a space come before the quote.
   */
  static Scan quotedTitleScan(String t) {
    NextOf quote = new NextOf("“", "\"");
    return new Scan(QUOTED_TITLE, t, (x, i) -> {
      char c = (char) (x.charAt(i) | 0x20);
      if (c != 'p' && c != 'r' && c != 'w' && c != 's' && c != 'c' && c != 'd' && c != 'e' && c != 'm' && c != 'f') {
        return false;
      }
      return quote.in(x, i) - i <= 24;
    });
  }

  private static boolean isVenue(String name) {
    for (String w : Doc.words(name)) {
      if (VENUE_HEADS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable List<String> itemNames;

  /** A short name ("Summer School") extended to the longest event name in the item that contains it. */
  private String extend(String shortName) {
    if (itemNames == null) {
      itemNames = new ArrayList<>();
      for (FieldText g : doc.fields) {
        String gt = g.text();
        for (int ms = DateMatch.eventNameFind(gt, 0), me; ms >= 0 && itemNames.size() < 200;
            ms = DateMatch.eventNameFind(gt, me)) {
          me = DateMatch.eventNameEnd(gt, ms);
          String n = eventName(gt, ms, me);
          if (n != null) {
            itemNames.add(n);
          }
        }
      }
    }
    String best = shortName;
    for (String n : itemNames) {
      if (n.length() > best.length() && n.contains(shortName) && !n.startsWith("Call ")) {
        best = n;
      }
    }
    return best;
  }

  /** The event nouns whose first char is an ASCII lower-case letter, with that letter in upper case. */
  private static final java.util.Set<String> CAPITALISED_EVENT_NOUNS = capitalisedEventNouns();

  private static java.util.Set<String> capitalisedEventNouns() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String n : Lex.EVENT_NOUNS) {
      if (!n.isEmpty() && n.charAt(0) >= 'a' && n.charAt(0) <= 'z') {
        out.add((char) (n.charAt(0) - 32) + n.substring(1));
      }
    }
    return java.util.Set.copyOf(out);
  }

  /**
   * {@code Lex.EVENT_NOUNS.contains(w.toLowerCase(Locale.ROOT))}; without the lower-case copy when {@code w} is
   * ASCII with an upper-case first letter and no other upper-case letter (its lower-case form is then the first
   * letter lowered, so it is an event noun exactly when {@code w} is one capitalised).
   */
  static boolean eventNoun(String w) {
    int n = w.length();
    if (n == 0 || w.charAt(0) < 'A' || w.charAt(0) > 'Z') {
      return Lex.EVENT_NOUNS.contains(w.toLowerCase(Locale.ROOT));
    }
    for (int i = 1; i < n; i++) {
      char c = w.charAt(i);
      if (c >= 0x80 || c >= 'A' && c <= 'Z') {
        return Lex.EVENT_NOUNS.contains(w.toLowerCase(Locale.ROOT));
      }
    }
    return CAPITALISED_EVENT_NOUNS.contains(w);
  }

  /**
   * {@code trimEventName(s.substring(ms, me))} for an EVENT_NAME match {@code [ms, me)}; without the copy when the
   * match has no SP: it is then one word (CAPW), and trimEventName wants two.
   */
  static @Nullable String eventName(String s, int ms, int me) {
    for (int i = ms; i < me; i++) {
      if (Chars.sp(s.charAt(i))) {
        return mayNameEvent(s, ms, me) ? trimEventName(s.substring(ms, me)) : null;
      }
    }
    return null;
  }

  /** {@link Lex#EVENT_NOUNS} for look-ups of a range of the text in lower case, without a copy. */
  private static final Lex.LowerSet EVENT_NOUN_TABLE = new Lex.LowerSet(Lex.EVENT_NOUNS);

  /**
   * Whether a word of the EVENT_NAME match {@code s[ms, me)} may be a capitalised event noun: without one,
   * {@link #trimEventName} of the match is null. The match has no white space but SP, so its words are the runs
   * of chars between SP, and trimEventName only drops words from its front before it looks for the noun. A word
   * with a char whose lower case is not one char ({@link Lex.LowerSet#simple}) counts as one that may be a noun.
   */
  static boolean mayNameEvent(String s, int ms, int me) {
    int w = ms;
    while (w < me) {
      int e = w;
      boolean simple = true;
      while (e < me && !Chars.sp(s.charAt(e))) {
        simple &= Lex.LowerSet.simple(s.charAt(e));
        e++;
      }
      if (e > w && Character.isUpperCase(s.codePointAt(w))
          && (!simple || EVENT_NOUN_TABLE.containsLower(s, w, e))) {
        return true;
      }
      w = e + 1;
    }
    return false;
  }

  static @Nullable String trimEventName(String phrase) {
    String p = phrase.strip();
    if (p.startsWith("Call")) { // CALL_PREFIX begins with ^Call
      Matcher call = CALL_PREFIX.matcher(p);
      if (call.find()) {
        p = p.substring(call.end());
      }
    }
    while (p.startsWith("The ") || p.startsWith("the ") || p.startsWith("This ")) {
      p = p.substring(p.indexOf(' ') + 1);
    }
    String[] w = Doc.words(p);
    int ev = -1;
    for (int i = 0; i < w.length; i++) {
      if (Doc.capitalised(w[i]) && eventNoun(w[i])
          && !w[i].equals("Launch") && !w[i].equals("Opening") && !w[i].equals("Closing")) {
        ev = i;
      }
    }
    if (ev < 0 || w.length < 2) {
      return null;
    }
    if (ev == 0 && w.length == 1) {
      return null;
    }
    // cut a trailing place: "... in Georgia" (but keep "in the Middle East")
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      if (i > ev && w[i].equals("in") && i + 1 < w.length && !w[i + 1].equals("the")) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w[i]);
    }
    String out = sb.toString();
    return Doc.words(out).length >= 2 ? out : null;
  }

  private @Nullable String place(int fi, FieldText f, FieldText.Sentence sen, String s, DateFinder.Hit h) {
    if (DateMatch.online(s)) {
      return "online";
    }
    if (s.startsWith("Date:") && sen.end() + 1 < f.text().length()) {
      FieldText.Sentence next = f.sentenceAt(sen.end() + 1);
      if (next.start() > sen.start()) {
        Matcher v = VENUE.matcher(f.text(next));
        if (v.find()) {
          return v.group(1).strip();
        }
      }
    }
    String found = placeIn(fi, sen, s, h);
    if (found != null) {
      return found;
    }
    // the next sentence when it is about the event ("The webinar was held online.", "… will take place … in X.")
    if (sen.end() < f.text().length()) {
      FieldText.Sentence next = f.sentenceAt(Math.min(f.text().length() - 1, sen.end() + 1));
      if (next.start() >= sen.end()) {
        String t = f.text();
        int na = next.start();
        int nb = next.end();
        if (nextAbout(t, na, nb) && DateFinder.find(t, na, nb, DateFinder.key(t, na, nb), null).isEmpty()) {
          String ns = f.text(next);
          if (DateMatch.online(ns)) {
            return "online";
          }
          Scan nps = inPlaceScan(ns);
          String last = null;
          while (nps.find()) {
            Matcher np = nps.m;
            if (placeWord(np.group(1)) && !projects.inMention(fi, next.start() + np.start(1), next.start() + np.end(1))) {
              last = np.group(1);
            }
          }
          if (last != null) {
            return last;
          }
        }
      }
    }
    // the headline's place: "CABMAP 3 kicks off in Dushanbe"
    for (int gi = 0; gi < doc.fields.size(); gi++) {
      FieldText g = doc.fields.get(gi);
      if (g.field() != org.policyfeed.model.Field.TITLE || !titleCue(gi, g.text())) {
        continue;
      }
      Scan tps = inPlaceScan(g.text());
      String last = null;
      while (tps.find()) {
        Matcher tp = tps.m;
        if (placeWord(tp.group(1)) && !projects.inMention(gi, tp.start(1), tp.end(1))) {
          last = tp.group(1);
        }
      }
      if (last != null) {
        return last;
      }
    }
    return null;
  }

  /** {@link #eventCue} of each title field (by field index; 0 not yet known, 1 no, 2 yes), found once per item. */
  private byte @Nullable [] titleCues;

  private boolean titleCue(int gi, String t) {
    if (titleCues == null) {
      titleCues = new byte[doc.fields.size()];
    }
    if (titleCues[gi] == 0) {
      titleCues[gi] = (byte) (eventCue(t) ? 2 : 1);
    }
    return titleCues[gi] == 2;
  }

  private static boolean placeWord(String p) {
    String first = Doc.words(p)[0];
    return !(Lex.NOT_NAME.contains(first) && !first.equals("San") && !first.equals("Santa") && !first.equals("São")
        && !first.equals("Saint") || HAS_DIGIT.matcher(p).find());
  }

  private static boolean quoted(String s, int at) {
    for (int i = at - 1; i >= Math.max(0, at - 150); i--) {
      char c = s.charAt(i);
      if (c == '”') {
        return false;
      }
      if (c == '“') {
        return true;
      }
    }
    return false;
  }

  private @Nullable String placeIn(int fi, FieldText.Sentence sen, String s, DateFinder.Hit h) {
    Scan ip = inPlaceScan(s);
    String best = null;
    int bestGap = Integer.MAX_VALUE;
    while (ip.find()) {
      Matcher m = ip.m;
      String p = m.group(1);
      if (quoted(s, m.start())) {
        continue;
      }
      String first = Doc.words(p)[0];
      if (Lex.NOT_NAME.contains(first) && !first.equals("San") && !first.equals("Santa") && !first.equals("São")
          && !first.equals("Saint") || projects.inMention(fi, sen.start() + m.start(1), sen.start() + m.end(1))
          || HAS_DIGIT.matcher(p).find()) {
        continue;
      }
      int gap = m.start() >= h.end() ? m.start() - h.end() : h.start() - m.end();
      if (gap > 45) {
        boolean near = false;
        for (int ci = DateMatch.cueFind(s, 0), ce; ci >= 0; ci = DateMatch.cueFind(s, ce)) {
          ce = DateMatch.cueEnd(s, ci);
          if (ce <= m.start() && m.start() - ce <= 80 && s.indexOf(',', ce) >= m.start()
              || ce <= m.start() && m.start() - ce <= 80 && s.indexOf(',', ce) < 0) {
            near = true;
          }
        }
        if (!near) {
          continue;
        }
        gap = 1000 + gap;
      }
      if (gap < bestGap) {
        bestGap = gap;
        best = p;
      }
    }
    if (best != null) {
      return best;
    }
    Scan av = atVenueScan(s);
    while (av.find()) {
      Matcher m = av.m;
      String p = m.group(1);
      for (String w : Doc.words(p)) {
        if (VENUE_HEADS.contains(w)) {
          return p;
        }
      }
    }
    return null;
  }

  List<Event> events(Doc d) {
    List<Event> out = new ArrayList<>();
    boolean first = true;
    String titleName = titleEventName();
    for (Ev e : events.values()) {
      String name = e.name;
      if (first && titleName != null && e.titleOk && (name == null || e.weakName)) {
        name = titleName;
      }
      first = false;
      out.add(new Event(name, e.start, e.end, e.place, e.source.sentence(), e.source));
    }
    return out;
  }

  private boolean titleNameDone;
  private @Nullable String titleName;

  /** {@link #titleEventName(Doc)} of this item, found once. */
  private @Nullable String titleEventName() {
    if (!titleNameDone) {
      titleName = titleEventName(doc);
      titleNameDone = true;
    }
    return titleName;
  }

  private static @Nullable String titleEventName(Doc d) {
    for (FieldText f : d.fields) {
      if (f.field() != org.policyfeed.model.Field.TITLE) {
        continue;
      }
      String t = f.text();
      for (int ms = DateMatch.eventNameFind(t, 0), me; ms >= 0; ms = DateMatch.eventNameFind(t, me)) {
        me = DateMatch.eventNameEnd(t, ms);
        String n = eventName(t, ms, me);
        if (n == null) {
          continue;
        }
        String[] w = Doc.words(n);
        boolean firstOnly = ms == 0 && Lex.EVENT_NOUNS.contains(w[0].toLowerCase(Locale.ROOT));
        int evCount = 0;
        for (String x : w) {
          if (Doc.capitalised(x) && eventNoun(x)) {
            evCount++;
          }
        }
        if (firstOnly && evCount < 2) {
          continue;
        }
        return n;
      }
    }
    return null;
  }
}
