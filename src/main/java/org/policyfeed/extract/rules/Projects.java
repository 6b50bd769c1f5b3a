package org.policyfeed.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.policyfeed.extract.FieldText;
import org.policyfeed.model.Mention;
import org.policyfeed.model.ProjectKind;

/** Projects, programmes, initiatives, facilities and dialogue processes. */
final class Projects {
  private static final String SP = Doc.SP;
  private static final String PHASE = "(\\d{1,2}|[IVX]{1,4})";
  private static final String ACR = "[A-Z][A-Za-z0-9]*(?:[-\\u00a0 ][A-Z][A-Za-z0-9]*){0,2}";
  static final Pattern ACR_PAREN = Pattern.compile("\\((" + ACR + ")(?:" + SP + PHASE + ")?\\)");
  static final Pattern ACR_FIRST = Pattern.compile("(?=[A-Z])(?<![\\p{L}\\d])([A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)?)"
      + "(?:" + SP + PHASE + ")?" + SP + "\\(([^()]{5,150})\\)");
  private static final Pattern PHASE_AFTER = Pattern.compile("^(?:" + SP + "(?:project|programme|initiative|facility))?"
      + ",?" + SP + "Phase" + SP + PHASE + "(?![\\p{L}\\d])");
  /** "the third phase of (the) …" written just before a project. */
  private static final Pattern ORDINAL_PHASE_BEFORE = Pattern.compile("\\b(first|second|third|fourth|fifth)" + SP
      + "phase" + SP + "of" + SP + "(?:the" + SP + ")?$");
  /** "WBRI II" taken whole as an acronym: the roman or digit phase after it. */
  private static final Pattern ACR_WITH_PHASE = Pattern.compile("([A-Z][A-Za-z0-9\\-]*[A-Z][A-Za-z0-9\\-]*)"
      + SP + PHASE);
  private static final Pattern LABEL_AFTER = Pattern.compile("^(?:,?" + SP + "Phase" + SP + "\\S+)?" + SP
      + "(Initiative|initiative|Project|project|Programme|programme|Program|program|Facility|facility|Process"
      + "|process)(?![\\p{L}])");
  private static final Pattern LABEL_BEFORE = Pattern.compile("\\b(project|programme|initiative|facility)"
      + "(?:" + SP + "called|" + SP + "named)?" + SP + "$");
  static final Pattern THE_PROJECT = Pattern.compile("\\b(?:the" + SP + ")?project" + SP
      + "(?:[“\"]([^”\"]{3,150})[”\"]|(" + Doc.CAPPHRASE + ")(?:" + SP + "\\(Phase" + SP + PHASE + "\\))?)");
  static final Pattern NAME_PHASE = Pattern.compile("(" + Doc.CAPPHRASE + ")" + SP + "\\(Phase" + SP
      + PHASE + "\\)");
  private static final Pattern CUE_LIST = Pattern.compile("(?<!\\b[Tt]he" + SP + ")\\b(programs|programmes|projects"
      + "|initiatives)" + SP + "(" + Doc.CAPPHRASE + ")(?=[,;.)]|" + SP + "and" + SP + "|" + SP + "\\(|$)");
  private static final Pattern AND_THE = Pattern.compile("\\band" + SP + "the" + SP + "(" + Doc.CAPPHRASE + ")");
  private static final Pattern THE_X_KIND = Pattern.compile("(?<=\\bthe" + SP + ")(" + ACR + "|\\p{Lu}\\p{Ll}{3,})"
      + "(?:" + SP + PHASE + ")?" + SP + "(project|programme|initiative|facility)(?![\\p{L}])");
  static final Pattern IS_A = Pattern.compile("(?<![\\p{L}\\d])(" + ACR + ")" + SP + "is" + SP + "an?" + SP
      + "(project|programme|initiative|facility|process)\\b");
  private static final Pattern ACR_TOKEN = Pattern.compile("(?=[A-Z])(?<![\\p{L}\\d\\-])((?:Phase" + SP + PHASE + SP + "of"
      + SP + "(?:the" + SP + ")?)?)([A-Z][A-Za-z0-9\\-]*[A-Z][A-Za-z0-9\\-]*(?:" + SP + "[A-Z]{2,}[A-Z0-9]*)?)"
      + "(?:" + SP + PHASE + "(?![\\p{L}\\d]))?(?![\\p{L}\\d])");
  static final Pattern PHASE_PERIOD = Pattern.compile("(?<![\\p{L}])(?:Phase" + SP + PHASE
      + "|the" + SP + "(first|second|third|fourth|fifth)" + SP + "phase(?:" + SP + "of" + SP + "the" + SP
      + "(?:project|programme|initiative|facility))?)" + SP + "\\(((?:19|20)\\d{2})[-–]((?:19|20)\\d{2})\\)");
  private static final Pattern AND_SPLIT = Pattern.compile(",?" + SP + "and" + SP + "|," + SP);
  private static final Set<String> GENERIC_ACR = Set.of("EU", "UN", "US", "UK", "USA", "AU");
  private static final Set<String> PREPS = Set.of("for", "of", "in", "on", "against", "to", "with");
  /** {@link #SMALL_WORDS} flags: a word of {@link #PREPS}; "the" or "and"; "&amp;". */
  private static final int PREP = 1;
  private static final int THE_AND = 1 << 1;
  private static final int AMPERSAND = 1 << 2;
  /** The small words that the tests of names skip, looked up by a range of the text. */
  private static final WordTable SMALL_WORDS = smallWords();

  private static WordTable smallWords() {
    Map<String, Integer> m = Lex.flagged(PREPS, PREP);
    m.put("the", THE_AND);
    m.put("and", THE_AND);
    m.put("&", AMPERSAND);
    return new WordTable(m);
  }

  /** The {@link #SMALL_WORDS} flags of the current word of {@code w}, a cursor over {@code t}. */
  private static int small(String t, Words w) {
    return SMALL_WORDS.flags(t, w.start, w.end);
  }
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth");

  /** 2 for "2", "II" or "second"-derived "2"; 0 when not a number. */
  private static int phaseNumber(String phase) {
    if (phase.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(phase);
    }
    if (!roman(phase)) {
      return 0;
    }
    int total = 0;
    int prev = 0;
    for (int i = phase.length() - 1; i >= 0; i--) {
      char c = phase.charAt(i);
      int v = c == 'I' ? 1 : c == 'V' ? 5 : 10;
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  /** A project being assembled. */
  static final class Acc {
    String name;
    @Nullable String acronym;
    @Nullable String phase;
    @Nullable ProjectKind kind;
    @Nullable ProjectKind label;
    @Nullable LocalDate start;
    @Nullable LocalDate end;
    boolean truncated;
    final List<Mention> mentions = new ArrayList<>();

    Acc(String name, @Nullable String acronym, @Nullable String phase) {
      this.name = name;
      this.acronym = acronym;
      this.phase = phase;
    }
  }

  /** A project mention with where it is. */
  record Hit(Acc project, int field, int start, int end) {}

  final List<Acc> list = new ArrayList<>();
  final List<Hit> hits = new ArrayList<>();
  /** Per field, mentions by start offset, for look-ups in logarithmic time. */
  private final HitIndex[] byStart;
  /** Stands for the index of a field without mentions; never written. */
  private static final HitIndex NONE = new HitIndex();
  /** Projects by the key ({@link Rules#normalise}) of their name. */
  private final Map<String, List<Acc>> names = new HashMap<>();
  /** Projects by acronym. */
  private final Map<String, List<Acc>> acronyms = new HashMap<>();
  private final Doc doc;

  Projects(Doc doc) {
    this.doc = doc;
    HitIndex[] maps = new HitIndex[doc.fields.size()];
    java.util.Arrays.fill(maps, NONE); // an index of its own is made at the field's first mention
    this.byStart = maps;
  }

  private final Map<String, ProjectKind> isA = new HashMap<>();
  /** Made at the first acronym in brackets of the item. */
  private @Nullable Around around;

  /**
   * The patterns read around each acronym in brackets, reused for all of an item's: a region of the text with the
   * default (opaque, anchoring) bounds reads as the substring would.
   */
  private static final class Around {
    final Matcher acrWithPhase = ACR_WITH_PHASE.matcher("");
    final Matcher phaseAfter = PHASE_AFTER.matcher("");
    final Matcher labelAfter = LABEL_AFTER.matcher("");
    final Matcher labelBefore = LABEL_BEFORE.matcher("");
  }

  void find() {
    for (FieldText f : doc.fields) {
      String t = f.text();
      if (!t.contains("is a") && !t.contains("is\u00a0a")) {
        continue; // no match possible (IS_A needs "is", a space or no-break space, "a"): no matcher made
      }
      Scan s = new Scan(IS_A, t, isAStarts());
      while (s.find()) {
        isA.putIfAbsent(s.m.group(1), kindOf(s.m.group(2)));
      }
    }
    for (int fi = 0; fi < doc.fields.size(); fi++) {
      FieldText f = doc.fields.get(fi);
      String t = f.text();
      boolean paren = t.indexOf('(') >= 0;
      if (paren) {
        longThenAcronym(fi, f, t);
        acronymThenLong(fi, f, t);
      }
      // each pattern needs a word of its own; without it no matcher is made. THE_PROJECT starts at "the" before
      // "project" or at "project"
      Scan tp = t.contains("project") ? theProjectScan(t) : null;
      while (tp != null && tp.find()) {
        Matcher m = tp.m;
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        int s = m.group(1) != null ? m.start(1) - 1 : m.start(2);
        int e = m.group(1) != null ? m.end(1) + 1 : m.end();
        String[] np = splitPhase(name);
        String phase = m.group(3) != null ? m.group(3) : np[1];
        if (acceptableName(np[0])) {
          add(fi, f, s, e, stripLeadingThe(np[0]), null, phase, ProjectKind.PROJECT);
        }
      }
      int[] capStarts = doc.capStarts(fi);
      Scan phases = paren && t.contains("Phase") ? namePhaseScan(t, capStarts) : null;
      while (phases != null && phases.find()) {
        Matcher m = phases.m;
        String name = stripLeadingThe(m.group(1));
        if (acceptableName(name) && !name.startsWith("Phase")) {
          add(fi, f, m.start(1) + (m.group(1).length() - name.length()), m.end(), name, null, m.group(2), null);
        }
      }
      if (mayHaveKindSegment(t, capStarts)) {
        kindPhrases(fi, f, t, capStarts, doc.afterBreaks(fi));
      }
      Scan cue = t.contains("program") || t.contains("projects") || t.contains("initiatives")
          ? new Scan(CUE_LIST, t, Projects::cueListStart, 0, "program", "projects", "initiatives") : null;
      while (cue != null && cue.find()) {
        Matcher m = cue.m;
        ProjectKind k = kindOf(m.group(1));
        String[] np = splitPhase(m.group(2));
        if (acceptableName(np[0]) && !orgOrDoc(np[0])) {
          add(fi, f, m.start(2), m.end(2), np[0], null, np[1], k);
          FieldText.Sentence sen = f.sentenceAt(m.start());
          Matcher a = AND_THE.matcher(t).region(m.end(), sen.end());
          while (a.find()) {
            String[] np2 = splitPhase(a.group(1));
            if (acceptableName(np2[0]) && !orgOrDoc(np2[0])) {
              add(fi, f, a.start(1), a.end(1), np2[0], null, np2[1], k);
            }
          }
        }
      }
      // a match starts at a capital right after "the" and a space: a capital start
      Scan theX = new Scan(THE_X_KIND, t, capStarts, theXStarts());
      while (theX.find()) {
        Matcher m = theX.m;
        String n = m.group(1);
        if (GENERIC_ACR.contains(n) || Lex.NOT_NAME.contains(n) || Lex.ORG_HEADS.contains(n)) {
          continue;
        }
        boolean acr = Doc.allCaps(n.replace(" ", ""));
        Acc a = add(fi, f, m.start(1), m.end(m.group(2) != null ? 2 : 1), n, acr ? n : null, m.group(2),
            kindOf(m.group(3)));
        if (a != null && a.label == null) {
          a.label = kindOf(m.group(3));
        }
      }
    }
    // labels such as "MOHA is an initiative of ..."
    for (Acc a : list) {
      if (a.label == null && a.acronym != null && isA.containsKey(a.acronym)) {
        a.label = isA.get(a.acronym);
      }
    }
    knownMentions();
    phasePeriods();
    mergeTruncated();
  }

  /**
   * Where {@link #CUE_LIST} can start: "programs", "programmes", "projects", "initiatives" at a word start, then a
   * space ({@link Doc#SP}) and a char that can begin a capital ({@link Doc#CAPPHRASE} starts with {@code (?=\p{Lu})}).
   */
  static boolean cueListStart(String t, int i) {
    char c = t.charAt(i);
    int w;
    if (c == 'p') {
      w = t.startsWith("programs", i) ? 8 : t.startsWith("programmes", i) ? 10 : t.startsWith("projects", i) ? 8 : 0;
    } else {
      w = c == 'i' && t.startsWith("initiatives", i) ? 11 : 0;
    }
    int sp = i + w;
    return w > 0 && sp + 1 < t.length() && Chars.sp(t.charAt(sp)) && Scan.upperAt(t, sp + 1)
        && !Scan.afterWordChar(t, i);
  }

  /**
   * Whether {@link #kindSegment} can find anything in a text: a segment must end in a key of {@link Lex#KIND_WORDS}
   * other than "Dialogue" ({@link #KIND_ENDS}).
   */
  static boolean mayHaveKindSegment(String t, int[] capStarts) {
    // a kind word ending a segment is a word of a capital phrase: after a space, a capital, so a capital start
    for (int s : capStarts) {
      char c = t.charAt(s);
      if (c >= 'A' && c <= 'Z' && (KIND_ENDS_FIRST & 1 << c - 'A') != 0) {
        for (String k : KIND_ENDS) {
          if (t.startsWith(k, s)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The keys of {@link Lex#KIND_WORDS} but "Dialogue", without those that start with another one. */
  private static final String[] KIND_ENDS = Lex.KIND_WORDS.keySet().stream()
      .filter(k -> !k.equals("Dialogue"))
      .filter(k -> Lex.KIND_WORDS.keySet().stream().noneMatch(o -> !o.equals(k) && !o.equals("Dialogue")
          && k.startsWith(o)))
      .sorted()
      .toArray(String[]::new);
  /** The ASCII capitals that keys of {@link #KIND_ENDS} start with, as bits. */
  private static final int KIND_ENDS_FIRST;

  static {
    int first = 0;
    for (String k : KIND_ENDS) {
      char c = k.charAt(0);
      if (c < 'A' || c > 'Z') {
        // the gates below find kind words at capital starts only
        throw new IllegalStateException("a kind word must start with an ASCII capital: " + k);
      }
      first |= 1 << c - 'A';
    }
    KIND_ENDS_FIRST = first;
  }

  /**
   * Where {@link #THE_X_KIND} can start: {@link #theXStart}, and a kind word comes before the run of letters,
   * digits, hyphens and spaces from there ends, with four spaces at most before it.
   */
  static Scan.Starts theXStarts() {
    int[] st = {-1}; // end of the run last scanned
    NextOf kindWord = new NextOf(KIND_LOWER);
    return (t, i) -> {
      if (!theXStart(t, i)) {
        return false;
      }
      if (i >= st[0]) {
        int j = i;
        while (j < t.length() && theXChar(t.charAt(j))) {
          j++;
        }
        st[0] = j;
      }
      int k = kindWord.in(t, i);
      if (k >= st[0]) {
        return false;
      }
      // at most three acronym words, a phase and the kind word: no more than four spaces before the kind word
      int spaces = 0;
      for (int j = i; j < k; j++) {
        if (Chars.sp(t.charAt(j)) && ++spaces > 4) {
          return false;
        }
      }
      return true;
    };
  }

  private static final String[] KIND_LOWER = {"project", "programme", "initiative", "facility"};

  /**
   * Where {@link #IS_A} can start: an ASCII capital, with "is a" or "is" and a no-break space and "a" before the run
   * of ASCII letters, digits, hyphens and spaces from there ends (the acronym and "is a" are all such chars).
   */
  static Scan.Starts isAStarts() {
    NextOf isA = new NextOf("is a", "is\u00a0a");
    return acronymRun((t, i, end) -> isA.in(t, i) < end);
  }

  private static final String[] ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth"};

  /** {@link #PHASE_PERIOD} over {@code t}, tried where "Phase" starts, or "the", a space and an ordinal. */
  static Scan phasePeriodScan(String t) {
    return new Scan(PHASE_PERIOD, t, (x, i) -> {
      char c = x.charAt(i);
      if (c == 'P') {
        return x.startsWith("Phase", i);
      }
      if (c != 't' || !x.startsWith("the", i) || i + 4 >= x.length() || !Chars.sp(x.charAt(i + 3))) {
        return false;
      }
      for (String o : ORDINAL_WORDS) {
        if (x.startsWith(o, i + 4)) {
          return true;
        }
      }
      return false;
    });
  }

  /** {@link #THE_PROJECT} over {@code t}, tried where "the project" or "project" starts. */
  static Scan theProjectScan(String t) {
    return new Scan(THE_PROJECT, t, (x, i) -> true, 0, "the project", "the\u00a0project", "project");
  }

  /**
   * {@link #NAME_PHASE} over {@code t}, tried at the capital starts (where its capital phrase can start) whose run of
   * chars a capital phrase may hold ({@link PhraseCursor#breaks}) ends at "(Phase".
   */
  static Scan namePhaseScan(String t, int[] capStarts) {
    int[] st = {-1, 0}; // end of the run last scanned, whether "(Phase" ends it
    return new Scan(NAME_PHASE, t, capStarts, (x, i) -> {
      if (i >= st[0]) {
        int j = i;
        while (j < x.length() && !PhraseCursor.breaks(x.charAt(j))) {
          j++;
        }
        st[0] = j;
        st[1] = x.startsWith("(Phase", j) ? 1 : 0;
      }
      return st[1] == 1;
    });
  }

  /**
   * Where {@link #ACR_FIRST} can start: an ASCII capital whose run of ASCII letters, digits, hyphens and spaces
   * ends at a '(' (the acronym, its phase and the space before the bracket are all such chars).
   */
  static Scan.Starts acrFirstStarts() {
    return acronymRun((t, i, end) -> end < t.length() && t.charAt(end) == '(');
  }

  /** A test of a capital at {@code i} whose run of acronym chars and spaces ({@link #isAChar}) ends at {@code end}. */
  @FunctionalInterface
  private interface RunTest {
    boolean holds(String t, int i, int end);
  }

  /** Where an ASCII capital starts whose run of ASCII letters, digits, hyphens and spaces passes {@code test}. */
  private static Scan.Starts acronymRun(RunTest test) {
    int[] st = {-1}; // end of the run last scanned
    return (t, i) -> {
      char c = t.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
      if (i >= st[0]) {
        int j = i;
        while (j < t.length() && isAChar(t.charAt(j))) {
          j++;
        }
        st[0] = j;
      }
      return test.holds(t, i, st[0]);
    };
  }

  private static boolean isAChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == ' ' || c == '\u00a0';
  }

  private static boolean theXChar(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == ' '
        : c == '\u00a0' || Character.isSurrogate(c) || Character.isLetter(c);
  }

  /** Where {@link #THE_X_KIND} can start: right after "the" and a space. */
  private static boolean theXStart(String t, int i) {
    if (i < 4) {
      return false;
    }
    char sp = t.charAt(i - 1);
    return (sp == ' ' || sp == '\u00a0') && t.startsWith("the", i - 4) && Scan.upperAt(t, i);
  }

  /** Where {@link #ACR_TOKEN} can start: an ASCII capital not after a letter, digit or hyphen. */
  private static boolean acrTokenStart(String t, int i) {
    char c = t.charAt(i);
    if (!(c >= 'A' && c <= 'Z' && !Scan.afterLetterOrDigit(t, i) && (i == 0 || t.charAt(i - 1) != '-'))) {
      return false;
    }
    if (t.startsWith("Phase", i)) {
      return true;
    }
    // the token is [A-Z][A-Za-z0-9-]*[A-Z]...: a second capital in the run
    for (int j = i + 1; j < t.length(); j++) {
      char d = t.charAt(j);
      if (d >= 'A' && d <= 'Z') {
        return true;
      }
      if (!(d >= 'a' && d <= 'z' || d >= '0' && d <= '9' || d == '-')) {
        return false;
      }
    }
    return false;
  }

  private void longThenAcronym(int fi, FieldText f, String t) {
    Scan sc = new Scan(ACR_PAREN, t, (x, i) -> true, 0, "("); // a match starts at a '('
    while (sc.find()) {
      Matcher m = sc.m;
      String acr = m.group(1);
      String acrPhase = null;
      Around ar = around != null ? around : (around = new Around());
      Matcher ap = ar.acrWithPhase.reset(acr);
      if (m.group(2) == null && ap.matches() && acronymLike(ap.group(1))) {
        acr = ap.group(1);
        acrPhase = ap.group(2);
      }
      if (!acronymLike(acr)) {
        continue;
      }
      FieldText.Sentence sen = f.sentenceAt(m.start());
      int left = m.start();
      while (left > sen.start() && t.charAt(left - 1) == ' ') {
        left--;
      }
      String longForm = null;
      int lfStart = -1;
      boolean quoted = false;
      if (left > sen.start() && (t.charAt(left - 1) == '”' || t.charAt(left - 1) == '"')) {
        int open = Math.max(t.lastIndexOf('“', left - 2), t.lastIndexOf('"', left - 2));
        if (open >= sen.start() && left - open < 200) {
          longForm = t.substring(open + 1, left - 1).strip();
          lfStart = open;
          quoted = true;
        }
      } else {
        int kept = Doc.keptLength(acr, true);
        int words = Math.min(kept + 5, 2 * kept);
        int ws = left;
        int count = 0;
        while (ws > sen.start() && count < words) {
          char c = t.charAt(ws - 1);
          if (",;:()“”\"\n".indexOf(c) >= 0) {
            break;
          }
          ws--;
          if (c == ' ' && ws < left - 1) {
            count++;
          }
        }
        while (ws < left && t.charAt(ws) == ' ') {
          ws++;
        }
        String lf = schwartzHearst(acr, t, ws, left);
        if (lf != null) {
          longForm = lf;
          lfStart = left - lf.length();
        }
      }
      if (longForm == null || !quoted && !longFormShape(longForm)) {
        continue;
      }
      String phase = m.group(2) != null ? m.group(2) : acrPhase;
      int end = m.end();
      int restEnd = Math.min(t.length(), end + 40);
      Matcher pa = ar.phaseAfter.reset(t).region(end, restEnd);
      if (pa.find()) {
        phase = pa.group(1);
        end = pa.end();
      }
      String[] np = splitPhase(longForm);
      if (phase == null) {
        phase = np[1];
      }
      String name = stripLeadingThe(np[0]);
      ProjectKind label = null;
      Matcher la = ar.labelAfter.reset(t).region(m.end(), restEnd);
      if (la.find()) {
        label = kindOf(la.group(1));
      }
      Matcher lb = ar.labelBefore.reset(t).region(Math.max(sen.start(), lfStart - 20), Math.max(lfStart, sen.start()));
      if (lb.find()) {
        label = label == null ? kindOf(lb.group(1)) : label;
      }
      if (label == null) {
        label = isA.get(acr);
      }
      boolean cue = label != null || m.group(2) != null;
      if (orgOrDoc(name) && !cue) {
        continue;
      }
      Acc a = add(fi, f, lfStart, end, name, acr, phase, null);
      if (a != null && label != null && a.label == null) {
        a.label = label;
      }
    }
  }

  private void acronymThenLong(int fi, FieldText f, String t) {
    Scan sc = new Scan(ACR_FIRST, t, acrFirstStarts());
    while (sc.find()) {
      Matcher m = sc.m;
      String acr = m.group(1);
      String lf = m.group(3).strip();
      if (!acronymLike(acr) || !Doc.capitalised(lf)) {
        continue;
      }
      String found = schwartzHearst(acr, lf);
      if (found == null || !found.equals(lf) || !longFormShape(lf) || orgOrDoc(lf)) {
        continue;
      }
      ProjectKind label = null;
      Matcher la = LABEL_AFTER.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 20)));
      if (la.find()) {
        label = kindOf(la.group(1));
      }
      Acc a = add(fi, f, m.start(), m.end(), lf, acr, m.group(2), null);
      if (a != null && label != null && a.label == null) {
        a.label = label;
      }
    }
  }

  /** Capitalised phrases that end in a kind word: "Great Green Wall Initiative", "Mobility Partnership Facility II". */
  private void kindPhrases(int fi, FieldText f, String t, int[] capStarts, int[] afterBreaks) {
    // only the phrases that hold a kind word that may end a segment, in text order, each once
    PhraseCursor pc = new PhraseCursor(t, capStarts, afterBreaks);
    int done = -1; // the start of the phrase split last
    for (int x : kindStarts(t, capStarts)) {
      int k = capStarts[x];
      // the first word of a phrase ends no segment (a segment needs two words)
      if (pc.at(x) && pc.start() != k && pc.start() != done && mayEndSegment(t, k, pc.end())) {
        kindPhrase(fi, f, t, pc.start(), pc.end());
        done = pc.start();
      }
    }
  }

  /**
   * Where a word of a capitalised phrase after the first can be a kind word other than "Dialogue" (the only ones
   * {@link #kindSegment} takes): after a space ({@link Doc#SP}), at a capital start, with a key of
   * {@link #KIND_ENDS} there (all of which start with an ASCII capital, so every such word is at a capital start).
   * Indices into {@code capStarts}, in increasing order.
   */
  static int[] kindStarts(String t, int[] capStarts) {
    int[] out = null;
    int n = 0;
    for (int x = 0; x < capStarts.length; x++) {
      int s = capStarts[x];
      char c = t.charAt(s);
      if (s > 0 && c >= 'A' && c <= 'Z' && (KIND_ENDS_FIRST & 1 << c - 'A') != 0 && Chars.sp(t.charAt(s - 1))) {
        for (String k : KIND_ENDS) {
          if (t.startsWith(k, s)) {
            if (out == null) {
              out = new int[8];
            } else if (n == out.length) {
              out = java.util.Arrays.copyOf(out, 2 * n);
            }
            out[n++] = x;
            break;
          }
        }
      }
    }
    return n == 0 ? NO_INTS : out.length == n ? out : java.util.Arrays.copyOf(out, n);
  }

  private static final int[] NO_INTS = new int[0];

  /**
   * Whether the word at {@code s} (a word start) of a capitalised phrase ending at {@code pe} can end a segment
   * that {@link #kindSegment} takes: it is a key of {@link Lex#KIND_WORDS} other than "Dialogue", and it is the
   * phrase's last word, or "and" follows it (where {@link #kindPhrase} splits), or a last word that is
   * {@link #roman} follows it (a phase). Words are as {@link Doc#words} splits them: runs of chars between spaces.
   */
  static boolean mayEndSegment(String t, int s, int pe) {
    int te = wordEnd(t, s, pe);
    if (!kindWordOtherThanDialogue(t, s, te)) {
      return false;
    }
    int ns = te;
    while (ns < pe && Chars.sp(t.charAt(ns))) {
      ns++;
    }
    if (ns == pe) {
      return true; // the last word
    }
    int ne = wordEnd(t, ns, pe);
    if (ne - ns == 3 && t.startsWith("and", ns)) {
      return true;
    }
    if (ne != pe || ne - ns > 4) {
      return false;
    }
    for (int i = ns; i < ne; i++) {
      char c = t.charAt(i);
      if (c != 'I' && c != 'V' && c != 'X') {
        return false;
      }
    }
    return true; // a roman phase, the last word
  }

  /** The end of the word that starts at {@code s}: the next space ({@link Doc#SP}), or {@code pe}. */
  private static int wordEnd(String t, int s, int pe) {
    int e = s;
    while (e < pe && !Chars.sp(t.charAt(e))) {
      e++;
    }
    return e;
  }

  /** Whether {@code t[s, e)} is a key of {@link Lex#KIND_WORDS} other than "Dialogue". */
  private static boolean kindWordOtherThanDialogue(String t, int s, int e) {
    for (String k : KIND_KEYS) {
      if (k.length() == e - s && t.startsWith(k, s) && !k.equals("Dialogue")) {
        return true;
      }
    }
    return false;
  }

  /** The segments of one capitalised phrase {@code t[ps, pe)}, split at "and" after a kind word, to {@link #kindSegment}. */
  private void kindPhrase(int fi, FieldText f, String t, int ps, int pe) {
    String[] all = Doc.words(t, ps, pe);
    int segStart = 0;
    int off = ps;
    for (int i = 0; i <= all.length; i++) {
      boolean split = i == all.length || all[i].equals("and") && i > 0 && Lex.KIND_WORDS.containsKey(all[i - 1])
          && !all[i - 1].endsWith("es") && !all[i - 1].endsWith("ies");
      if (split) {
        String[] seg = java.util.Arrays.copyOfRange(all, segStart, i);
        int segOff = t.indexOf(seg.length > 0 ? seg[0] : "", off);
        if (seg.length > 0 && segOff >= 0) {
          kindSegment(fi, f, t, seg, segOff);
          off = segOff;
        }
        segStart = i + 1;
      }
    }
  }

  /** The keys of {@link Lex#KIND_WORDS}. */
  private static final String[] KIND_KEYS = Lex.KIND_WORDS.keySet().toArray(new String[0]);

  private void kindSegment(int fi, FieldText f, String t, String[] w, int segOff) {
    int last = w.length - 1;
    String phase = null;
    if (last >= 1 && roman(w[last])) {
      phase = w[last];
      last--;
    }
    if (last < 1 || !Lex.KIND_WORDS.containsKey(w[last]) || w[last].equals("Dialogue")) {
      return;
    }
    int first = 0;
    for (int i = last - 1; i >= 1; i--) {
      if (w[i].equals("of") || w[i].equals("and") && Doc.allCaps(w[i - 1])) {
        first = i + 1;
        break;
      }
    }
    while (first < last && (w[first].equals("the") || w[first].equals("The") || hyphenAdjective(w[first])
        || w[first].endsWith("’s") || w[first].endsWith("'s"))) {
      first++;
    }
    if (last - first < 1) {
      return;
    }
    String kindWord = w[last];
    int startOff = segOff;
    for (int i = 0; i < first; i++) {
      startOff = t.indexOf(w[i], startOff) + w[i].length();
    }
    while (startOff < t.length() && t.charAt(startOff) == ' ') {
      startOff++;
    }
    int endOff = startOff;
    for (int i = first; i < w.length && (i <= last || phase != null); i++) {
      endOff = t.indexOf(w[i], endOff) + w[i].length();
    }
    if (kindWord.equals("Processes") || kindWord.equals("Programmes") || kindWord.equals("Initiatives")
        || kindWord.equals("Facilities")) {
      String singular = kindWord.equals("Facilities") ? "Facility" : kindWord.substring(0, kindWord.length()
          - (kindWord.equals("Processes") ? 2 : 1));
      String names = String.join(" ", java.util.Arrays.copyOfRange(w, first, last));
      for (String part : AND_SPLIT.split(names)) {
        if (!part.isBlank() && acceptableName(part)) {
          add(fi, f, startOff, endOff, part.strip() + " " + singular, null, null, null);
        }
      }
      return;
    }
    String name = String.join(" ", java.util.Arrays.copyOfRange(w, first, last + 1));
    if (acceptableName(name) && !orgOrDoc(name)) {
      add(fi, f, startOff, endOff, name, null, phase, null);
    }
  }

  /** Later mentions: known acronyms (with a phase) and known long names anywhere in the item. */
  private void knownMentions() {
    if (list.isEmpty()) {
      return; // nothing known: no look-up below can succeed
    }
    // an acronym known now; later ones are only added for projects that have one
    boolean anyAcronym = !acronyms.isEmpty();
    String[] keys = null; // the name keys, sorted; made again when a name is added
    String firsts = ""; // their first chars
    NameKeys key = new NameKeys();
    for (int fi = 0; fi < doc.fields.size(); fi++) {
      FieldText f = doc.fields.get(fi);
      String t = f.text();
      // a match counts only when its acronym (or the acronym's first word) is known: a known one is in the text
      Scan acrs = anyAcronym && anyAcronymIn(t) ? new Scan(ACR_TOKEN, t, Projects::acrTokenStart) : null;
      while (acrs != null && acrs.find()) {
        Matcher m = acrs.m;
        String acr = m.group(3);
        String phase = m.group(2) != null ? m.group(2) : m.group(4);
        List<Acc> as = acronyms.get(acr);
        if (as == null && acr.indexOf(' ') > 0) {
          acr = acr.substring(0, acr.indexOf(' '));
          as = acronyms.get(acr);
          phase = m.group(2);
        }
        if (as == null || covered(fi, m.start(3), m.end())) {
          continue;
        }
        Acc base = as.get(0);
        Acc target = null;
        for (Acc a : as) {
          if (phase == null || phase.equals(a.phase)) {
            target = a;
            break;
          }
        }
        int s = m.group(1).isEmpty() ? m.start(3) : m.start();
        int e = m.group(4) != null ? m.end(4) : m.end(3);
        if (target == null) {
          target = new Acc(base.name, base.acronym, phase);
          target.label = base.label;
          list.add(target);
          index(target);
        }
        mention(target, fi, f, s, e);
      }
      if (keys == null || keys.length != names.size()) {
        keys = names.keySet().toArray(new String[0]);
        java.util.Arrays.sort(keys);
        firsts = firstChars(keys);
      }
      // only the phrases that start where a key can: NameKeys.find finds nothing in the others
      int[] capStarts = doc.capStarts(fi);
      PhraseCursor pc = null;
      for (int x = 0; x < capStarts.length; x++) {
        int c = capStarts[x];
        if (!mayStartKey(t, c, keys, firsts)) {
          continue;
        }
        if (pc == null) {
          pc = new PhraseCursor(t, capStarts, doc.afterBreaks(fi));
        }
        if (!pc.at(x) || pc.start() != c) {
          continue; // no phrase starts here
        }
        // stripLeadingThe of the phrase, which has no white space at either end
        int s = c;
        int e = pc.end();
        while (s + 4 <= e && (t.startsWith("the ", s) || t.startsWith("The ", s))) {
          s += 4;
        }
        int found = key.find(t, s, e, keys, keys.length);
        if (found == NameKeys.NONE) {
          continue; // no known name has this key
        }
        List<Acc> as = names.get(found == NameKeys.WHOLE ? key.key() : Rules.normalise(t.substring(s, e)));
        if (as != null && !covered(fi, s, e)) {
          mention(as.get(0), fi, f, s, e);
        }
      }
    }
  }

  /**
   * Whether a known key can be the key ({@link Rules#normalise}) of a phrase starting at {@code c} (a capital
   * start), after the leading "The " that knownMentions strips: "The " is there (the stripped phrase may start with
   * anything), or the key char of the capital ({@link Rules#keyChar}) is one NameKeys does not read (0) or a gap, or
   * some key starts with the key of the phrase's first four chars at most. Only the capital and the ASCII letters
   * and digits right after it are read: the phrase's first word takes them all, and each is one key char.
   *
   * @param sorted the keys, sorted
   * @param firsts their first chars ({@link #firstChars})
   */
  static boolean mayStartKey(String t, int c, String[] sorted, String firsts) {
    if (t.startsWith("The ", c)) {
      return true;
    }
    char k = Rules.keyChar(t.charAt(c));
    if (k == 0 || k == ' ') {
      return true;
    }
    if (firsts.indexOf(k) < 0) {
      return false; // no key starts with k
    }
    int e = c + 1; // the prefix is k and the key chars of t[c + 1, e)
    while (e < t.length() && e - c < 4) {
      char x = t.charAt(e);
      if (!(x >= 'a' && x <= 'z' || x >= 'A' && x <= 'Z' || x >= '0' && x <= '9')) {
        break;
      }
      e++;
    }
    // the first key not below the prefix starts with it, if any does
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (comparePrefix(sorted[mid], k, t, c + 1, e) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < sorted.length && startsWithPrefix(sorted[lo], k, t, c + 1, e);
  }

  /** The distinct first chars of sorted keys. */
  static String firstChars(String[] sorted) {
    StringBuilder sb = new StringBuilder();
    for (String k : sorted) {
      if (!k.isEmpty() && (sb.length() == 0 || sb.charAt(sb.length() - 1) != k.charAt(0))) {
        sb.append(k.charAt(0));
      }
    }
    return sb.toString();
  }

  /** {@code key.compareTo(prefix)}, the prefix being {@code k} and the key chars of {@code t[from, to)}. */
  private static int comparePrefix(String key, char k, String t, int from, int to) {
    int n = to - from + 1;
    for (int j = 0; j < n && j < key.length(); j++) {
      char pc = j == 0 ? k : Rules.keyChar(t.charAt(from + j - 1));
      if (key.charAt(j) != pc) {
        return key.charAt(j) - pc;
      }
    }
    return key.length() - n;
  }

  /** Whether {@code key} starts with the prefix of {@link #comparePrefix}. */
  private static boolean startsWithPrefix(String key, char k, String t, int from, int to) {
    int n = to - from + 1;
    if (key.length() < n) {
      return false;
    }
    for (int j = 0; j < n; j++) {
      if (key.charAt(j) != (j == 0 ? k : Rules.keyChar(t.charAt(from + j - 1)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a known acronym occurs in a text (as any substring). */
  private boolean anyAcronymIn(String t) {
    for (String a : acronyms.keySet()) {
      if (t.contains(a)) {
        return true;
      }
    }
    return false;
  }

  private boolean covered(int fi, int s, int e) {
    // the (at most) eight mentions that start last before e
    HitIndex ix = byStart[fi];
    for (int i = ix.floor(e - 1), stop = i - 8; i >= 0 && i > stop; i--) {
      Hit h = ix.hit(i);
      if (s < h.end && e > h.start) {
        return true;
      }
    }
    return false;
  }

  /** "Phase 1 (2016-2018)", "the first phase of the project (2016-2019)": a phase with its own period. */
  private void phasePeriods() {
    for (int fi = 0; fi < doc.fields.size(); fi++) {
      FieldText f = doc.fields.get(fi);
      String t = f.text();
      if (t.indexOf('(') < 0 || !t.contains("Phase") && !t.contains("phase")) {
        continue; // no match possible: no matcher made
      }
      Scan ps = phasePeriodScan(t);
      while (ps.find()) {
        Matcher m = ps.m;
        String phase = m.group(1) != null ? m.group(1)
            : String.valueOf(ORDINALS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
        Acc base = nearestBefore(fi, f, m.start());
        if (base == null) {
          continue;
        }
        Acc target = null;
        for (Acc a : names.getOrDefault(Rules.normalise(base.name), List.of())) {
          if (phase.equals(a.phase)) {
            target = a;
          }
        }
        if (target == null) {
          target = new Acc(base.name, base.acronym, phase);
          target.label = base.label;
          list.add(target);
          index(target);
        }
        target.start = LocalDate.of(Integer.parseInt(m.group(3)), 1, 1);
        target.end = LocalDate.of(Integer.parseInt(m.group(4)), 12, 31);
        mention(target, fi, f, m.start(), m.end());
      }
    }
  }

  /** The project mentioned last before an offset in the same sentence, else the item's first project. */
  @Nullable Acc nearestBefore(int fi, FieldText f, int offset) {
    FieldText.Sentence sen = f.sentenceAt(offset);
    Hit best = hitBefore(fi, sen.start(), offset);
    if (best != null) {
      return best.project;
    }
    return list.isEmpty() ? null : list.get(0);
  }

  /** The project mentioned in the same sentence just before an offset, or null. */
  @Nullable Hit hitBefore(int fi, int sentenceStart, int offset) {
    Hit best = null;
    HitIndex ix = byStart[fi];
    for (int i = ix.ceiling(offset) - 1; i >= 0 && ix.start(i) >= sentenceStart; i--) {
      Hit h = ix.hit(i);
      if (h.end <= offset && (best == null || h.end > best.end)) {
        best = h;
      }
    }
    return best;
  }

  /**
   * Whether {@code [start, end)} of field {@code fi} overlaps a project mention (names and places are not looked
   * for there): of the mentions that start before {@code end}, the last eight are tried, each start with its
   * longest mention.
   */
  boolean inMention(int fi, int start, int end) {
    HitIndex ix = byStart[fi];
    int steps = 0;
    for (int i = ix.floor(end - 1); i >= 0 && steps++ < 8; i--) {
      if (start < ix.hit(i).end && end > ix.start(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a project mention starts in {@code [from, to)} of field {@code fi}. */
  boolean hitStartsIn(int fi, int from, int to) {
    HitIndex ix = byStart[fi];
    int i = ix.ceiling(from);
    return i < ix.size() && ix.start(i) < to;
  }

  /** The project mentioned first after an offset in the same sentence, or null. */
  @Nullable Hit hitAfter(int fi, int offset, int sentenceEnd) {
    HitIndex ix = byStart[fi];
    int i = ix.ceiling(offset);
    return i < ix.size() && ix.hit(i).end <= sentenceEnd ? ix.hit(i) : null;
  }

  /** The last project of a kind mentioned before an offset, else the item's first project. */
  @Nullable Acc lastOfKind(@Nullable ProjectKind kind) {
    for (Acc a : list) {
      if (kind == null || kind(a) == kind) {
        return a;
      }
    }
    return list.isEmpty() ? null : list.get(0);
  }

  private void mergeTruncated() {
    List<Acc> drop = new ArrayList<>();
    for (Acc a : list) {
      if (!a.truncated || a.acronym != null) {
        continue;
      }
      for (Acc b : list) {
        if (b != a && !b.truncated && b.name.startsWith(a.name + " ")) {
          b.mentions.addAll(a.mentions);
          for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.project == a) {
              hits.set(i, new Hit(b, h.field, h.start, h.end));
            }
          }
          drop.add(a);
          break;
        }
      }
    }
    list.removeAll(drop);
  }

  private @Nullable Acc add(int fi, FieldText f, int s, int e, String name, @Nullable String acronym,
      @Nullable String phase, @Nullable ProjectKind label) {
    if (name.isBlank()) {
      return null;
    }
    if (phase == null && s > 0 && phaseBefore(f.text(), s)) {
      Matcher op = ORDINAL_PHASE_BEFORE.matcher(f.text().substring(Math.max(0, s - 30), s));
      if (op.find()) {
        phase = String.valueOf(ORDINALS.indexOf(op.group(1)) + 1);
      }
    }
    boolean truncated = Doc.truncatedAt(f, e);
    Acc target = null;
    String key = Rules.normalise(name);
    // the projects known by this acronym, then by this name, then by the name as an acronym: the first that fits
    if (acronym != null) {
      target = fitting(acronyms.get(acronym), phase, acronym);
    }
    if (target == null) {
      target = fitting(names.get(key), phase, acronym);
    }
    if (target == null) {
      target = fitting(acronyms.get(name), phase, acronym);
    }
    if (target == null) {
      target = new Acc(name, acronym, phase);
      target.truncated = truncated;
      list.add(target);
      index(target);
    } else {
      if (!truncated) {
        target.truncated = false;
      }
      if (acronym != null && target.acronym == null) {
        target.acronym = acronym;
        index(target);
      }
      if (target.acronym != null && target.name.equals(target.acronym) && !name.equals(acronym)) {
        target.name = name;
        index(target);
      }
    }
    if (label != null && target.label == null) {
      target.label = label;
    }
    mention(target, fi, f, s, e);
    return target;
  }

  /** The first of {@code known} a mention with this phase and acronym belongs to; null when none does. */
  private static @Nullable Acc fitting(@Nullable List<Acc> known, @Nullable String phase, @Nullable String acronym) {
    if (known == null) {
      return null;
    }
    for (Acc a : known) {
      if (phase == null || phase.equals(a.phase) || a.phase != null && phaseNumber(phase) > 0
          && phaseNumber(phase) == phaseNumber(a.phase)) {
        return a;
      }
      // a bare name written first (a headline) and then with its acronym and phase, or a truncated name: one project
      if (a.phase == null && (a.acronym == null && acronym != null && a.start == null && a.end == null || a.truncated)) {
        a.phase = phase;
        return a;
      }
    }
    return null;
  }

  private void index(Acc a) {
    List<Acc> l = names.computeIfAbsent(Rules.normalise(a.name), k -> new ArrayList<>());
    if (!l.contains(a)) {
      l.add(a);
    }
    if (a.acronym != null) {
      List<Acc> m = acronyms.computeIfAbsent(a.acronym, k -> new ArrayList<>());
      if (!m.contains(a)) {
        m.add(a);
      }
    }
  }

  private void mention(Acc a, int fi, FieldText f, int s, int e) {
    Hit old = byStart[fi].get(s);
    if (old != null && old.end == e) {
      return;
    }
    a.mentions.add(f.mention(s, e));
    Hit h = new Hit(a, fi, s, e);
    hits.add(h);
    if (old == null || old.end < e) {
      if (byStart[fi] == NONE) {
        byStart[fi] = new HitIndex();
      }
      byStart[fi].put(s, h);
    }
  }

  static ProjectKind kind(Acc a) {
    if (a.kind != null) {
      return a.kind;
    }
    String head = head(a.name);
    String k = Lex.KIND_WORDS.get(head);
    if (k != null) {
      return ProjectKind.valueOf(k.toUpperCase(Locale.ROOT));
    }
    if (a.label != null) {
      return a.label;
    }
    return ProjectKind.PROJECT;
  }

  /** The last capitalised word before the first preposition; the name's head noun. */
  static String head(String name) {
    Words w = new Words(name, name.lastIndexOf(':') + 1, name.length());
    // the head's range; the first word when no word is capitalised
    int hs = 0;
    int he = 0;
    boolean first = true;
    while (w.next()) {
      if (first) {
        hs = w.start;
        he = w.end;
        first = false;
      }
      if ((small(name, w) & PREP) != 0 || w.is(":")) {
        break;
      }
      if (w.capitalised()) {
        hs = w.start;
        he = w.end;
      }
    }
    if (he - hs >= 2 && (name.startsWith("’s", he - 2) || name.startsWith("'s", he - 2))) {
      he -= 2; // Doc.stripPossessive
    }
    return name.substring(hs, he);
  }

  static boolean orgOrDoc(String name) {
    String h = head(name);
    if (Lex.ORG_HEADS.contains(h) || Lex.DOC_HEADS.contains(h)) {
      return true;
    }
    if (Lex.KIND_WORDS.containsKey(h)) {
      return false;
    }
    Words w = new Words(name);
    return Lex.ORG_HEADS.contains(w.next() ? w.word() : "");
  }

  private static @Nullable ProjectKind kindOf(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("program")) {
      return ProjectKind.PROGRAMME;
    }
    if (w.startsWith("initiative")) {
      return ProjectKind.INITIATIVE;
    }
    if (w.startsWith("facilit")) {
      return ProjectKind.FACILITY;
    }
    if (w.startsWith("process")) {
      return ProjectKind.PROCESS;
    }
    return ProjectKind.PROJECT;
  }

  /** Whether "phase" is in the 30 chars before {@code s}, as {@link #ORDINAL_PHASE_BEFORE} needs it there. */
  private static boolean phaseBefore(String t, int s) {
    for (int p = s - 5; p >= Math.max(0, s - 30); p--) {
      if (t.startsWith("phase", p)) {
        return true;
      }
    }
    return false;
  }

  /** {@code [IVX]{1,4}}: a roman phase number. */
  static boolean roman(String w) {
    int n = w.length();
    if (n < 1 || n > 4) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      if (c != 'I' && c != 'V' && c != 'X') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code .*-\p{Ll}+} as a whole: after the last hyphen only lower-case letters (code points), at least one, and
   * no line terminator (which {@code .} does not take) before it.
   */
  static boolean hyphenAdjective(String w) {
    int h = w.lastIndexOf('-');
    int n = w.length();
    if (h < 0 || h + 1 >= n) {
      return false;
    }
    for (int i = h + 1; i < n; ) {
      int cp = w.codePointAt(i);
      if (Character.getType(cp) != Character.LOWERCASE_LETTER) {
        return false;
      }
      i += Character.charCount(cp);
    }
    for (int i = 0; i < h; i++) {
      char c = w.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static boolean acronymLike(String acr) {
    int upper = 0;
    for (int i = 0; i < acr.length(); i++) {
      if (Character.isUpperCase(acr.charAt(i))) {
        upper++;
      }
    }
    return upper >= 2 && !acr.startsWith("Phase");
  }

  static boolean acceptableName(String name) {
    Words w = new Words(name);
    if (!w.next() || !w.capitalised() && !w.is("the")) {
      return false;
    }
    int content = 0;
    do {
      if ((small(name, w) & (PREP | THE_AND)) == 0) {
        content++;
      }
    } while (w.next());
    return content >= 1 && name.length() >= 3;
  }

  /** A long form's words are capitalised (or contain a capital) or are short connectors. */
  static boolean longFormShape(String lf) {
    Words w = new Words(lf);
    int count = 0;
    int firstStart = 0;
    int firstEnd = 0;
    while (w.next()) {
      if (count++ == 0) {
        firstStart = w.start;
        firstEnd = w.end;
      }
      if (!changesInLowerCase(lf, w.start, w.end) && small(lf, w) == 0) {
        return false;
      }
    }
    // an empty first word has neither a capital nor a small word's flags: it returned above
    return count >= 2 && (Character.isUpperCase(Chars.cpAt(lf, firstStart, firstEnd))
        || Character.isUpperCase(lf.charAt(firstStart + (firstEnd - firstStart > 1 ? 1 : 0))));
  }

  /**
   * Whether {@code s[from, to)} differs from its {@code toLowerCase(Locale.ROOT)}: whether a code point in it has a
   * lower-case mapping of its own (the special cases of that method, final sigma and dotted I, have one too).
   */
  static boolean changesInLowerCase(String s, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = Chars.cpAt(s, i, to);
      if (Character.toLowerCase(cp) != cp) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  static String stripLeadingThe(String s) {
    String t = s.strip();
    while (t.startsWith("the ") || t.startsWith("The ")) {
      t = t.substring(4);
    }
    return t;
  }

  /** Splits a trailing phase off a name: "(Phase 2)", "Phase 3", "IV", "2". */
  static String[] splitPhase(String name) {
    String n = name.strip();
    // ^(.*?)(?:,?SP\(Phase SP PHASE\)|,?SP Phase SP PHASE|SP([IVX]{1,4})|SP(\d{1,2}))$ by hand: the suffixes are
    // anchored at the end, so each can start at one place (two with the comma); the lazy group 1 takes the
    // leftmost, and at one place at most one suffix fits
    int len = n.length();
    boolean bracket = len > 0 && n.charAt(len - 1) == ')';
    int te = bracket ? len - 1 : len; // the phase token is n[ts, te): digits or IVX, all of the run before te
    int ts = te;
    while (ts > 0 && phaseChar(n.charAt(ts - 1))) {
      ts--;
    }
    if (!phaseToken(n, ts, te) || ts == 0 || !Chars.sp(n.charAt(ts - 1))) {
      return new String[] {n, null};
    }
    int sp = ts - 1;
    int start = -1;
    String word = bracket ? "(Phase" : "Phase";
    int w = sp - word.length();
    if (w >= 1 && n.startsWith(word, w) && Chars.sp(n.charAt(w - 1))) {
      start = w >= 2 && n.charAt(w - 2) == ',' ? w - 2 : w - 1; // ",? SP (Phase SP PHASE )" or ",? SP Phase SP PHASE"
    } else if (!bracket) {
      start = sp; // SP [IVX]{1,4} or SP \d{1,2}
    }
    if (start < 0 || hasLineTerminator(n, 0, start) || n.substring(0, start).isBlank()) {
      return new String[] {n, null}; // group 1 (.*?) takes no line terminator; a blank one is not a name
    }
    return new String[] {n.substring(0, start).strip(), n.substring(ts, te)};
  }

  private static boolean phaseChar(char c) {
    return c >= '0' && c <= '9' || c == 'I' || c == 'V' || c == 'X';
  }

  /** Whether {@code s[from, to)} is {@code \d{1,2}} or {@code [IVX]{1,4}}. */
  private static boolean phaseToken(String s, int from, int to) {
    int n = to - from;
    if (n < 1 || n > 4) {
      return false;
    }
    boolean digits = true;
    boolean roman = true;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      digits &= c >= '0' && c <= '9';
      roman &= c == 'I' || c == 'V' || c == 'X';
    }
    return digits && n <= 2 || roman;
  }

  /** Whether {@code s[from, to)} has a char that {@code .} does not match: a line terminator. */
  private static boolean hasLineTerminator(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /**
   * The long form of an acronym at the end of a window of words (Schwartz and Hearst, 2003): the acronym's
   * letters are matched right to left, the first one at the start of a word.
   */
  static @Nullable String schwartzHearst(String acronym, String window) {
    return schwartzHearst(acronym, window, 0, window.length());
  }

  /** As {@code schwartzHearst(acronym, t.substring(from, to))}, without the copy unless the first test fails. */
  static @Nullable String schwartzHearst(String acronym, String t, int from, int to) {
    String letters = Doc.keep(acronym, false).toLowerCase(Locale.ROOT);
    int need = letters.length();
    // the words other than small words and the empty first word of a window that starts with a no-break space
    int content = 0;
    for (Words w = new Words(t, from, to); w.next(); ) {
      if (w.end > w.start && small(t, w) == 0) {
        content++;
      }
    }
    if (content >= need && need >= 2) {
      // the initials of the last `need` of them spell the acronym: the long form runs from the first of those
      int k = 0;
      int lfStart = -1;
      for (Words w = new Words(t, from, to); w.next(); ) {
        if (w.end == w.start || small(t, w) != 0) {
          continue;
        }
        int j = k++ - (content - need);
        if (j < 0) {
          continue;
        }
        if (Character.toLowerCase(t.charAt(w.start)) != letters.charAt(j)) {
          lfStart = -1;
          break;
        }
        if (j == 0) {
          lfStart = w.start;
        }
      }
      if (lfStart >= 0) {
        return Words.joined(t, lfStart, Doc.stripEnd(t, lfStart, to));
      }
    }
    // the acronym's letters right to left, the first one at the start of a word
    String window = t.substring(from, to);
    String l = window.toLowerCase(Locale.ROOT);
    if (l.length() != window.length()) {
      // "İ" lowers to two chars: lowered char by char instead, so that a position in l is one in the window
      char[] c = window.toCharArray();
      for (int i = 0; i < c.length; i++) {
        c[i] = Character.toLowerCase(c[i]);
      }
      l = new String(c);
    }
    int si = letters.length() - 1;
    int li = l.length() - 1;
    while (si >= 0) {
      char c = letters.charAt(si);
      if (!Character.isLetterOrDigit(c)) {
        si--;
        continue;
      }
      while (li >= 0 && (l.charAt(li) != c || si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
        li--;
      }
      if (li < 0) {
        return null;
      }
      li--;
      si--;
    }
    int start = l.lastIndexOf(' ', li) + 1;
    return window.substring(start).strip();
  }
}
