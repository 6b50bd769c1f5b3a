package org.policyfeed.extract.rules;

/**
 * The short cue patterns of {@link Persons}, written by hand over a range {@code [from, to)} of a text so that the
 * range need not be copied out. Each method gives what the regex (in its comment) gives on
 * {@code t.substring(from, to)}: {@code ^} and {@code $} are the ends of that string, and {@code \b} sees nothing
 * outside it.
 */
final class PersonCues {
  private PersonCues() {}

  /**
   * {@code $} without MULTILINE at {@code q} of the string {@code [from, to)}: at the end, or before a final line
   * terminator ({@code \n}, {@code \r}, {@code \u0085}, {@code \u2028}, {@code \u2029}), or before a final
   * {@code \r\n}.
   */
  static boolean dollar(String t, int q, int from, int to) {
    if (q == to) {
      return true;
    }
    if (q == to - 1) {
      char c = t.charAt(q);
      if (c == '\n') {
        return !(q > from && t.charAt(q - 1) == '\r');
      }
      return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return q == to - 2 && t.charAt(q) == '\r' && t.charAt(q + 1) == '\n';
  }

  /** Whether {@code \b} sees a word char just before {@code i} in the string {@code [from, to)}. */
  static boolean wordBefore(String t, int i, int from) {
    if (i <= from) {
      return false;
    }
    int cp = t.charAt(i - 1);
    if (Character.isLowSurrogate((char) cp) && i - 2 >= from && Character.isHighSurrogate(t.charAt(i - 2))) {
      cp = Character.toCodePoint(t.charAt(i - 2), (char) cp);
    }
    return word(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(t, i - 1, from);
  }

  /** Whether {@code \b} sees a word char at {@code i} in the string {@code [from, to)}. */
  static boolean wordAt(String t, int i, int from, int to) {
    if (i >= to) {
      return false;
    }
    int cp = codePointAt(t, i, to);
    return word(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(t, i, from);
  }

  private static boolean word(int cp) {
    return cp == '_' || Character.isLetterOrDigit(cp);
  }

  /** Pattern's test for a base char: back from {@code i} over non-spacing marks to a letter or digit. */
  private static boolean hasBase(String t, int i, int from) {
    for (int x = i; x >= from; x--) {
      int cp = Character.codePointAt(t, x);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }

  /** {@code Character.codePointAt} on the string ending at {@code to}. */
  private static int codePointAt(String t, int i, int to) {
    char c = t.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(t.charAt(i + 1))) {
      return Character.toCodePoint(c, t.charAt(i + 1));
    }
    return c;
  }

  /**
   * {@code (?:^|[^\p{L}.])(H\.E\.|Dr\.|Mr\.|Ms\.|Mrs\.|Prof\.|Amb\.)SP$} found in {@code [from, to)}: group 1, or
   * null.
   */
  static String dottedHonorific(String t, int from, int to) {
    // the match ends with SP and $: SP is just before the end, a final terminator, or a final \r\n
    for (int q = to; q >= Math.max(from + 1, to - 2); q--) {
      if (!dollar(t, q, from, to) || !Chars.sp(t.charAt(q - 1))) {
        continue;
      }
      int e = q - 1;
      for (String h : HONORIFICS) {
        int s = e - h.length();
        if (s >= from && t.startsWith(h, s)) {
          if (s == from) {
            return h;
          }
          // [^\p{L}.] takes the code point before; find() never starts inside a surrogate pair
          int p = t.charAt(s - 1);
          if (Character.isLowSurrogate((char) p) && s - 2 >= from && Character.isHighSurrogate(t.charAt(s - 2))) {
            p = Character.toCodePoint(t.charAt(s - 2), (char) p);
          }
          if (!Character.isLetter(p) && p != '.') {
            return h;
          }
        }
      }
    }
    return null;
  }

  private static final String[] HONORIFICS = {"H.E.", "Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Amb."};

  /**
   * {@code ^SP(?:has SP)?(?:said|says|added|…|concluded)\b} (the speech verbs of {@link #SAID_AFTER_VERBS}) at the
   * start of {@code [from, to)}.
   */
  static boolean saidAfter(String t, int from, int to) {
    if (from >= to || !Chars.sp(t.charAt(from))) {
      return false;
    }
    int p = from + 1;
    if (p + 4 <= to && t.startsWith("has", p) && Chars.sp(t.charAt(p + 3)) && verbAt(t, p + 4, from, to)) {
      return true;
    }
    return verbAt(t, p, from, to);
  }

  static final String[] SAID_AFTER_VERBS = {"said", "says", "added", "adds", "explained", "stressed", "noted",
      "underlined", "underscored", "recalled", "highlighted", "emphasised", "emphasized", "welcomed", "summarised",
      "summarized", "presented", "opened", "argued", "described", "stated", "declared", "pointed", "praised",
      "remarked", "concluded"};

  private static boolean verbAt(String t, int p, int from, int to) {
    for (String v : SAID_AFTER_VERBS) {
      int e = p + v.length();
      if (e <= to && t.startsWith(v, p) && !wordAt(t, e, from, to)) {
        return true;
      }
    }
    return false;
  }

  static final String[] SAID_BEFORE_CUES = {"said", "says", "added", "explained", "stressed", "noted",
      "according to", "interview with", "speech of", "address by", "statement by", "moderated by", "chaired by",
      "hosted by", "led by", "opened by"};

  /**
   * {@code \b(?:said|says|…|opened by)SP$} found in the last 24 chars of {@code [from, to)} (the region
   * {@code Persons.saidBefore} gives it, with transparent bounds, so {@code \b} may look before the region).
   */
  static boolean saidBefore(String t, int from, int to) {
    int regionStart = Math.max(from, to - 24);
    for (int q = to; q >= Math.max(regionStart + 1, to - 2); q--) {
      if (!dollar(t, q, from, to) || !Chars.sp(t.charAt(q - 1))) {
        continue;
      }
      int e = q - 1;
      for (String c : SAID_BEFORE_CUES) {
        int s = e - c.length();
        if (s >= regionStart && t.startsWith(c, s) && !wordBefore(t, s, from)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code ^(?:By|by|Written by|Text by)SP$} looking at {@code [from, to)}. */
  static boolean byline(String t, int from, int to) {
    for (String b : BYLINES) {
      int q = from + b.length() + 1;
      if (q <= to && t.startsWith(b, from) && Chars.sp(t.charAt(q - 1)) && dollar(t, q, from, to)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] BYLINES = {"By", "by", "Written by", "Text by"};

  /**
   * {@code ^,SP(heading|leading|chairing|directing|who SP(?:heads|leads|chairs|directs))SP(?:the SP)?} looking at
   * {@code [from, to)}: the end, or -1.
   */
  static int heading(String t, int from, int to) {
    if (from + 2 > to || t.charAt(from) != ',' || !Chars.sp(t.charAt(from + 1))) {
      return -1;
    }
    int p = from + 2;
    int e = -1;
    for (String w : HEADING_WORDS) {
      if (p + w.length() <= to && t.startsWith(w, p)) {
        e = p + w.length();
        break;
      }
    }
    if (e < 0 && p + 4 <= to && t.startsWith("who", p) && Chars.sp(t.charAt(p + 3))) {
      for (String w : HEADS) {
        if (p + 4 + w.length() <= to && t.startsWith(w, p + 4)) {
          e = p + 4 + w.length();
          break;
        }
      }
    }
    if (e < 0 || e >= to || !Chars.sp(t.charAt(e))) {
      return -1;
    }
    e++;
    if (e + 4 <= to && t.startsWith("the", e) && Chars.sp(t.charAt(e + 3))) {
      e += 4;
    }
    return e;
  }

  private static final String[] HEADING_WORDS = {"heading", "leading", "chairing", "directing"};
  private static final String[] HEADS = {"heads", "leads", "chairs", "directs"};

  /** {@code ^SP(?:of|from)SP} looking at {@code [from, to)}: the end, or -1. */
  static int orgAfter(String t, int from, int to) {
    if (from >= to || !Chars.sp(t.charAt(from))) {
      return -1;
    }
    int p = from + 1;
    int e = p + 2 <= to && t.startsWith("of", p) ? p + 2 : p + 4 <= to && t.startsWith("from", p) ? p + 4 : -1;
    return e >= 0 && e < to && Chars.sp(t.charAt(e)) ? e + 1 : -1;
  }
}
