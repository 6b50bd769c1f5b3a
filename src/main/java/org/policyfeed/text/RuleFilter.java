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
 *       or a digit, and {@code MIN_REPEAT} characters before the end, whose first two and three
 *       characters may be those of such a word start before it (the rule removes a block only where it
 *       is really repeated, character for character);
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

  // what the filter needs to know of a character, for every char value: a 64 KB table built once
  private static final byte WS = 1;
  private static final byte TERMINAL = 1 << 1;
  private static final byte CLOSER = 1 << 2;
  private static final byte SIGN = 1 << 3; // & . ! ?
  private static final byte BYTE = 1 << 4; // made by a single-byte decoder from a byte of 0x80 or above
  private static final byte UPPER = 1 << 5;
  private static final byte DIGIT = 1 << 6;
  private static final byte[] CLASS = new byte[0x10000];

  /**
   * For the inner loop of {@link #mayChange}, what a char of a plain stretch tells on its own and with its
   * neighbour: {@link #STOP} for every char that ends the stretch (all with a {@link #CLASS} but a plain
   * space and a char that is only {@link #BYTE}); and two pairs of bits, one for the earlier char of a pair
   * and one, a bit higher, for the later: {@code STEP[a] & (STEP[b] >> 1)} is not zero exactly when the
   * pair {@code ab} is a space before a space, a line break or punctuation the whitespace rule pulls to the
   * word ({@link #SPACE_BEFORE}), or a byte char before a byte char ({@link #BYTE_BEFORE}).
   */
  private static final byte[] STEP = new byte[0x10000];
  private static final int STOP = 1;
  private static final int SPACE_BEFORE = 1 << 1;
  private static final int SPACE_AFTER = 1 << 2; // a space or a line break, , . ; : ! ? )
  private static final int BYTE_BEFORE = 1 << 3; // a char that is only BYTE (never a stop)
  private static final int BYTE_AFTER = 1 << 4; // any BYTE char

  static {
    for (int i = 0; i < CLASS.length; i++) {
      char c = (char) i;
      int f = 0;
      f |= TextShape.isWhitespace(c) ? WS : 0;
      f |= TextShape.isTerminal(c) ? TERMINAL : 0;
      f |= TextShape.isCloser(c) ? CLOSER : 0;
      f |= c == '&' || c == '.' || c == '!' || c == '?' ? SIGN : 0;
      f |= MojibakeRule.byteOf(c) >= 0 ? BYTE : 0;
      f |= Character.isUpperCase(c) ? UPPER : 0;
      f |= Character.isDigit(c) ? DIGIT : 0;
      CLASS[i] = (byte) f;
      int t = 0;
      if (f != 0 && c != ' ' && f != BYTE) {
        t |= STOP;
      }
      if (c == ' ') {
        t |= SPACE_BEFORE;
      }
      if ((f & WS) != 0 || WhitespaceRule.isClosingPunctuation(c)) {
        t |= SPACE_AFTER;
      }
      if (f == BYTE) {
        t |= BYTE_BEFORE;
      }
      if ((f & BYTE) != 0) {
        t |= BYTE_AFTER;
      }
      STEP[i] = (byte) t;
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
    // two small Bloom filters over the first two and three characters of those word starts: a glue
    // point can only repeat a block whose start reads as it does
    long starts2 = 0;
    long starts3 = 0;
    boolean glued = false;
    char prev = '\n'; // as if a line break came before the text: the first character starts a word
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int f = CLASS[c];
      if (f == 0) {
        // the common case, lower-case letters and most punctuation: skip the whole stretch, with the
        // single spaces between words that stay as they are, and letters such as é that a single-byte
        // decoder could have made; what such a char tells together with the next one is gathered
        // without a branch (see STEP) and read once the stretch ends, at a char that needs a closer look
        int last = 0; // STEP of the previous char of the stretch
        int pairs = 0;
        for (;;) {
          i++;
          if (i >= n) {
            break;
          }
          c = s.charAt(i);
          int t = STEP[c];
          pairs |= last & (t >> 1);
          if ((t & STOP) != 0) {
            int g = CLASS[c];
            if (g == UPPER || g == DIGIT) {
              // a capital or a digit, with nothing else to it, where nothing but the glue filters can
              // take note: at a word start (after a space) it goes into them, as the general path below
              // records it; a digit after a digit is no glue point
              char p = s.charAt(i - 1);
              if (p == ' ') {
                if (!glued && i + GluedFragmentRule.MIN_REPEAT <= n) {
                  if (firstStart < 0) {
                    firstStart = i;
                  }
                  char c1 = s.charAt(i + 1);
                  char c2 = s.charAt(i + 2);
                  starts2 |= 1L << pairBit(c, c1);
                  starts3 |= 1L << tripleBit(c, c1, c2);
                }
                last = t;
                continue;
              }
              if (g == DIGIT && (CLASS[p] & DIGIT) != 0) {
                last = t;
                continue;
              }
            }
            break;
          }
          last = t;
        }
        if ((pairs & SPACE_BEFORE) != 0) {
          bits |= WHITESPACE; // two spaces, a space and a line break, or a space before , . ; : ! ? )
        }
        if ((pairs & BYTE_BEFORE) != 0) {
          bits |= MOJIBAKE;
        }
        if (i >= n && s.charAt(n - 1) == ' ') {
          bits |= WHITESPACE; // a space at the end: removed
        }
        terminal = false;
        prev = s.charAt(i - 1);
        continue;
      }
      if ((f & WS) != 0) {
        // one whole run of spaces and line breaks
        int start = i;
        int newlines = 0;
        while (i < n && (CLASS[c = s.charAt(i)] & WS) != 0) {
          if (c == '\n') {
            newlines++;
          }
          i++;
        }
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
      if ((f & TERMINAL) != 0) {
        terminal = true;
      } else if ((f & CLOSER) == 0) {
        terminal = false;
      }
      if ((f & SIGN) != 0) {
        if (c == '&') {
          bits |= ENTITY;
        } else if (i >= 1 && i + 2 < n && TextShape.isUpperCase(s.charAt(i + 1))
            && TextShape.isLowerCase(s.charAt(i + 2))) {
          bits |= RUN_TOGETHER; // . ! ? before an upper-case and a lower-case letter
        }
      } else if ((f & BYTE) != 0 && i + 1 < n && (CLASS[s.charAt(i + 1)] & BYTE) != 0) {
        bits |= MOJIBAKE;
      }
      if (!glued && (f & (UPPER | DIGIT)) != 0 && i + GluedFragmentRule.MIN_REPEAT <= n) {
        if ((CLASS[prev] & WS) != 0) {
          if (firstStart < 0) {
            firstStart = i;
          }
          starts2 |= 1L << pairBit(c, s.charAt(i + 1));
          starts3 |= 1L << tripleBit(c, s.charAt(i + 1), s.charAt(i + 2));
        } else if (firstStart >= 0 && i - firstStart >= GluedFragmentRule.MIN_REPEAT
            && ((f & UPPER) != 0 || (!TextShape.isDigit(prev) && prev != '.' && prev != ','))
            && (starts2 & (1L << pairBit(c, s.charAt(i + 1)))) != 0
            && (starts3 & (1L << tripleBit(c, s.charAt(i + 1), s.charAt(i + 2)))) != 0) {
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

  private static int pairBit(char c0, char c1) {
    return (c0 * 31 + c1) & 63;
  }

  private static int tripleBit(char c0, char c1, char c2) {
    return ((c0 * 961 + c1 * 31 + c2) * 0x9E3779B9) >>> 26;
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
