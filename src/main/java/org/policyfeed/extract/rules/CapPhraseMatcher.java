package org.policyfeed.extract.rules;

/**
 * {@link Doc#CAP_PHRASE} as a hand-written matcher. It replaces
 *
 * <pre>
 * CAPPHRASE = (?=\p{Lu})(?&lt;![\p{L}\p{M}\d]) CAPW (?:SP (?:CONN SP){0,2} CAPW){0,11}
 * CAPW      = \p{Lu}[\p{L}\p{M}\d'’\-]*
 * CONN      = (?:of|for|in|on|and|the|to|against|with|de|des|du|la|&amp;)
 * SP        = [ \u00a0]
 * </pre>
 *
 * <p>matched at one position over the whole text; it gives the same end. Every CAPW is greedy and may be the last
 * part of the match, so its longest run is taken (only there can a space follow); connectors are lower case or
 * {@code &} and followed by a space, so fewer of them never lets a CAPW start on one.
 */
final class CapPhraseMatcher {
  private CapPhraseMatcher() {}

  /** The end of the CAP_PHRASE match starting at {@code i}; -1 when none. */
  static int match(String t, int i) {
    int n = t.length();
    int cp = Chars.cpAt(t, i, n);
    if (cp < 0 || !Chars.lu(cp) || Chars.behindLetterMarkDigit(t, i)) {
      return -1;
    }
    int e = run(t, i + Chars.width(cp), n);
    for (int reps = 0; reps < 11; reps++) {
      if (e >= n || !Chars.sp(t.charAt(e))) {
        break;
      }
      int r = e + 1;
      for (int k = 0; k < 2; k++) {
        int q = conn(t, r, n);
        if (q < 0) {
          break;
        }
        r = q;
      }
      cp = Chars.cpAt(t, r, n);
      if (cp < 0 || !Chars.lu(cp)) {
        break;
      }
      e = run(t, r + Chars.width(cp), n);
    }
    return e;
  }

  /** The end of the run of {@code [\p{L}\p{M}\d'’\-]} from {@code s}. */
  private static int run(String t, int s, int n) {
    int q = s;
    while (q < n) {
      char c = t.charAt(q);
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '-') {
          q++;
          continue;
        }
        return q;
      }
      if (c == '’') {
        q++;
        continue;
      }
      int cp = Chars.cpAt(t, q, n);
      if (!Chars.letterMarkDigit(cp)) {
        return q;
      }
      q += Chars.width(cp);
    }
    return q;
  }

  /** {@code CONN SP} at {@code r}: the end after the space, or -1. */
  private static int conn(String t, int r, int n) {
    int j = r;
    while (j < n && j - r < 8 && !Chars.sp(t.charAt(j))) {
      j++;
    }
    if (j >= n || !Chars.sp(t.charAt(j))) {
      return -1;
    }
    switch (j - r) {
      case 1:
        return t.charAt(r) == '&' ? j + 1 : -1;
      case 2:
        return t.startsWith("of", r) || t.startsWith("in", r) || t.startsWith("on", r) || t.startsWith("to", r)
            || t.startsWith("de", r) || t.startsWith("du", r) || t.startsWith("la", r) ? j + 1 : -1;
      case 3:
        return t.startsWith("for", r) || t.startsWith("and", r) || t.startsWith("the", r) || t.startsWith("des", r)
            ? j + 1 : -1;
      case 4:
        return t.startsWith("with", r) ? j + 1 : -1;
      case 7:
        return t.startsWith("against", r) ? j + 1 : -1;
      default:
        return -1;
    }
  }
}
