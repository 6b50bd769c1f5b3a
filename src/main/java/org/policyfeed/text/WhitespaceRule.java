package org.policyfeed.text;

import java.util.Set;

/**
 * {@code whitespace}: stray spaces and line breaks. Each maximal run of spaces, no-break spaces and line
 * breaks is looked at once:
 *
 * <ul>
 *   <li>at the start or the end of the text it is removed;
 *   <li>with two or more line breaks (an empty paragraph, a blank line holding spaces) it becomes one
 *       paragraph break, {@code "\n\n"}; spaces at the end of a line or the start of the next go with it,
 *       so trailing spaces and indented list items are trimmed;
 *   <li>with one line break it stays a line break before a list item and after a sentence end, a colon
 *       or a semicolon; it becomes a space where the line plainly goes on: the next line starts with a
 *       lower-case letter, or the line ends with a comma or a short function word ({@code of},
 *       {@code the}, {@code and}...). Other single line breaks (addresses, names over titles) stay;
 *   <li>without a line break, before {@code , . ; : ! ? )} that end a word it is removed
 *       ({@code "countries ,"}); an ellipsis after a space ({@code " ..."}) keeps its space;
 *   <li>a run of several spaces, or one that mixes kinds, becomes one space; a single no-break space
 *       between two words is kept, as the author may have meant it ({@code 12&nbsp;March}).
 * </ul>
 */
final class WhitespaceRule implements RepairRule {
  static final String NAME = "whitespace";

  /** Words after which a sentence cannot end, so a line break after them is inside a sentence. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "and", "or", "nor", "but", "to", "in", "on", "at", "by", "for", "from", "with",
      "as", "into", "onto", "than", "that", "which", "who", "whose", "whom", "its", "their", "his", "her",
      "our", "your", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
      "can", "could", "may", "might", "shall", "should", "must", "not", "between", "among", "under", "over",
      "about", "through", "during", "within", "without", "across", "towards", "toward", "upon", "via",
      "de", "la", "le", "les", "des", "du", "et", "der", "die", "das", "und", "von", "zu", "del", "y");
  private static final WordSet FUNCTION_WORD_SET = new WordSet(FUNCTION_WORDS);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(String text, TextEditor editor) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!TextShape.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      int newlines = 0;
      while (i < n && TextShape.isWhitespace(text.charAt(i))) {
        if (text.charAt(i) == '\n') {
          newlines++;
        }
        i++;
      }
      int e = i;
      String replacement;
      if (s == 0 || e == n) {
        replacement = "";
      } else if (newlines >= 2) {
        replacement = "\n\n";
      } else if (newlines == 1) {
        replacement = TextShape.isListMarker(text, e) || !continuesSentence(text, s, e) ? "\n" : " ";
      } else if (punctuationFollows(text, e)) {
        replacement = "";
      } else if (e - s == 1 && (text.charAt(s) == ' ' || text.charAt(s) == TextShape.NBSP)) {
        continue;
      } else {
        replacement = " ";
      }
      editor.replace(s, e, replacement);
    }
  }

  /** Whether a punctuation mark that closes a word or clause starts at {@code e}. */
  private static boolean punctuationFollows(String s, int e) {
    char c = s.charAt(e);
    if (!isClosingPunctuation(c)) {
      return false;
    }
    if (c == '.' && e + 1 < s.length() && s.charAt(e + 1) == '.') {
      return false; // an ellipsis written after a space
    }
    if (e + 1 >= s.length()) {
      return true;
    }
    char after = s.charAt(e + 1);
    return TextShape.isWhitespace(after) || TextShape.isCloser(after) || isClosingPunctuation(after);
  }

  /** One of {@code , . ; : ! ? )}. */
  static boolean isClosingPunctuation(char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
  }

  /** Whether the line break in {@code text[s, e)} falls inside a sentence. */
  static boolean continuesSentence(String text, int s, int e) {
    int p = s - 1;
    while (p >= 0 && TextShape.isCloser(text.charAt(p))) {
      p--;
    }
    if (p < 0) {
      return false;
    }
    char last = text.charAt(p);
    if (TextShape.isTerminal(last) || last == ':' || last == ';') {
      return false;
    }
    if (Character.isLowerCase(text.charAt(e))) {
      return true;
    }
    if (last == ',' && p == s - 1) {
      return true;
    }
    int w = s;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w < s && (w == 0 || TextShape.isWhitespace(text.charAt(w - 1)))
        && FUNCTION_WORD_SET.contains(text, w, s);
  }
}
