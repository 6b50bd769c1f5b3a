package org.policyfeed.text;

/**
 * One cheap pass over a text that tells which repair rules cannot change it, so that the stage can skip
 * them without allocating anything. Each bit stands for a condition the text must meet for its rule to
 * make any change at all; a set bit means "may change", never "will". The conditions are necessary ones,
 * read off each rule:
 *
 * <ul>
 *   <li>{@link #ENTITY}: an {@code &} (the rule starts at each {@code &});
 *   <li>{@link #MOJIBAKE}: two neighbouring characters a single-byte decoder makes from bytes of 0x80 or
 *       above (the rule looks only at such runs of two or more);
 *   <li>{@link #WHITESPACE}: a run of spaces and line breaks that the rule may write differently: one at
 *       the start or the end, one with two or more line breaks other than exactly {@code "\n\n"}, a lone
 *       line break that the rule would turn into a space (decided as the rule decides it), a line break
 *       with spaces, a run of two or more spaces, a single space character other than a space or a
 *       no-break space, or a single space or no-break space before one of {@code , . ; : ! ? )};
 *   <li>{@link #RUN_TOGETHER}: {@code .}, {@code !} or {@code ?} after the first character, followed by
 *       an upper-case and a lower-case letter (the rule's candidates);
 *   <li>{@link #GLUED}: at least {@code 2 * MIN_REPEAT} characters and a glue point (a character that is
 *       not a space followed by an upper-case letter or, not after a digit, {@code .} or {@code ,}, a
 *       digit) at least {@code MIN_REPEAT} characters after the first word start of an upper-case letter
 *       or a digit, and {@code MIN_REPEAT} characters before the end;
 *   <li>{@link #PARAGRAPH}: a blank line, that is a run of spaces and line breaks holding two line breaks
 *       (without one there is one paragraph);
 *   <li>{@link #SENTENCES}: at least {@code 2 * MIN_CHARS} characters and two places where a sentence
 *       may end: the end of the text or a space or line break, after sentence-final punctuation and any
 *       closing quotes or brackets (two equal sentences need two such ends).
 * </ul>
 *
 * <p>The filter holds for the text it was computed on; once a rule has changed the text, the stage
 * computes it again.
 */
final class RuleFilter {
  private RuleFilter() {}

  static final int ENTITY = 1;
  static final int MOJIBAKE = 1 << 1;
  static final int WHITESPACE = 1 << 2;
  static final int RUN_TOGETHER = 1 << 3;
  static final int GLUED = 1 << 4;
  static final int PARAGRAPH = 1 << 5;
  static final int SENTENCES = 1 << 6;

  /**
   * The ASCII characters the filter need not look at one by one: everything but spaces and line breaks,
   * {@code .!?}, closing quotes and brackets, {@code &}, upper-case letters and digits. After one of them
   * no sentence ends and no glue point or word start is in question.
   */
  private static final boolean[] PLAIN = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      PLAIN[c] = !TextShape.isWhitespace(c) && !TextShape.isTerminal(c) && !TextShape.isCloser(c) && c != '&'
          && !TextShape.isUpperCase(c) && !TextShape.isDigit(c);
    }
  }

  /** The bits of the rules that may change {@code s}. */
  static int mayChange(String s) {
    int n = s.length();
    if (n == 0) {
      return 0;
    }
    int bits = 0;
    int sentenceEnds = 0;
    // sentence-final punctuation seen, with nothing but closing quotes and brackets since
    boolean terminal = false;
    // the first word start of an upper-case letter or a digit, or -1
    int firstStart = -1;
    boolean glued = false;
    char prev = '\n'; // as if a line break came before the text: the first character starts a word
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80 && PLAIN[c]) {
        // the common case, lower-case letters and most punctuation: skip the whole stretch
        do {
          i++;
        } while (i < n && (c = s.charAt(i)) < 0x80 && PLAIN[c]);
        terminal = false;
        prev = s.charAt(i - 1);
        continue;
      }
      if (TextShape.isWhitespace(c)) {
        // one whole run of spaces and line breaks
        int start = i;
        int newlines = 0;
        while (i < n && TextShape.isWhitespace(s.charAt(i))) {
          if (s.charAt(i) == '\n') {
            newlines++;
          }
          i++;
        }
        int len = i - start;
        if (terminal) {
          sentenceEnds++;
          terminal = false;
        }
        if (newlines >= 2) {
          bits |= PARAGRAPH;
        }
        if ((bits & WHITESPACE) == 0 && whitespaceChanges(s, start, i, newlines)) {
          bits |= WHITESPACE;
        }
        prev = s.charAt(i - 1);
        continue;
      }
      if (TextShape.isTerminal(c)) {
        terminal = true;
      } else if (!TextShape.isCloser(c)) {
        terminal = false;
      }
      if (c == '&') {
        bits |= ENTITY;
      } else if ((c == '.' || c == '!' || c == '?') && i >= 1 && i + 2 < n
          && TextShape.isUpperCase(s.charAt(i + 1)) && TextShape.isLowerCase(s.charAt(i + 2))) {
        bits |= RUN_TOGETHER;
      } else if (c >= 0x80 && i + 1 < n && MojibakeRule.byteOf(c) >= 0 && MojibakeRule.byteOf(s.charAt(i + 1)) >= 0) {
        bits |= MOJIBAKE;
      }
      if (!glued && (TextShape.isUpperCase(c) || TextShape.isDigit(c))) {
        if (TextShape.isWhitespace(prev)) {
          if (firstStart < 0) {
            firstStart = i;
          }
        } else if (firstStart >= 0 && i - firstStart >= GluedFragmentRule.MIN_REPEAT
            && i + GluedFragmentRule.MIN_REPEAT <= n
            && (TextShape.isUpperCase(c) || (!TextShape.isDigit(prev) && prev != '.' && prev != ','))) {
          glued = true;
        }
      }
      prev = c;
      i++;
    }
    if (terminal) {
      sentenceEnds++; // the end of the text
    }
    if (glued && n >= 2 * GluedFragmentRule.MIN_REPEAT) {
      bits |= GLUED;
    }
    if (sentenceEnds >= 2 && n >= 2 * RepeatedSentencesRule.MIN_CHARS) {
      bits |= SENTENCES;
    }
    return bits;
  }

  /**
   * Whether the whitespace rule would write the run {@code s[start, end)} of spaces and line breaks, with
   * {@code newlines} line breaks in it, differently (see {@link WhitespaceRule}).
   */
  private static boolean whitespaceChanges(String s, int start, int end, int newlines) {
    int len = end - start;
    if (start == 0 || end == s.length()) {
      return true; // removed
    }
    if (newlines >= 2) {
      return !(newlines == 2 && len == 2); // becomes "\n\n"
    }
    if (newlines == 1) {
      // becomes "\n" or " ": a change unless it is a lone line break the rule keeps
      return len > 1 || !(TextShape.isListMarker(s, end) || !WhitespaceRule.continuesSentence(s, start, end));
    }
    char c = s.charAt(start);
    return len > 1 || (c != ' ' && c != TextShape.NBSP) || WhitespaceRule.isClosingPunctuation(s.charAt(end));
  }
}
