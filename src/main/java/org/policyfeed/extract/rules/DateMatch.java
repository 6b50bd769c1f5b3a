package org.policyfeed.extract.rules;

/**
 * Hand-written matchers for the hot patterns of {@link Dated}: each gives exactly the matches of the regular
 * expression quoted in its comment (Java 17 {@code java.util.regex} semantics, checked against the pattern by
 * {@code DateMatchTest}), without a {@link java.util.regex.Matcher} and without allocating.
 *
 * <p>All positions are char indexes into the whole string, which plays the part of the matcher's input
 * (look-arounds and {@code \b} see nothing outside it).
 */
final class DateMatch {
  private DateMatch() {}

  // ---------------------------------------------------------------------------------------------------------
  // Word boundaries as java.util.regex (Java 17) sees them: a word char is '_' or Character.isLetterOrDigit,
  // and a non-spacing mark counts as a word char when letters or digits (and marks only) come before it.

  private static boolean isWord(int cp) {
    return cp == '_' || Character.isLetterOrDigit(cp);
  }

  private static boolean isNsm(int cp) {
    return Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  /** Whether a letter or digit comes before the marks at and before {@code x} (regex hasBaseCharacter). */
  private static boolean hasBase(String s, int x) {
    for (; x >= 0; x--) {
      int cp = s.codePointAt(x);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      if (!isNsm(cp)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the left side of {@code \b} at {@code i} is a word char. */
  static boolean wordBefore(String s, int i) {
    if (i <= 0) {
      return false;
    }
    int cp = s.codePointBefore(i);
    return isWord(cp) || isNsm(cp) && hasBase(s, i - 1);
  }

  /** Whether the right side of {@code \b} at {@code i} is a word char. */
  static boolean wordAt(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    int cp = s.codePointAt(i);
    return isWord(cp) || isNsm(cp) && hasBase(s, i);
  }

  /** {@code \b} at {@code i}. */
  static boolean boundary(String s, int i) {
    return wordBefore(s, i) != wordAt(s, i);
  }

  /**
   * The end of {@code lit} at {@code i}, ASCII letters compared without case when {@code ci}, a space in
   * {@code lit} standing for {@code [ \u00a0]}; -1 when it is not there.
   */
  static int lit(String s, int i, String lit, boolean ci) {
    int n = lit.length();
    if (i < 0 || i + n > s.length()) {
      return -1;
    }
    for (int k = 0; k < n; k++) {
      char c = s.charAt(i + k);
      char l = lit.charAt(k);
      if (l == ' ') {
        if (c != ' ' && c != '\u00a0') {
          return -1;
        }
      } else if (c != l && !(ci && c >= 'A' && c <= 'Z' && c + 32 == l)) {
        return -1;
      }
    }
    return i + n;
  }

  static boolean digit(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  static boolean sp(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == ' ' || c == '\u00a0';
  }

  // ---------------------------------------------------------------------------------------------------------
  // EVENT_CUE:
  // (?i)\b(?:conference|forum|summit|meeting|met|academy|school|event|workshop|seminar|round-?table|webinar
  //   |training|trained|induction|visit(?:ed|s)?|ceremony|session|panel|launch(?:ed)?|kick(?:s|ed)?-?SP?off
  //   |course|briefing|symposium|congress|took SP place|takes? SP place|taking SP place|held|hosted|hosts
  //   |gathered|opened|opening|closing|scheduled)\b
  // As the engine tries them: the alternatives, optional parts expanded greedy-first, in order (a space is SP).

  private static final String[] CUES = cues();
  /** Per cue: whether it is one of EVENT_VERB_ONLY's words (a verb, not an event noun). */
  private static final boolean[] CUE_VERB = new boolean[CUES.length];
  /** Per lower-case first letter: indexes into CUES, in order. */
  private static final int[][] CUES_BY_LETTER = new int[26][];

  static {
    java.util.Set<String> verbs = java.util.Set.of("met", "held", "hosted", "hosts", "gathered", "opened",
        "launched", "launch", "took place", "takes place", "take place", "taking place", "scheduled");
    for (int c = 0; c < 26; c++) {
      int n = 0;
      int[] idx = new int[CUES.length];
      for (int k = 0; k < CUES.length; k++) {
        if (CUES[k].charAt(0) == 'a' + c) {
          idx[n++] = k;
        }
      }
      CUES_BY_LETTER[c] = java.util.Arrays.copyOf(idx, n);
    }
    for (int k = 0; k < CUES.length; k++) {
      CUE_VERB[k] = verbs.contains(CUES[k]);
    }
  }

  private static String[] cues() {
    java.util.List<String> l = new java.util.ArrayList<>(java.util.List.of("conference", "forum", "summit",
        "meeting", "met", "academy", "school", "event", "workshop", "seminar", "round-table", "roundtable",
        "webinar", "training", "trained", "induction", "visited", "visits", "visit", "ceremony", "session", "panel",
        "launched", "launch"));
    for (String g : new String[] {"s", "ed", ""}) {
      for (String h : new String[] {"-", ""}) {
        for (String sp : new String[] {" ", ""}) {
          l.add("kick" + g + h + sp + "off");
        }
      }
    }
    l.addAll(java.util.List.of("course", "briefing", "symposium", "congress", "took place", "takes place",
        "take place", "taking place", "held", "hosted", "hosts", "gathered", "opened", "opening", "closing",
        "scheduled"));
    return l.toArray(new String[0]);
  }

  /** The cue (index into {@link #CUES}) that matches at {@code i} as EVENT_CUE's alternation chooses it, or -1. */
  private static int cueIndex(String s, int i) {
    char c = Scan.lowerAscii(s, i);
    if (c == 0 || wordBefore(s, i)) {
      return -1;
    }
    char c1 = i + 1 < s.length() ? s.charAt(i + 1) : 0;
    for (int k : CUES_BY_LETTER[c - 'a']) {
      char l1 = CUES[k].charAt(1);
      if (c1 != l1 && c1 + 32 != l1) {
        continue; // the second letter differs (all cues have a lower-case ASCII letter there)
      }
      int e = lit(s, i, CUES[k], true);
      if (e >= 0 && !wordAt(s, e)) {
        return k;
      }
    }
    return -1;
  }

  /** The end of an EVENT_CUE match starting at {@code i}, or -1. */
  static int cueEnd(String s, int i) {
    int k = cueIndex(s, i);
    return k < 0 ? -1 : i + CUES[k].length();
  }

  /** Whether the EVENT_CUE match at {@code i} (there must be one) matches EVENT_VERB_ONLY as a whole. */
  static boolean cueIsVerb(String s, int i) {
    return CUE_VERB[cueIndex(s, i)];
  }

  /** The start of the first EVENT_CUE match at or after {@code from}, or -1 (as {@code find()}). */
  static int cueFind(String s, int from) {
    int n = s.length();
    char p = from > 0 && from <= n ? s.charAt(from - 1) : 0; // the char before i
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      // only ASCII letters that begin some cue can start one, not after an ASCII letter, digit or '_'
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' && CUES_BY_LETTER[(c | 0x20) - 'a'].length > 0
          && !(p >= 'a' && p <= 'z' || p >= 'A' && p <= 'Z' || p >= '0' && p <= '9' || p == '_')
          && cueIndex(s, i) >= 0) {
        return i;
      }
      p = c;
    }
    return -1;
  }

  /** ONLINE, {@code (?i)\bonline\b}: whether it is found in {@code s}. */
  static boolean online(String s) {
    for (int i = 0; i + 6 <= s.length(); i++) {
      char c = s.charAt(i);
      if ((c == 'o' || c == 'O') && lit(s, i, "online", true) >= 0 && !wordBefore(s, i) && !wordAt(s, i + 6)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-case ASCII {@code w} occurs in {@code s}, ASCII letters compared without case. */
  static boolean containsI(String s, int from, int to, String w) {
    char w0 = w.charAt(0);
    for (int i = from; i + w.length() <= to; i++) {
      char c = s.charAt(i);
      if ((c == w0 || c + 32 == w0) && lit(s, i, w, true) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} starts at some position from {@code from} to {@code lastStart} in {@code s}. */
  static boolean startsWithin(String s, String w, int from, int lastStart) {
    char w0 = w.charAt(0);
    for (int i = from; i <= lastStart && i < s.length(); i++) {
      if (s.charAt(i) == w0 && s.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------
  // DEADLINE_CUE:
  // (?i)(?:\buntil|\btill|\bby|\bno later than|\bnot later than|\bbefore|\bdeadline\b[^.;]{0,40}?(?:\bis|:)
  //   |\bclose[s]?SPon|\bclosingSPon|\bends?SPon|\bexpires?SPon)SP*(?:theSP)?$
  // found in s.substring(from, to). Every match ends at $, so it is read from the end: $ (at the end, or before a
  // line terminator that ends the text), then optionally "the" and SP, then SP*, then a cue ending there (every
  // cue ends with a letter or ':', never SP, so SP* takes the whole run of SP before).

  /** The cues of DEADLINE_CUE that are plain words (their spaces are plain spaces, not SP). */
  private static final String[] CUE_WORDS = {"until", "till", "by", "no later than", "not later than", "before"};
  /** The words of DEADLINE_CUE before SP "on". */
  private static final String[] CUE_ON = {"close", "closes", "closing", "end", "ends", "expire", "expires"};

  /** Whether DEADLINE_CUE finds a match in {@code s.substring(from, to)}. */
  static boolean deadlineCue(String s, int from, int to) {
    for (int q = to; q >= Math.max(from, to - 2); q--) {
      if (q < to && !DateFinder.dollarBefore(s, from, to, q)) {
        continue;
      }
      if (cueBeforeSp(s, from, q) || q - 4 >= from && lit(s, q - 4, "the ", true) >= 0 && cueBeforeSp(s, from, q - 4)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cue of DEADLINE_CUE ends where the run of SP that ends at {@code e} begins. */
  private static boolean cueBeforeSp(String s, int from, int e) {
    while (e > from && sp(s, e - 1)) {
      e--;
    }
    for (String w : CUE_WORDS) {
      int p = e - w.length();
      if (p >= from && litPlain(s, p, w) && !wordBeforeIn(s, from, p)) {
        return true;
      }
    }
    // \bclose[s]?SPon, \bclosingSPon, \bends?SPon, \bexpires?SPon
    if (e - 3 >= from && sp(s, e - 3) && lit(s, e - 2, "on", true) >= 0) {
      for (String w : CUE_ON) {
        int p = e - 3 - w.length();
        if (p >= from && lit(s, p, w, true) >= 0 && !wordBeforeIn(s, from, p)) {
          return true;
        }
      }
    }
    // \bdeadline\b[^.;]{0,40}?(?:\bis|:)
    int c = -1; // where "is" or ':' begins
    if (e - 1 >= from && s.charAt(e - 1) == ':') {
      c = e - 1;
      if (deadlineBefore(s, from, c)) {
        return true;
      }
    }
    return e - 2 >= from && lit(s, e - 2, "is", true) >= 0 && !wordBeforeIn(s, from, e - 2)
        && deadlineBefore(s, from, e - 2);
  }

  /** {@code \bdeadline\b[^.;]{0,40}?} ending at {@code c}: "deadline" at most 40 chars of neither '.' nor ';' before. */
  private static boolean deadlineBefore(String s, int from, int c) {
    for (int d = c - 8; d >= Math.max(from, c - 48); d--) {
      if (d + 8 < c && (s.charAt(d + 8) == '.' || s.charAt(d + 8) == ';')) {
        return false; // the gap from any earlier "deadline" holds it too
      }
      if (lit(s, d, "deadline", true) >= 0 && !wordBeforeIn(s, from, d) && !wordOrMarkAt(s, d + 8, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * After "deadline", {@code \b} fails exactly where a word char or a non-spacing mark (whose base is the 'e')
   * follows; {@code i < end} is inside the text, or {@code i == end} is the start of "is" or ':'.
   */
  private static boolean wordOrMarkAt(String s, int i, int end) {
    int cp = i < end ? s.codePointAt(i) : s.charAt(i);
    return isWord(cp) || isNsm(cp);
  }

  /** {@code lit} at {@code i}, its chars (spaces too) compared as they are, ASCII letters without case. */
  private static boolean litPlain(String s, int i, String lit) {
    for (int k = 0; k < lit.length(); k++) {
      char c = s.charAt(i + k);
      char l = lit.charAt(k);
      if (c != l && !(c >= 'A' && c <= 'Z' && c + 32 == l)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #wordBefore} in {@code s.substring(from, …)}: nothing before {@code from} is seen. */
  static boolean wordBeforeIn(String s, int from, int i) {
    if (i <= from) {
      return false;
    }
    char c = s.charAt(i - 1);
    int cp = Character.isLowSurrogate(c) && i - 2 >= from && Character.isHighSurrogate(s.charAt(i - 2))
        ? Character.toCodePoint(s.charAt(i - 2), c) : c;
    if (isWord(cp)) {
      return true;
    }
    if (!isNsm(cp)) {
      return false;
    }
    for (int x = i - 1; x >= from; x--) { // the regex's hasBaseCharacter, from i - 1 down to the start
      int b = s.codePointAt(x);
      if (Character.isLetterOrDigit(b)) {
        return true;
      }
      if (!isNsm(b)) {
        return false;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------
  // DEADLINE_FOR: (?i)\bdeadlineSPforSP(.{3,80}?)(?:SPis\b|:)   ('.' is any char but a line terminator)

  /** Group 1 of the first DEADLINE_FOR match in {@code s} (as {@code find()}), or null when there is none. */
  static @org.jspecify.annotations.Nullable String deadlineFor(String s) {
    return deadlineFor(s, s.length());
  }

  /**
   * {@link #deadlineFor(String) deadlineFor(s.substring(0, n))}, without the copy; the char at {@code n} (if any)
   * must not be a low surrogate, so that no code point is read across {@code n}.
   */
  static @org.jspecify.annotations.Nullable String deadlineFor(String s, int n) {
    for (int p = 0; p + 13 <= n; p++) {
      char c = s.charAt(p);
      if (c != 'd' && c != 'D' || lit(s, p, "deadline for ", true) < 0 || wordBefore(s, p)) {
        continue;
      }
      int g = p + 13; // the group's start; it ends at e, lazily as short as it can be
      for (int e = g; e <= Math.min(n, g + 80); e++) {
        if (e > g && lineTerminator(s.charAt(e - 1))) {
          break; // '.' cannot take it: no longer group either
        }
        if (e - g >= 3 && e < n && (s.charAt(e) == ':'
            || e + 3 <= n && lit(s, e, " is", true) >= 0 && !(e + 3 < n && wordAt(s, e + 3)))) {
          return s.substring(g, e);
        }
      }
    }
    return null;
  }

  /** The line terminators '.' does not match: \n, \r, \u0085, \u2028, \u2029. */
  private static boolean lineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  // ---------------------------------------------------------------------------------------------------------
  // EVENT_NAME:
  // (?=[\d\p{Lu}])(?<![\p{L}\d])(?:\d{1,2}(?:st|nd|rd|th)SP)?CAPW(?:SP(?:(?:of|on|for|the|and|in SP the|against)SP){0,2}
  //   CAPW){0,10}(?:SP(?:19|20)\d{2})?(?:SP\([A-Z][A-Za-z0-9]+\))?
  // with CAPW = \p{Lu}[\p{L}\p{M}\d'’\-]*. Every part after the first CAPW is optional and begins with SP, so the
  // greedy first path is the match; a failed iteration or group adds nothing.

  private static final String[] CONNECTORS = {"of", "on", "for", "the", "and", "in the", "against"};

  /** The end of CAPW at {@code i}, or -1. */
  private static int capw(String s, int i) {
    int n = s.length();
    if (i >= n) {
      return -1;
    }
    int cp = s.codePointAt(i);
    if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
      return -1;
    }
    i += Character.charCount(cp);
    while (i < n) {
      cp = s.codePointAt(i);
      int t = Character.getType(cp);
      if (Character.isLetter(cp) || t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
          || t == Character.COMBINING_SPACING_MARK || cp >= '0' && cp <= '9' || cp == '\'' || cp == '’'
          || cp == '-') {
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return i;
  }

  /** The end of an EVENT_NAME match starting at {@code i} ({@code lookingAt} with transparent bounds), or -1. */
  static int eventNameEnd(String s, int i) {
    int n = s.length();
    if (i >= n) {
      return -1;
    }
    int cp0 = s.codePointAt(i);
    boolean dig = cp0 >= '0' && cp0 <= '9';
    if (!dig && Character.getType(cp0) != Character.UPPERCASE_LETTER || Scan.afterLetterOrDigit(s, i)) {
      return -1;
    }
    int j = i;
    if (dig) {
      // \d{1,2}(?:st|nd|rd|th)SP: with a third digit, or a digit after one, the suffix cannot follow
      int k = i + 1;
      if (digit(s, k)) {
        k++;
      }
      if (k + 3 > n || !ordinalSuffix(s, k) || !sp(s, k + 2)) {
        return -1;
      }
      j = k + 3;
    }
    int e = capw(s, j);
    if (e < 0) {
      return -1;
    }
    for (int it = 0; it < 10; it++) {
      if (!sp(s, e)) {
        break;
      }
      int p = e + 1;
      for (int c = 0; c < 2; c++) {
        int q = connector(s, p);
        if (q < 0) {
          break;
        }
        p = q;
      }
      int e2 = capw(s, p);
      if (e2 < 0) {
        break;
      }
      e = e2;
    }
    if (sp(s, e) && e + 5 <= n && (s.startsWith("19", e + 1) || s.startsWith("20", e + 1)) && digit(s, e + 3)
        && digit(s, e + 4)) {
      e += 5;
    }
    if (sp(s, e) && e + 1 < n && s.charAt(e + 1) == '(' && e + 2 < n && asciiUpper(s.charAt(e + 2))) {
      int k = e + 3;
      while (k < n && asciiAlnum(s.charAt(k))) {
        k++;
      }
      if (k > e + 3 && k < n && s.charAt(k) == ')') {
        e = k + 1;
      }
    }
    return e;
  }

  private static boolean ordinalSuffix(String s, int k) {
    char a = s.charAt(k);
    char b = s.charAt(k + 1);
    return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
  }

  /** A connector and its SP at {@code p}: the end, or -1. */
  private static int connector(String s, int p) {
    for (String c : CONNECTORS) {
      int q = lit(s, p, c, false);
      if (q >= 0 && sp(s, q)) {
        return q + 1;
      }
    }
    return -1;
  }

  private static boolean asciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean asciiAlnum(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /** The start of the first EVENT_NAME match at or after {@code from}, or -1 (as {@code find()}). */
  static int eventNameFind(String s, int from) {
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      // a match starts with a digit or \p{Lu}, not after a letter or digit (which eventNameEnd also tests)
      if ((c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 0x80) && !Scan.afterLetterOrDigit(s, i)
          && eventNameEnd(s, i) >= 0) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------------------
  // YEAR_PAREN: \(((?:19|20)\d{2})[-–]((?:19|20)\d{2})\)  (groups: the two years)

  /** Whether YEAR_PAREN matches at {@code i}; the years are at {@code i + 1} and {@code i + 6}. */
  static boolean yearParenAt(String s, int i) {
    return i + 11 <= s.length() && s.charAt(i) == '(' && year4(s, i + 1) && (s.charAt(i + 5) == '-'
        || s.charAt(i + 5) == '–') && year4(s, i + 6) && s.charAt(i + 10) == ')';
  }

  /** {@code (?:19|20)\d{2}} at {@code i}. */
  static boolean year4(String s, int i) {
    return i + 4 <= s.length() && (s.startsWith("19", i) || s.startsWith("20", i)) && digit(s, i + 2)
        && digit(s, i + 3);
  }

  /** The value of the four digits at {@code i}. */
  static int int4(String s, int i) {
    return (s.charAt(i) - '0') * 1000 + (s.charAt(i + 1) - '0') * 100 + (s.charAt(i + 2) - '0') * 10
        + (s.charAt(i + 3) - '0');
  }
}
