package org.policyfeed.text;

import java.util.Set;

/**
 * What the repair rules share about the plain-text form: which characters are spaces, where list items,
 * lines and paragraphs start, which dotted words are abbreviations, and where sentences end.
 */
final class TextShape {
  private TextShape() {}

  static final char NBSP = '\u00a0';

  /**
   * Words that are written with a full stop but do not end a sentence when a capital follows, compared
   * without the stop. Case matters: {@code No} is an abbreviation, {@code no} is a word.
   */
  static final Set<String> ABBREVIATIONS = Set.of(
      "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Ste", "Mt", "Fr", "Rev", "Hon", "Gen", "Col",
      "Capt", "Lt", "Sgt", "Gov", "Sen", "Rep", "Pres", "Amb", "Min", "Dir", "Dept", "Univ", "Assoc",
      "Inc", "Ltd", "Co", "Corp", "Bros", "No", "Nos", "Nr", "Art", "Arts", "Sect", "Sec", "Para", "Ch",
      "Chap", "Vol", "Vols", "Fig", "Figs", "Tab", "Ref", "Ed", "Eds", "Nat", "Int", "Intl", "pp", "p",
      "cf", "vs", "etc", "approx", "incl", "excl", "esp", "ca", "al", "ibid", "viz", "resp", "min", "max",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue",
      "Wed", "Thu", "Fri", "Sat", "Sun", "tel", "Tel", "fax", "Fax", "Abs", "Nb", "Bd", "Str", "Hr", "Hrn",
      "Frau", "Herr", "Mme", "Mlle", "Sra", "Dott", "Ing", "Mag");

  private static final WordSet ABBREVIATION_SET = new WordSet(ABBREVIATIONS);

  /** A space inside a line: space, tab, no-break space and the other Unicode space separators. */
  static boolean isSpace(char c) {
    if (c > ' ' && c < NBSP) {
      return false; // the common case: printable ASCII and C1
    }
    return c == ' ' || c == '\t' || c == NBSP || c == '\r' || c == '\f' || c == '\u2007' || c == '\u202f'
        || (c >= '\u2000' && c <= '\u200a') || c == '\u3000';
  }

  /** {@link Character#isUpperCase(char)}, with ASCII answered without a table look-up. */
  static boolean isUpperCase(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** {@link Character#isLowerCase(char)}, with ASCII answered without a table look-up. */
  static boolean isLowerCase(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  /** {@link Character#isDigit(char)}, with ASCII answered without a table look-up. */
  static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** A space or a line break. */
  static boolean isWhitespace(char c) {
    if (c > ' ' && c < NBSP) {
      return false;
    }
    return c == '\n' || isSpace(c);
  }

  /** Closing quotation marks and brackets that may follow a sentence's final punctuation. */
  static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == '\u00bb' || c == '\u203a'
        || c == ')' || c == ']';
  }

  /** Opening quotation marks. */
  static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\u2039' || c == '\u2018'
        || c == '\u201a';
  }

  /** Punctuation that ends a sentence. */
  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /**
   * Whether a list item starts at {@code i}: {@code "• "} (or another bullet) or a number of up to three
   * digits followed by {@code ". "} or {@code ") "}.
   */
  static boolean isListMarker(String s, int i) {
    int n = s.length();
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    if (c == '\u2022' || c == '\u25e6' || c == '\u25aa' || c == '\u2023' || c == '\u2043' || c == '-'
        || c == '*' || c == '\u2013') {
      return i + 1 < n && isSpace(s.charAt(i + 1));
    }
    int j = i;
    while (j < n && j - i < 3 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    return j > i && j + 1 < n && (s.charAt(j) == '.' || s.charAt(j) == ')') && isSpace(s.charAt(j + 1));
  }

  /** The start of the line that contains {@code i}. */
  static int lineStart(String s, int i) {
    int p = s.lastIndexOf('\n', i - 1);
    return p + 1;
  }

  /** The end of the line that contains {@code i} (the position of its line break, or the text's end). */
  static int lineEnd(String s, int i) {
    int p = s.indexOf('\n', i);
    return p < 0 ? s.length() : p;
  }

  /**
   * Whether the full stop at {@code dot} belongs to an abbreviation, an initial or a dotted short form
   * rather than ending a sentence: the word before it is in {@link #ABBREVIATIONS}, is a single letter,
   * or itself contains a full stop ({@code U.S}, {@code e.g}, {@code a.m}).
   */
  static boolean isAbbreviationDot(String s, int dot) {
    int start = dot;
    while (start > 0 && dot - start < 100) {
      char c = s.charAt(start - 1);
      if (isWhitespace(c) || c == '(' || c == '[' || isOpeningQuote(c) || c == '/') {
        break;
      }
      start--;
    }
    if (start == dot) {
      return false;
    }
    // the word is s[start, dot); looked at in place, without a substring
    for (int k = start; k < dot; k++) {
      if (s.charAt(k) == '.') {
        return true;
      }
    }
    if (Character.codePointCount(s, start, dot) == 1 && Character.isLetter(Character.codePointAt(s, start))) {
      return true;
    }
    return ABBREVIATION_SET.contains(s, start, dot);
  }

  /** Counts words (runs of non-space characters) in {@code s[start, end)}. */
  static int words(String s, int start, int end) {
    int n = 0;
    boolean in = false;
    for (int i = start; i < end; i++) {
      boolean w = !isWhitespace(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** Whether {@code s[start, end)} holds at least {@code k} words; stops counting at {@code k}. */
  static boolean hasWords(String s, int start, int end, int k) {
    int n = 0;
    boolean in = false;
    for (int i = start; i < end; i++) {
      boolean w = !isWhitespace(s.charAt(i));
      if (w && !in && ++n >= k) {
        return true;
      }
      in = w;
    }
    return n >= k;
  }

  /**
   * Finds the end of the sentence that starts at {@code start} within {@code s[start, limit)}: the
   * position just after its final punctuation and any closing quotes or brackets, when a space and a
   * character that is not a lower-case letter follow; otherwise {@code limit}. A full stop of an
   * abbreviation or an initial does not end a sentence.
   */
  static int sentenceEnd(String s, int start, int limit) {
    return sentenceEnd(s, start, limit, new TerminalFinder(s));
  }

  /**
   * {@link #sentenceEnd(String, int, int)}, with a finder over {@code s} that a caller walking through
   * the text's sentences keeps from one to the next: the punctuation that may end a sentence is found
   * with it rather than by a look at each char.
   */
  static int sentenceEnd(String s, int start, int limit, TerminalFinder terminals) {
    int i = start;
    while (true) {
      i = terminals.next(i, limit);
      if (i >= limit) {
        return limit;
      }
      char c = s.charAt(i);
      int e = i + 1;
      while (e < limit && (isTerminal(s.charAt(e)) || isCloser(s.charAt(e)))) {
        e++;
      }
      if (e >= limit) {
        return limit;
      }
      if (isSpace(s.charAt(e))) {
        int k = e;
        while (k < limit && isSpace(s.charAt(k))) {
          k++;
        }
        if (k >= limit) {
          return e;
        }
        // a lower-case letter next, or an abbreviation's full stop: the sentence goes on
        if (!Character.isLowerCase(s.charAt(k)) && !(c == '.' && e == i + 1 && isAbbreviationDot(s, i))) {
          return e;
        }
      }
      i = e;
    }
  }

  /**
   * The paragraphs of {@code s} as {@code [start, end)} pairs, without the blank lines between them and
   * without spaces at either end. A paragraph is a run of lines that hold something other than spaces.
   */
  static int[] paragraphs(String s) {
    int[] out = new int[16];
    int count = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int end = i;
      while (i < n) {
        int le = lineEnd(s, i);
        int last = le;
        while (last > i && isSpace(s.charAt(last - 1))) {
          last--;
        }
        if (last > i) {
          end = last;
        } else if (i > start) {
          break; // a blank line ends the paragraph
        }
        i = le + 1;
        if (le >= n) {
          break;
        }
        int k = i;
        while (k < n && isSpace(s.charAt(k))) {
          k++;
        }
        if (k >= n || s.charAt(k) == '\n') {
          break;
        }
      }
      if (count + 2 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[count++] = start;
      out[count++] = end;
    }
    return java.util.Arrays.copyOf(out, count);
  }

  /** {@code s[start, end)} with every run of spaces and line breaks turned into one space. */
  static String normalised(String s, int start, int end) {
    // the common case: single spaces between words, nothing at either end; a plain copy
    boolean clean = true;
    boolean prevSpace = true;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isWhitespace(c)) {
        if (c != ' ' || prevSpace) {
          clean = false;
          break;
        }
        prevSpace = true;
      } else {
        prevSpace = false;
      }
    }
    if (clean && !prevSpace) {
      return s.substring(start, end);
    }
    if (clean && start == end) {
      return "";
    }
    StringBuilder sb = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isWhitespace(c)) {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether {@code s[start, end)} ends with sentence-final punctuation, closing quotes aside. */
  static boolean endsSentence(String s, int start, int end) {
    int p = end - 1;
    while (p >= start && isCloser(s.charAt(p))) {
      p--;
    }
    return p >= start && isTerminal(s.charAt(p));
  }
}
