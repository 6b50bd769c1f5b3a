package org.policyfeed.text;

/**
 * {@code run-together}: a sentence end glued to the next sentence, {@code participants.The} becomes
 * {@code participants. The}. A space is inserted after {@code .}, {@code !} or {@code ?} when the mark
 * follows a lower-case letter, a digit, a closing quotation mark or bracket, or an upper-case acronym
 * ({@code ICMPD.The}), and an upper-case letter followed by a lower-case one comes next.
 *
 * <p>Left alone: abbreviations and initials ({@code St.Gallen}, {@code Dr.Novak}, {@code J.R.R.}), words
 * that hold a full stop already ({@code U.S.}, {@code e.g.}), anything in a word with {@code @},
 * {@code /}, {@code \}, {@code _} or {@code www.} (e-mail addresses, URLs, domains, paths), a word whose
 * rest has another dot (file names such as {@code Handbook.Final.pdf}), upper-case extensions
 * ({@code report.PDF}), decimals, and a number that opens a line ({@code 1.Each}, a list item).
 */
final class RunTogetherRule implements RepairRule {
  static final String NAME = "run-together";
  /** Longest word looked at on either side of a candidate. */
  private static final int MAX_WORD = 200;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(String text, TextEditor editor) {
    int n = text.length();
    for (int i = 1; i + 2 < n; i++) {
      char c = text.charAt(i);
      if ((c != '.' && c != '!' && c != '?') || !Character.isUpperCase(text.charAt(i + 1))
          || !Character.isLowerCase(text.charAt(i + 2))) {
        continue;
      }
      if (isSentenceEnd(text, i)) {
        editor.replace(i + 1, i + 1, " ");
      }
    }
  }

  private static boolean isSentenceEnd(String text, int i) {
    char prev = text.charAt(i - 1);
    int wordStart = i;
    while (wordStart > 0 && !TextShape.isWhitespace(text.charAt(wordStart - 1))) {
      if (i - --wordStart > MAX_WORD) {
        return false; // no sentence has such a word; bounded work per candidate keeps the scan linear
      }
    }
    int wordEnd = i + 1;
    while (wordEnd < text.length() && !TextShape.isWhitespace(text.charAt(wordEnd))) {
      if (++wordEnd - i > MAX_WORD) {
        return false;
      }
    }
    for (int k = wordStart; k < wordEnd; k++) {
      char w = text.charAt(k);
      if (w == '@' || w == '/' || w == '\\' || w == '_') {
        return false;
      }
    }
    if (text.regionMatches(true, wordStart, "www.", 0, 4)) {
      return false;
    }
    for (int k = i + 2; k + 1 < wordEnd; k++) {
      if (text.charAt(k) == '.' && Character.isLetterOrDigit(text.charAt(k + 1))) {
        return false; // a file name or a dotted name: the rest of the word has another dot inside
      }
    }
    for (int k = i + 3; k < wordEnd; k++) {
      if (Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k - 1))) {
        return false; // "Border.ManagemPlease": a CamelCase rest is no sentence start
      }
    }
    char c = text.charAt(i);
    if (c == '.' && TextShape.isAbbreviationDot(text, i)) {
      return false;
    }
    if (Character.isLowerCase(prev) || TextShape.isCloser(prev)) {
      return true;
    }
    if (Character.isDigit(prev)) {
      int d = i - 1;
      while (d > wordStart && Character.isDigit(text.charAt(d - 1))) {
        d--;
      }
      boolean listNumber = d == wordStart && i - d <= 3 && (wordStart == 0 || text.charAt(wordStart - 1) == '\n');
      return !listNumber;
    }
    if (Character.isUpperCase(prev)) {
      int a = i - 1;
      while (a > wordStart && Character.isUpperCase(text.charAt(a - 1))) {
        a--;
      }
      return i - a >= 2 && (a == wordStart || !Character.isLetter(text.charAt(a - 1)));
    }
    return c != '.' && Character.isLetter(prev);
  }
}
