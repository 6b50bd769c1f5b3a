package org.policyfeed.extract.rules;

/**
 * The person-name pattern of {@link Persons} as a hand-written matcher. It replaces
 *
 * <pre>
 * NAME = LEFT (?:INIT|NW) (?:SP (?:PART SP){0,3} TOK){1,6}
 * LEFT = (?=\p{Lu})(?&lt;![\p{L}\p{M}\d'’\-.])
 * NW   = \p{Lu}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’\-]\p{Lu}?[\p{Ll}\p{M}]+)*(?![\p{L}\p{M}\d])
 * INIT = \p{Lu}\.(?=SP\p{Lu})
 * TOK  = (?:INIT|(?:(?:al|el|ad|ash|as|ar)[\-‑])?NW)
 * PART = (?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|bin|binti|binte|bint|ibn|ben|ould|al|el|ten|ter|zu|y)
 * SP   = [ \u00a0]
 * </pre>
 *
 * <p>matched with {@code lookingAt()} over a region {@code [i, limit)} with transparent bounds; it gives the same
 * match end. Why no backtracking is needed:
 *
 * <ul>
 *   <li>NW is deterministic but for its end: with {@code e0 < … < ek} the ends after each {@code ['’\-]…} group,
 *       the look-ahead holds at {@code ek} or else at {@code e(k-1)} (a separator follows), never at a shorter
 *       {@code [\p{Ll}\p{M}]} run (a letter follows). The first end in backtracking order is the one taken.
 *   <li>Only an end where a space follows can go on with a repetition, and only the greedy end can have a space
 *       after it, so when the first token's repetition fails no other end of it helps; when INIT matched but no
 *       repetition follows, NW at the same place stops before the full stop and fails as well.
 *   <li>The repetitions after the first are optional, so a token inside a repetition keeps its first end.
 *   <li>PART words are lower case and followed by a space, so fewer of them never lets TOK (a capital, or
 *       {@code al-} and the like, which need a hyphen) start on one.
 * </ul>
 */
final class NameMatcher {
  /** PART: the particles, by length ({@code PARTICLES[n]} holds those of {@code n} letters). */
  private static final String[][] PARTICLES = byLength("van", "von", "der", "den", "de", "del", "della", "di", "da",
      "das", "dos", "du", "la", "le", "bin", "binti", "binte", "bint", "ibn", "ben", "ould", "al", "el", "ten", "ter",
      "zu", "y");
  /** The prefixes before a hyphen in TOK, longest first where one begins another. */
  private static final String[] PREFIXES = {"al", "el", "ad", "ash", "as", "ar"};
  /** The first letters of {@link #PREFIXES}, one bit each ({@code 1 << (letter - 'a')}). */
  private static final int PREFIX_FIRSTS = java.util.Arrays.stream(PREFIXES).mapToInt(p -> 1 << p.charAt(0) - 'a')
      .reduce(0, (a, b) -> a | b);
  /**
   * Whether a particle or prefix starts with a letter and a second char: index {@code 27 * (first - 'a') + i}, with
   * {@code i} the second letter's index or 26 for a space (after a one-letter particle).
   */
  private static final boolean[] PART_START = new boolean[26 * 27];

  static {
    for (String[] ps : PARTICLES) {
      for (String part : ps) {
        PART_START[partStart(part.charAt(0), part.length() > 1 ? part.charAt(1) : ' ')] = true;
      }
    }
    for (String prefix : PREFIXES) {
      PART_START[partStart(prefix.charAt(0), prefix.charAt(1))] = true;
    }
  }

  private NameMatcher() {}

  private static String[][] byLength(String... parts) {
    String[][] out = new String[java.util.Arrays.stream(parts).mapToInt(String::length).max().orElse(0) + 1][];
    for (int n = 0; n < out.length; n++) {
      final int len = n;
      out[n] = java.util.Arrays.stream(parts).filter(p -> p.length() == len).toArray(String[]::new);
    }
    return out;
  }

  /** The index into {@link #PART_START} for ASCII lower-case {@code a} and {@code b} (a letter or a space). */
  private static int partStart(char a, char b) {
    return 27 * (a - 'a') + (b == ' ' ? 26 : b - 'a');
  }

  /** The end of the NAME match starting at {@code i}, consuming chars below {@code limit}; -1 when none. */
  static int match(String t, int i, int limit) {
    if (i >= t.length() || !Chars.lu(Chars.cpAt(t, i, t.length()))) {
      return -1;
    }
    if (i > 0) {
      char p = t.charAt(i - 1);
      if (p == '\'' || p == '’' || p == '-' || p == '.' || !Character.isSurrogate(p) && Chars.letterMarkDigit(p)) {
        return -1;
      }
    }
    if (!mayRepeat(t, i, limit)) {
      return -1;
    }
    int e = init(t, i, limit);
    if (e < 0) {
      e = nw(t, i, limit);
      if (e < 0) {
        return -1;
      }
    }
    int reps = 0;
    while (reps < 6) {
      int r = rep(t, e, limit);
      if (r < 0) {
        break;
      }
      e = r;
      reps++;
    }
    return reps == 0 ? -1 : e;
  }

  /**
   * A cheap necessary condition for a first repetition after the first token at {@code i}. The first token (INIT or
   * NW) holds only chars of {@code [\p{L}\p{M}'’\-]} but for INIT's full stop, and a repetition starts with SP,
   * which is none of them: so the run of such chars from {@code i} (read by a table below {@code U+0800}) must end
   * at SP (or at the full stop of an INIT), and the char after that SP must be able to start TOK ({@code \p{Lu}}) or
   * a PART or {@code al-} prefix (by its first two letters, all ASCII). A char at or above {@code U+0800} (but ’)
   * anywhere it is read passes.
   */
  private static boolean mayRepeat(String t, int i, int limit) {
    int q = i + 1;
    char c = 0;
    while (q < limit) {
      c = t.charAt(q);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '-' || c == '’') {
        q++;
      } else if (c < 0x80) {
        break;
      } else if (c >= 0x800) {
        return true;
      } else {
        int type = Chars.type(c); // letters (Lu, Ll, Lt, Lm, Lo) and marks (Mn, Me, Mc): types 1 to 8
        if (type < Character.UPPERCASE_LETTER || type > Character.COMBINING_SPACING_MARK) {
          break;
        }
        q++;
      }
    }
    if (q >= limit) {
      return false; // no SP before the limit
    }
    if (c == '.') {
      return true;
    }
    if (!Chars.sp(c) || q + 1 >= limit) {
      return false;
    }
    char a = t.charAt(q + 1);
    if (a >= 'A' && a <= 'Z' || a >= 0x800) {
      return true;
    }
    if (a >= 0x80) {
      return Chars.type(a) == Character.UPPERCASE_LETTER;
    }
    if (a < 'a' || a > 'z') {
      return false;
    }
    char b = q + 2 < limit ? t.charAt(q + 2) : 0;
    if (b >= 0x80) {
      return true;
    }
    return (b == ' ' || b >= 'a' && b <= 'z') && PART_START[partStart(a, b)];
  }

  /** {@code SP (?:PART SP){0,3} TOK} at {@code p}: its end, or -1. */
  private static int rep(String t, int p, int limit) {
    if (p >= limit || !Chars.sp(t.charAt(p))) {
      return -1;
    }
    int r = p + 1;
    for (int k = 0; k < 3; k++) {
      int q = part(t, r, limit);
      if (q < 0) {
        break;
      }
      r = q;
    }
    int e = init(t, r, limit);
    if (e >= 0) {
      return e;
    }
    int q = prefix(t, r, limit);
    if (q >= 0) {
      e = nw(t, q, limit);
      if (e >= 0) {
        return e;
      }
    }
    return nw(t, r, limit);
  }

  /** {@code PART SP} at {@code r}: the end after the space, or -1. */
  private static int part(String t, int r, int limit) {
    int j = r;
    while (j < limit && j - r < PARTICLES.length && t.charAt(j) >= 'a' && t.charAt(j) <= 'z') {
      j++;
    }
    if (j == r || j >= limit || !Chars.sp(t.charAt(j))) {
      return -1;
    }
    return isPart(t, r, j - r) ? j + 1 : -1;
  }

  private static boolean isPart(String t, int r, int len) {
    if (len >= PARTICLES.length) {
      return false;
    }
    for (String part : PARTICLES[len]) {
      if (t.startsWith(part, r)) {
        return true;
      }
    }
    return false;
  }

  /** {@code (?:al|el|ad|ash|as|ar)[\-‑]} at {@code r}: the end, or -1. */
  private static int prefix(String t, int r, int limit) {
    char c0 = r < limit ? t.charAt(r) : 0;
    if (c0 < 'a' || c0 > 'z' || (PREFIX_FIRSTS & 1 << c0 - 'a') == 0) {
      return -1; // most often a capital: no prefix starts with it
    }
    for (String prefix : PREFIXES) {
      int h = r + prefix.length();
      if (h < limit && t.startsWith(prefix, r)) {
        char c = t.charAt(h);
        return c == '-' || c == '‑' ? h + 1 : -1; // "ash" before "as": after "as" comes 'h', not a hyphen
      }
    }
    return -1;
  }

  /** {@code INIT} at {@code r}: the end after the full stop, or -1. */
  private static int init(String t, int r, int limit) {
    int cp = Chars.cpAt(t, r, limit);
    if (cp < 0 || !Chars.lu(cp)) {
      return -1;
    }
    int d = r + Chars.width(cp);
    if (d >= limit || t.charAt(d) != '.') {
      return -1;
    }
    // (?=SP\p{Lu}) sees past the limit
    int s = d + 1;
    if (s + 1 >= t.length() || !Chars.sp(t.charAt(s)) || !Chars.lu(Chars.cpAt(t, s + 1, t.length()))) {
      return -1;
    }
    return d + 1;
  }

  /** {@code NW} at {@code r}: the end of its first match, or -1. */
  static int nw(String t, int r, int limit) {
    int cp = Chars.cpAt(t, r, limit);
    if (cp < 0 || !Chars.lu(cp)) {
      return -1;
    }
    int q = lowerRun(t, r + Chars.width(cp), limit);
    // (?:\p{Lu}[\p{Ll}\p{M}]+)?
    cp = Chars.cpAt(t, q, limit);
    if (cp >= 0 && Chars.lu(cp)) {
      int s = q + Chars.width(cp);
      int u = lowerRun(t, s, limit);
      if (u > s) {
        q = u;
      }
    }
    // (?:['’\-]\p{Lu}?[\p{Ll}\p{M}]+)*
    int prev = -1;
    while (q < limit) {
      char c = t.charAt(q);
      if (c != '\'' && c != '’' && c != '-') {
        break;
      }
      int s = q + 1;
      cp = Chars.cpAt(t, s, limit);
      if (cp >= 0 && Chars.lu(cp)) {
        s += Chars.width(cp);
      }
      int u = lowerRun(t, s, limit);
      if (u == s) {
        break;
      }
      prev = q;
      q = u;
    }
    // (?![\p{L}\p{M}\d]) sees past the limit
    int la = Chars.cpAt(t, q, t.length());
    if (la < 0 || !Chars.letterMarkDigit(la)) {
      return q;
    }
    return prev;
  }

  /** The end of the run of {@code [\p{Ll}\p{M}]} from {@code s}. */
  private static int lowerRun(String t, int s, int limit) {
    int q = s;
    while (q < limit) { // ASCII: [\p{Ll}\p{M}] is [a-z]
      char c = t.charAt(q);
      if (c >= 'a' && c <= 'z') {
        q++;
      } else if (c < 0x80) {
        return q;
      } else {
        break;
      }
    }
    while (true) {
      int cp = Chars.cpAt(t, q, limit);
      if (cp < 0 || !Chars.llOrMark(cp)) {
        return q;
      }
      q += Chars.width(cp);
    }
  }
}
