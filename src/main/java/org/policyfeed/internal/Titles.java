package org.policyfeed.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Splits "Category: headline" titles. */
public final class Titles {
  /** Short words a category may hold besides capitalised ones. */
  private static final Set<String> JOINERS = Set.of("of", "the", "and", "around", "in", "on", "for", "to", "at", "&");

  private Titles() {}

  /** The category and the headline; the category is null when the title has none. */
  public record Split(@Nullable String category, String headline) {}

  /**
   * Splits off a category: a short label before the first colon, one to five words, the first capitalised
   * and each other capitalised or a short joining word (of, the, and, around …), no digits, no sentence
   * punctuation, at most 40 characters, not ending in a full stop. "Project News:Combatting" (no space
   * after the colon) counts too. The same as matching the whole title against
   * <pre>{@code \s*(\p{Lu}[\p{L}'’&.\-]*(?:\s+(?:\p{Lu}[\p{L}'’&.\-]*|of|the|and|around|in|on|for|to|at|&)){0,4})\s*:\s*(\S.*)}</pre>
   * (dot matching newlines), without a regular expression.
   *
   * @param title the title as text
   * @return the category, or null, and the headline
   */
  public static Split split(String title) {
    String t = title.strip();
    int colon = t.indexOf(':');
    if (colon < 0) {
      return new Split(null, t);
    }
    int first = skipSpaces(t, 0);
    int end = first;
    int pos = first;
    for (int words = 0; pos < colon; words++) {
      int wordEnd = pos;
      while (wordEnd < colon && !isSpace(t.charAt(wordEnd))) {
        wordEnd++;
      }
      if (words == 5 || !(isCapitalised(t, pos, wordEnd) || words > 0 && JOINERS.contains(t.substring(pos, wordEnd)))) {
        return new Split(null, t);
      }
      end = wordEnd;
      pos = skipSpaces(t, wordEnd);
    }
    int headline = skipSpaces(t, colon + 1);
    if (end == first || headline == t.length() || end - first > 40 || t.charAt(end - 1) == '.') {
      return new Split(null, t);
    }
    return new Split(t.substring(first, end), t.substring(headline).strip());
  }

  /** {@code \p{Lu}[\p{L}'’&.\-]*} over {@code t[from, to)}. */
  private static boolean isCapitalised(String t, int from, int to) {
    if (from >= to) {
      return false;
    }
    int cp = t.codePointAt(from);
    if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
      return false;
    }
    for (int i = from + Character.charCount(cp); i < to; i += Character.charCount(cp)) {
      cp = t.codePointAt(i);
      if (!(Character.isLetter(cp) || cp == '\'' || cp == '’' || cp == '&' || cp == '.' || cp == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The regular-expression {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static int skipSpaces(String t, int from) {
    int i = from;
    while (i < t.length() && isSpace(t.charAt(i))) {
      i++;
    }
    return i;
  }
}
