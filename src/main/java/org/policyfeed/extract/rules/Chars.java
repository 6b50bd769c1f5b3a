package org.policyfeed.extract.rules;

/**
 * Character classes as {@link java.util.regex.Pattern} sees them, for the hand-written matchers.
 *
 * <p>Pattern reads code points: {@code \p{Lu}} at a high surrogate followed by a low one tests the whole
 * supplementary character, and a lone surrogate is tested as itself (category {@code Cs}, in no class used here).
 * A one-char look-behind such as {@code (?<![\p{L}])} tests {@code Character.codePointAt(text, i - 1)} and needs it to
 * end at {@code i}: a low surrogate before {@code i} is tested alone, so it never blocks. {@code \d} is ASCII only
 * (no {@code UNICODE_CHARACTER_CLASS}).
 */
final class Chars {
  private Chars() {}

  /** {@link Character#getType(int)} of every char below {@code U+0800} (Latin, Greek, Cyrillic, Hebrew, Arabic). */
  private static final byte[] TYPES = new byte[0x800];

  static {
    for (int c = 0; c < TYPES.length; c++) {
      TYPES[c] = (byte) Character.getType(c);
    }
  }

  /** {@link Character#getType(int)}, from a table for small code points. */
  static int type(int cp) {
    return cp < 0x800 ? TYPES[cp] : Character.getType(cp);
  }

  /** {@code [ \u00a0]}, the {@link Doc#SP} class. */
  static boolean sp(char c) {
    return c == ' ' || c == '\u00a0';
  }

  /** {@code \p{Lu}}. */
  static boolean lu(int cp) {
    return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : type(cp) == Character.UPPERCASE_LETTER;
  }

  /** {@code [\p{Ll}\p{M}]}. */
  static boolean llOrMark(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z';
    }
    int type = type(cp);
    return type == Character.LOWERCASE_LETTER || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** {@code [\p{L}\p{M}\d]}. */
  static boolean letterMarkDigit(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    // letters (Lu, Ll, Lt, Lm, Lo) and marks (Mn, Me, Mc): types 1 to 8
    int type = type(cp);
    return type >= Character.UPPERCASE_LETTER && type <= Character.COMBINING_SPACING_MARK;
  }

  /** {@code \p{M}}. */
  static boolean mark(int cp) {
    int type = type(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The code point a Pattern char class tests at {@code i} when it may consume chars only up to {@code limit}:
   * the code point at {@code i}, or -1 when it does not fit before the limit (then no class used here matches).
   */
  static int cpAt(String t, int i, int limit) {
    if (i >= limit) {
      return -1;
    }
    char c = t.charAt(i);
    if (!Character.isHighSurrogate(c) || i + 1 >= t.length()) {
      return c;
    }
    char d = t.charAt(i + 1);
    if (!Character.isLowSurrogate(d)) {
      return c;
    }
    return i + 2 <= limit ? Character.toCodePoint(c, d) : -1;
  }

  /** Chars taken by a code point returned by {@link #cpAt}. */
  static int width(int cp) {
    return cp >= 0x10000 ? 2 : 1;
  }

  /**
   * Whether the char before {@code i} is in {@code [\p{L}\p{M}\d]} as a one-char look-behind sees it: a char that
   * is not a surrogate and is in the class.
   */
  static boolean behindLetterMarkDigit(String t, int i) {
    if (i == 0) {
      return false;
    }
    char c = t.charAt(i - 1);
    return !Character.isSurrogate(c) && letterMarkDigit(c);
  }
}
