package org.policyfeed.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Field;
import org.policyfeed.model.Repair;

/**
 * A frozen copy of the repair stage as it was before it was made fast (commit 6694912), kept only as the
 * reference for {@code RepairDifferentialTest}: the fast stage must give the same text and the same
 * repairs on every input. Do not change it.
 */
@SuppressWarnings("all")
final class LegacyRepair {
  private LegacyRepair() {}

  /**
   * What the repair rules share about the plain-text form: which characters are spaces, where list items,
   * lines and paragraphs start, which dotted words are abbreviations, and where sentences end.
   */
  static final class TextShape {
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

    /** A space inside a line: space, tab, no-break space and the other Unicode space separators. */
    static boolean isSpace(char c) {
      if (c > ' ' && c < NBSP) {
        return false; // the common case: printable ASCII and C1
      }
      return c == ' ' || c == '\t' || c == NBSP || c == '\r' || c == '\f' || c == '\u2007' || c == '\u202f'
          || (c >= '\u2000' && c <= '\u200a') || c == '\u3000';
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
      String word = s.substring(start, dot);
      if (word.indexOf('.') >= 0) {
        return true;
      }
      if (word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0))) {
        return true;
      }
      return ABBREVIATIONS.contains(word);
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

    /**
     * Finds the end of the sentence that starts at {@code start} within {@code s[start, limit)}: the
     * position just after its final punctuation and any closing quotes or brackets, when a space and a
     * character that is not a lower-case letter follow; otherwise {@code limit}. A full stop of an
     * abbreviation or an initial does not end a sentence.
     */
    static int sentenceEnd(String s, int start, int limit) {
      int i = start;
      while (i < limit) {
        char c = s.charAt(i);
        if (isTerminal(c)) {
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
            char next = s.charAt(k);
            boolean abbreviation = c == '.' && e == i + 1 && isAbbreviationDot(s, i);
            if (!Character.isLowerCase(next) && !abbreviation) {
              return e;
            }
          }
          i = e;
        } else {
          i++;
        }
      }
      return limit;
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

  /**
   * Builds a rule's output from its input and remembers every change: where it was in the input, what it
   * replaced and where the replacement landed in the output. Changes must come in increasing order of
   * position and must not overlap. Not thread-safe; one editor serves one rule run.
   */
  static final class TextEditor {
    private final String in;
    private @Nullable StringBuilder out;
    private int cursor;
    private int count;
    private int[] inStart = new int[8];
    private int[] inEnd = new int[8];
    private int[] outStart = new int[8];
    private String[] after = new String[8];

    TextEditor(String in) {
      this.in = in;
    }

    /** The input text. */
    String input() {
      return in;
    }

    /** The input position up to which the output is settled; the next change may not start before it. */
    int cursor() {
      return cursor;
    }

    /**
     * Replaces {@code in[start, end)} with {@code replacement}. A replacement equal to the original text is
     * ignored.
     */
    void replace(int start, int end, String replacement) {
      if (start < cursor || end < start || end > in.length()) {
        throw new IllegalArgumentException("edit [" + start + ", " + end + ") after cursor " + cursor
            + " in a text of " + in.length());
      }
      if (end - start == replacement.length() && in.regionMatches(start, replacement, 0, end - start)) {
        return;
      }
      if (out == null) {
        out = new StringBuilder(in.length());
      }
      out.append(in, cursor, start);
      if (count == inStart.length) {
        int n = count * 2;
        inStart = Arrays.copyOf(inStart, n);
        inEnd = Arrays.copyOf(inEnd, n);
        outStart = Arrays.copyOf(outStart, n);
        after = Arrays.copyOf(after, n);
      }
      inStart[count] = start;
      inEnd[count] = end;
      outStart[count] = out.length();
      after[count] = replacement;
      count++;
      out.append(replacement);
      cursor = end;
    }

    /** Removes {@code in[start, end)}. */
    void delete(int start, int end) {
      replace(start, end, "");
    }

    /** Whether any change was made. */
    boolean changed() {
      return count > 0;
    }

    /** The number of changes. */
    int size() {
      return count;
    }

    int inStart(int i) {
      return inStart[i];
    }

    int inEnd(int i) {
      return inEnd[i];
    }

    int outStart(int i) {
      return outStart[i];
    }

    String before(int i) {
      return in.substring(inStart[i], inEnd[i]);
    }

    String after(int i) {
      return after[i];
    }

    /** The output: the input with every change applied. Call once, after the last change. */
    String result() {
      if (out == null) {
        return in;
      }
      out.append(in, cursor, in.length());
      cursor = in.length();
      return out.toString();
    }

    /**
     * Where input position {@code p} ends up in the output: shifted by the changes before it, or the start
     * of the replacement when a change swallowed it.
     */
    int map(int p) {
      int lo = 0;
      int hi = count - 1;
      int j = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (inStart[mid] <= p) {
          j = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (j < 0) {
        return p;
      }
      if (inEnd[j] > p) {
        return outStart[j];
      }
      return p + (outStart[j] + after[j].length() - inEnd[j]);
    }
  }

  /**
   * One named repair rule. A rule reads the whole text of one field and writes its changes, left to
   * right, into a {@link TextEditor}; it never edits the text in place. Implementations are stateless and
   * thread-safe, and run in time linear in the length of the text.
   */
  interface RepairRule {

    /**
     * The rule's name, recorded as {@link org.policyfeed.model.Repair#kind()}.
     *
     * @return a lower-case, hyphenated name such as {@code run-together}
     */
    String name();

    /**
     * Finds the damage this rule repairs and records each change in {@code editor}, in increasing order
     * of position and without overlaps.
     *
     * @param text the field's text as left by the rules before this one
     * @param editor an editor over {@code text}
     */
    void apply(String text, TextEditor editor);
  }

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
  static final class WhitespaceRule implements RepairRule {
    static final String NAME = "whitespace";

    /** Words after which a sentence cannot end, so a line break after them is inside a sentence. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
        "a", "an", "the", "of", "and", "or", "nor", "but", "to", "in", "on", "at", "by", "for", "from", "with",
        "as", "into", "onto", "than", "that", "which", "who", "whose", "whom", "its", "their", "his", "her",
        "our", "your", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
        "can", "could", "may", "might", "shall", "should", "must", "not", "between", "among", "under", "over",
        "about", "through", "during", "within", "without", "across", "towards", "toward", "upon", "via",
        "de", "la", "le", "les", "des", "du", "et", "der", "die", "das", "und", "von", "zu", "del", "y");

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
      if (",.;:!?)".indexOf(c) < 0) {
        return false;
      }
      if (c == '.' && e + 1 < s.length() && s.charAt(e + 1) == '.') {
        return false; // an ellipsis written after a space
      }
      if (e + 1 >= s.length()) {
        return true;
      }
      char after = s.charAt(e + 1);
      return TextShape.isWhitespace(after) || TextShape.isCloser(after) || ",.;:!?)".indexOf(after) >= 0;
    }

    /** Whether the line break in {@code text[s, e)} falls inside a sentence. */
    private static boolean continuesSentence(String text, int s, int e) {
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
          && FUNCTION_WORDS.contains(text.substring(w, s));
    }
  }

  /**
   * {@code mojibake}: UTF-8 bytes that were decoded as Windows-1252 or ISO-8859-1, once or several times
   * ({@code â€™} for {@code ’}, {@code Ã¶} for {@code ö}, {@code Ã¢â‚¬â„¢} for {@code ’} after two layers).
   *
   * <p>The rule looks only at runs of characters that a Windows-1252 or Latin-1 decoder can produce from a
   * byte of 0x80 or above. Each run is turned back into those bytes and re-read as UTF-8 piece by piece:
   * a piece is replaced only where the bytes form a complete, well-formed UTF-8 multi-byte sequence (no
   * overlong form, no surrogate) of a plausible character; every other byte keeps its character. This is
   * repeated, up to four layers, while it changes something. Legitimate text such as {@code São},
   * {@code âge}, {@code SÃO} or {@code INTEGRAÇÃO} is left alone: there a lead byte is followed by ASCII
   * or by another lead byte, which is no UTF-8.
   *
   * <p>Two-byte sequences must decode to a letter of the Latin, Greek, Cyrillic, Armenian, Hebrew or Arabic
   * blocks or to a Latin-1 sign; a non-Latin letter is not accepted right next to an ASCII letter (in
   * {@code ADIÓ”} the {@code Ó”} would read as the Cyrillic {@code Ӕ}).
   */
  static final class MojibakeRule implements RepairRule {
    static final String NAME = "mojibake";
    private static final int MAX_LAYERS = 4;
    /** For each character below U+2200: the byte a single-byte decoder made it from, or -1. */
    private static final short[] BYTE_OF = new short[0x2200];

    static {
      java.util.Arrays.fill(BYTE_OF, (short) -1);
      for (int b = 0x80; b <= 0xff; b++) {
        BYTE_OF[b] = (short) b; // ISO-8859-1, and Windows-1252 above 0x9f
      }
      Charset cp1252 = Charset.forName("windows-1252");
      for (int b = 0x80; b <= 0x9f; b++) {
        CharBuffer c = cp1252.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
        char ch = c.get(0);
        if (ch != '\ufffd') {
          BYTE_OF[ch] = (short) b;
        }
      }
    }

    @Override
    public String name() {
      return NAME;
    }

    static int byteOf(char c) {
      return c < BYTE_OF.length ? BYTE_OF[c] : -1;
    }

    @Override
    public void apply(String text, TextEditor editor) {
      int n = text.length();
      int i = 0;
      while (i < n) {
        if (byteOf(text.charAt(i)) < 0) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < n && byteOf(text.charAt(end)) >= 0) {
          end++;
        }
        if (end - i >= 2) {
          String run = text.substring(i, end);
          char before = i > 0 ? text.charAt(i - 1) : ' ';
          char after = end < n ? text.charAt(end) : ' ';
          // Inner layers may hold characters that only make sense as bytes of the next layer (C1 controls,
          // ˆ, ˜); accept them in between, but only if none is left over at the end.
          String fixed = layers(run, before, after, true);
          if (intermediates(fixed) > intermediates(run)) {
            fixed = layers(run, before, after, false);
          }
          if (!fixed.equals(run)) {
            // one repair per changed stretch, not per run: unchanged characters at either end stay out
            int a = 0;
            while (a < run.length() && a < fixed.length() && run.charAt(a) == fixed.charAt(a)) {
              a++;
            }
            int b = 0;
            while (b < run.length() - a && b < fixed.length() - a
                && run.charAt(run.length() - 1 - b) == fixed.charAt(fixed.length() - 1 - b)) {
              b++;
            }
            editor.replace(i + a, end - b, fixed.substring(a, fixed.length() - b));
          }
        }
        i = end;
      }
    }

    private static String layers(String run, char before, char after, boolean lenient) {
      String fixed = run;
      boolean[] produced = new boolean[run.length()];
      boolean strong = hasStrongSequence(run);
      for (int layer = 0; layer < MAX_LAYERS; layer++) {
        boolean[][] flags = {produced};
        String next = fixLayer(fixed, before, after, lenient, strong, flags);
        if (next.equals(fixed)) {
          break;
        }
        fixed = next;
        produced = flags[0];
      }
      return fixed;
    }

    /** Characters that a two-byte sequence may give only as a step to a further layer. */
    private static boolean isIntermediate(int cp) {
      return (cp >= 0x80 && cp <= 0x9f) || cp == 0x2c6 || cp == 0x2dc;
    }

    private static int intermediates(String s) {
      int k = 0;
      for (int i = 0; i < s.length(); i++) {
        if (isIntermediate(s.charAt(i))) {
          k++;
        }
      }
      return k;
    }

    /** One layer: re-reads every well-formed UTF-8 sequence among the run's bytes. */
    static String fixLayer(String run, char before, char after, boolean lenient) {
      return fixLayer(run, before, after, lenient, hasStrongSequence(run), new boolean[][] {new boolean[run.length()]});
    }

    /**
     * Whether the run holds a well-formed sequence without a no-break space among its continuation bytes.
     * A sequence that needs one ({@code Å}+NBSP for {@code Š}, {@code é}+NBSP+NBSP for a CJK character) is
     * weak: an accented letter before a no-break space is common in clean text, so such a sequence is
     * taken only in a run that is mojibake for certain, or after {@code Â} or {@code Ã}, and only when
     * all its characters come from the same layer (a letter that an inner layer produced next to a
     * no-break space of the text is left as it is).
     */
    private static boolean hasStrongSequence(String run) {
      for (int i = 0; i + 1 < run.length(); i++) {
        int b0 = byteOf(run.charAt(i));
        int need = b0 >= 0xc2 && b0 <= 0xdf ? 1 : b0 >= 0xe0 && b0 <= 0xef ? 2 : b0 >= 0xf0 && b0 <= 0xf4 ? 3 : 0;
        if (need == 0 || i + need >= run.length()) {
          continue;
        }
        boolean ok = true;
        for (int k = 1; k <= need && ok; k++) {
          int bk = byteOf(run.charAt(i + k));
          ok = bk >= 0x80 && bk <= 0xbf && bk != 0xa0;
        }
        if (ok) {
          return true;
        }
      }
      return false;
    }

    /**
     * One layer. {@code flags[0]} tells, for each character of {@code run}, whether an earlier layer
     * produced it; on return it tells the same for the output.
     */
    private static String fixLayer(String run, char before, char after, boolean lenient, boolean strong,
        boolean[][] flags) {
      boolean[] produced = flags[0];
      int n = run.length();
      StringBuilder sb = null;
      boolean[] out = null;
      int copied = 0;
      int i = 0;
      while (i < n) {
        int b0 = byteOf(run.charAt(i));
        int need = b0 >= 0xc2 && b0 <= 0xdf ? 1 : b0 >= 0xe0 && b0 <= 0xef ? 2 : b0 >= 0xf0 && b0 <= 0xf4 ? 3 : 0;
        if (b0 < 0 || need == 0 || i + need >= n) {
          i++;
          continue;
        }
        int cp = b0 & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
        boolean ok = true;
        for (int k = 1; k <= need; k++) {
          int bk = byteOf(run.charAt(i + k));
          if (bk < 0x80 || bk > 0xbf) {
            ok = false;
            break;
          }
          if (k == 1 && ((b0 == 0xe0 && bk < 0xa0) || (b0 == 0xed && bk > 0x9f) || (b0 == 0xf0 && bk < 0x90)
              || (b0 == 0xf4 && bk > 0x8f))) {
            ok = false;
            break;
          }
          cp = (cp << 6) | (bk & 0x3f);
          if (bk == 0xa0 && (produced[i] != produced[i + k]
              || (!produced[i] && !strong && !(need == 1 && (b0 == 0xc2 || b0 == 0xc3))))) {
            ok = false;
            break;
          }
        }
        if (ok && ((lenient && need == 1 && isIntermediate(cp)) || plausible(cp, need, run, i, before, after))) {
          if (sb == null) {
            sb = new StringBuilder(n);
            out = new boolean[n];
          }
          for (int c = copied; c < i; c++) {
            out[sb.length()] = produced[c];
            sb.append(run.charAt(c));
          }
          for (int c = Character.charCount(cp); c > 0; c--) {
            out[sb.length() + c - 1] = true;
          }
          sb.appendCodePoint(cp);
          i += need + 1;
          copied = i;
        } else {
          i++;
        }
      }
      if (sb == null) {
        return run;
      }
      for (int c = copied; c < n; c++) {
        out[sb.length()] = produced[c];
        sb.append(run.charAt(c));
      }
      flags[0] = java.util.Arrays.copyOf(out, sb.length());
      return sb.toString();
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean plausible(int cp, int need, String run, int i, char before, char after) {
      if (need == 1) {
        boolean block = (cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x370 && cp <= 0x52f) || (cp >= 0x531 && cp <= 0x58f)
            || (cp >= 0x5d0 && cp <= 0x5ea) || (cp >= 0x620 && cp <= 0x6ff);
        if (!block || !(Character.isLetter(cp) || cp <= 0xbf)) {
          return false;
        }
        if (cp < 0x370) {
          return true;
        }
        // a Greek, Cyrillic, Armenian, Hebrew or Arabic letter straight after or before a Latin letter is
        // no mojibake of a word in that script but, say, an upper-case Ó closing a word before a quote
        char prev = i > 0 ? run.charAt(i - 1) : before;
        char next = i + 2 < run.length() ? run.charAt(i + 2) : after;
        return !isAsciiLetter(prev) && !isAsciiLetter(next);
      }
      if (Character.getType(cp) == Character.PRIVATE_USE || Character.getType(cp) == Character.UNASSIGNED
          || Character.getType(cp) == Character.CONTROL || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe) {
        return false;
      }
      return true;
    }
  }

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
  static final class RunTogetherRule implements RepairRule {
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

  /**
   * {@code glued-fragment}: a block of text was written twice, and the first copy broke off mid-sentence
   * (or mid-word) and is glued straight onto the second: {@code "X. Y. At the closingX. Y. At the closing
   * of the conference"}. The first copy, with its dangling fragment, is removed; the complete second copy
   * stays.
   *
   * <p>Shape: at a <em>glue point</em> {@code g} a character that is not a space is directly followed by an
   * upper-case letter or a digit ({@code closingClose}, {@code orgParticipants}, {@code ICMPDThe},
   * {@code 2021The}). The text just before {@code g}, from a word start {@code p}, is identical to the
   * text just after it: {@code text[p, g) == text[g, 2g - p)}, with {@code g - p} at least
   * {@value #MIN_REPEAT} characters and at least two words. Brand names such as {@code TomTom} or
   * {@code BlaBlaCar} are far shorter; CamelCase words without a repeat never match.
   *
   * <p>Linear time: glue points and word starts are matched by a hash of their first
   * {@value #MIN_REPEAT} characters; each glue point tries at most {@value #MAX_CANDIDATES} nearest word
   * starts, blocks longer than {@value #MAX_BLOCK} characters are not considered, and the characters
   * compared over the whole text are capped at a small multiple of its length.
   */
  static final class GluedFragmentRule implements RepairRule {
    static final String NAME = "glued-fragment";
    static final int MIN_REPEAT = 20;
    static final int MAX_CANDIDATES = 4;
    static final int MAX_BLOCK = 200_000;

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public void apply(String text, TextEditor editor) {
      int n = text.length();
      if (n < 2 * MIN_REPEAT) {
        return;
      }
      IntList glue = new IntList();
      for (int g = 1; g + MIN_REPEAT <= n; g++) {
        char c = text.charAt(g);
        char p = text.charAt(g - 1);
        if (TextShape.isWhitespace(p)) {
          continue;
        }
        if (Character.isUpperCase(c)
            || (Character.isDigit(c) && !Character.isDigit(p) && p != '.' && p != ',')) {
          glue.add(g);
        }
      }
      if (glue.size == 0) {
        return;
      }
      Map<Long, IntList> starts = new HashMap<>();
      for (int gi = 0; gi < glue.size; gi++) {
        starts.computeIfAbsent(key(text, glue.get(gi)), x -> new IntList());
      }
      for (int p = 0; p + MIN_REPEAT <= n; p++) {
        if ((p == 0 || TextShape.isWhitespace(text.charAt(p - 1)))
            && (Character.isUpperCase(text.charAt(p)) || Character.isDigit(text.charAt(p)))) {
          IntList list = starts.get(key(text, p));
          if (list != null) {
            list.add(p);
          }
        }
      }
      long budget = 8L * n + 100_000;
      int cursor = 0;
      int lastEnd = -1;
      for (int gi = 0; gi < glue.size; gi++) {
        int g = glue.get(gi);
        if (g - MIN_REPEAT < cursor) {
          continue;
        }
        long k = key(text, g);
        int tried = 0;
        int found = -1;
        if (lastEnd >= cursor && lastEnd <= g - MIN_REPEAT && key(text, lastEnd) == k) {
          // a third copy glued onto the second: the previous removal's end starts a copy too
          budget -= g - lastEnd;
          if (isTandem(text, lastEnd, g)) {
            found = lastEnd;
          }
          tried++;
        }
        IntList list = starts.get(k);
        int idx = list == null ? -1 : list.lastAtMost(g - MIN_REPEAT);
        for (; found < 0 && idx >= 0 && tried < MAX_CANDIDATES; idx--, tried++) {
          int p = list.get(idx);
          if (p < cursor || g - p > MAX_BLOCK || 2L * g - p > n) {
            break;
          }
          budget -= g - p;
          if (budget < 0) {
            return;
          }
          if (isTandem(text, p, g)) {
            found = p;
          }
        }
        if (found >= 0) {
          editor.delete(found, g);
          cursor = g;
          lastEnd = g;
        }
      }
    }

    /** Whether {@code text[p, g)} is repeated right after {@code g} and holds at least two words. */
    private static boolean isTandem(String text, int p, int g) {
      int len = g - p;
      if (g + len > text.length() || !text.regionMatches(p, text, g, len)) {
        return false;
      }
      for (int i = p; i < g; i++) {
        if (TextShape.isWhitespace(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private static long key(String s, int from) {
      long h = 1125899906842597L;
      for (int i = from; i < from + MIN_REPEAT; i++) {
        h = 31 * h + s.charAt(i);
      }
      return h;
    }

    /** A growable list of ascending positions. */
    static final class IntList {
      int[] a = new int[4];
      int size;

      void add(int v) {
        if (size == a.length) {
          a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = v;
      }

      int get(int i) {
        return a[i];
      }

      /** The index of the last value at most {@code v}, or -1. */
      int lastAtMost(int v) {
        int lo = 0;
        int hi = size - 1;
        int r = -1;
        while (lo <= hi) {
          int mid = (lo + hi) >>> 1;
          if (a[mid] <= v) {
            r = mid;
            lo = mid + 1;
          } else {
            hi = mid - 1;
          }
        }
        return r;
      }
    }
  }

  /**
   * {@code repeated-sentences}: a sentence, or a run of sentences, that the text already said, within the
   * same paragraph or in an earlier one. The later copy is removed with the space before or after it; a
   * line or a paragraph that is left empty disappears with its break.
   *
   * <p>Only full sentences count: a sentence ends with {@code .}, {@code !}, {@code ?} or {@code …} (closing
   * quotes aside) before a space and a character that is not a lower-case letter, and not after an
   * abbreviation or an initial ({@code The U.N.} is no sentence). To be compared, a sentence needs at least
   * {@value #MIN_WORDS} words and {@value #MIN_CHARS} characters, so short refrains ({@code Thank you.},
   * {@code Never again.}) may repeat. Left alone as well: list items (lines that start with a bullet or a
   * number), sentences that open with a quotation mark (a quoted refrain may be repeated on purpose), and
   * text without final punctuation such as headings. Sentences are compared, after whitespace
   * normalisation, through a hash set: linear time.
   */
  static final class RepeatedSentencesRule implements RepairRule {
    static final String NAME = "repeated-sentences";
    static final int MIN_WORDS = 5;
    static final int MIN_CHARS = 25;

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public void apply(String text, TextEditor editor) {
      int[] paras = TextShape.paragraphs(text);
      Set<String> seen = new HashSet<>();
      IntArray starts = new IntArray();
      IntArray ends = new IntArray();
      IntArray lines = new IntArray();
      java.util.BitSet removed = new java.util.BitSet();
      for (int k = 0; k < paras.length; k += 2) {
        int pStart = paras[k];
        int pEnd = paras[k + 1];
        starts.size = 0;
        ends.size = 0;
        lines.size = 0;
        removed.clear();
        int line = 0;
        int ls = pStart;
        while (ls < pEnd) {
          int le = Math.min(TextShape.lineEnd(text, ls), pEnd);
          int s = ls;
          while (s < le && TextShape.isSpace(text.charAt(s))) {
            s++;
          }
          int lineContentEnd = le;
          while (lineContentEnd > s && TextShape.isSpace(text.charAt(lineContentEnd - 1))) {
            lineContentEnd--;
          }
          boolean listItem = TextShape.isListMarker(text, s);
          while (s < lineContentEnd) {
            int e = TextShape.sentenceEnd(text, s, lineContentEnd);
            int idx = starts.size;
            starts.add(s);
            ends.add(e);
            lines.add(line);
            if (!listItem && eligible(text, s, e) && !seen.add(TextShape.normalised(text, s, e))) {
              removed.set(idx);
            }
            s = e;
            while (s < lineContentEnd && TextShape.isSpace(text.charAt(s))) {
              s++;
            }
          }
          line++;
          ls = le + 1;
        }
        if (removed.isEmpty()) {
          continue;
        }
        int count = starts.size;
        if (removed.cardinality() == count) {
          if (k > 0) {
            editor.delete(paras[k - 1], pEnd);
          }
          continue;
        }
        emitWithin(editor, starts, ends, lines, removed, count);
      }
    }

    /** Removes the marked sentences of one paragraph, and any line they leave empty. */
    private static void emitWithin(TextEditor editor, IntArray starts, IntArray ends, IntArray lines,
        java.util.BitSet removed, int count) {
      int i = 0;
      while (i < count) {
        if (!removed.get(i)) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < count && removed.get(j + 1)) {
          j++;
        }
        // a run i..j of removed sentences: drop it with the space after it when a kept sentence follows on
        // the same line (or nothing is kept before it), else with the space or line break before it
        if (i == 0 || (j + 1 < count && lines.get(j + 1) == lines.get(j))) {
          editor.delete(starts.get(i), starts.get(j + 1));
        } else {
          editor.delete(ends.get(i - 1), ends.get(j));
        }
        i = j + 1;
      }
    }

    static boolean eligible(String text, int s, int e) {
      return e - s >= MIN_CHARS && !TextShape.isOpeningQuote(text.charAt(s)) && TextShape.endsSentence(text, s, e)
          && TextShape.words(text, s, e) >= MIN_WORDS;
    }

    /** A growable int array. */
    static final class IntArray {
      int[] a = new int[16];
      int size;

      void add(int v) {
        if (size == a.length) {
          a = java.util.Arrays.copyOf(a, size * 2);
        }
        a[size++] = v;
      }

      int get(int i) {
        return a[i];
      }
    }
  }

  /**
   * {@code repeated-paragraph}: a paragraph identical to an earlier one of the same text, once runs of
   * spaces, no-break spaces and line breaks are treated as one space, is removed with the paragraph break
   * before it. The first copy stays, wherever the later copies are.
   *
   * <p>Short headings are left alone: a one-line paragraph without sentence-final punctuation and with at
   * most {@value #HEADING_WORDS} words (such as {@code Key findings} or {@code Next steps}) may rightly head
   * several sections. Paragraphs are compared through a hash set, so the rule runs in linear time.
   */
  static final class RepeatedParagraphRule implements RepairRule {
    static final String NAME = "repeated-paragraph";
    static final int HEADING_WORDS = 12;

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public void apply(String text, TextEditor editor) {
      int[] paras = TextShape.paragraphs(text);
      Set<String> seen = new HashSet<>();
      for (int k = 0; k < paras.length; k += 2) {
        int start = paras[k];
        int end = paras[k + 1];
        if (isHeading(text, start, end)) {
          continue;
        }
        if (!seen.add(TextShape.normalised(text, start, end)) && k > 0) {
          editor.delete(paras[k - 1], end);
        }
      }
    }

    /** A one-line paragraph of a few words that does not end like a sentence. */
    static boolean isHeading(String text, int start, int end) {
      return text.indexOf('\n', start) < 0 || text.indexOf('\n', start) >= end
          ? !TextShape.endsSentence(text, start, end) && TextShape.words(text, start, end) <= HEADING_WORDS
          : false;
    }
  }

  /**
   * {@code double-escaped-entity}: HTML character references left as literal text after the HTML was
   * decoded, because the source escaped them twice ({@code &amp;amp;}, {@code &amp;#8217;},
   * {@code &#38;#8217;}) or escaped text that was already plain ({@code &quot;}, {@code &#8220;}).
   *
   * <p>A reference is decoded only when it is complete (ends with {@code ;}) and real: a name that HTML
   * defines, or a decimal or hexadecimal number of a valid character. Any number of escaped ampersands in
   * front of it are decoded with it. {@code M&E;} or {@code R&D;} stay: {@code E} and {@code D} are no
   * entity names.
   */
  static final class DoubleEscapedEntityRule implements RepairRule {
    static final String NAME = "double-escaped-entity";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public void apply(String text, TextEditor editor) {
      int i = text.indexOf('&');
      while (i >= 0) {
        int end = i + 1;
        String decoded = null;
        boolean onlyAmpersands = true;
        while (true) {
          int semi = referenceEnd(text, end);
          if (semi < 0) {
            break;
          }
          String value = decode(text, end, semi);
          if (value == null) {
            break;
          }
          end = semi + 1;
          decoded = value;
          if (!value.equals("&")) {
            onlyAmpersands = false;
            break;
          }
        }
        if (decoded != null) {
          editor.replace(i, end, onlyAmpersands ? "&" : decoded);
          i = text.indexOf('&', end);
        } else {
          i = text.indexOf('&', i + 1);
        }
      }
    }

    /** The position of the {@code ;} that closes a reference body starting at {@code from}, or -1. */
    private static int referenceEnd(String s, int from) {
      int n = s.length();
      int limit = Math.min(n, from + 33);
      for (int j = from; j < limit; j++) {
        char c = s.charAt(j);
        if (c == ';') {
          return j > from ? j : -1;
        }
        boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || (c == '#' && j == from);
        if (!ok) {
          return -1;
        }
      }
      return -1;
    }

    /** The text of the reference body {@code s[from, semi)}, or null when it is not a real reference. */
    private static @Nullable String decode(String s, int from, int semi) {
      if (s.charAt(from) == '#') {
        boolean hex = semi > from + 1 && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X');
        int digits = from + (hex ? 2 : 1);
        if (digits >= semi || semi - digits > (hex ? 6 : 7)) {
          return null;
        }
        int cp = 0;
        for (int j = digits; j < semi; j++) {
          int d = Character.digit(s.charAt(j), hex ? 16 : 10);
          if (d < 0) {
            return null;
          }
          cp = cp * (hex ? 16 : 10) + d;
        }
        if (cp >= 0x80 && cp <= 0x9f) {
          // as HTML does: the C1 range means the Windows-1252 character of that byte
          String c = new String(CP1252.decode(ByteBuffer.wrap(new byte[] {(byte) cp})).array());
          return c.charAt(0) == '\ufffd' ? null : c.substring(0, 1);
        }
        if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || (cp < 0x20 && cp != '\t'
            && cp != '\n')) {
          return null;
        }
        return new String(Character.toChars(cp));
      }
      String name = s.substring(from, semi);
      if (!Character.isLetter(name.charAt(0)) || !Entities.isNamedEntity(name)) {
        return null;
      }
      String value = Entities.getByName(name);
      return value == null || value.isEmpty() ? null : value;
    }
  }

  /**
   * The repair stage between HTML-to-text and extraction: recovers malformed text in titles, teasers and
   * bodies and records every change as a {@link Repair}. Immutable and thread-safe.
   *
   * <p>The rules run in a fixed order, each over the output of the one before ({@link #ruleNames()}):
   * character-level damage first ({@code double-escaped-entity}, then {@code mojibake}, whose output can
   * only be right once entities are decoded), then layout ({@code whitespace}, {@code run-together}), so that
   * the copies of a repeated passage look alike; then the removal of repeats, from the most specific shape
   * to the most general ({@code glued-fragment}, {@code repeated-paragraph}, {@code repeated-sentences}).
   * See {@code docs/text-repair.md}.
   *
   * <p>Each repair's {@link Repair#offset() offset} is where its {@code after} text starts in the field's
   * final text: offsets recorded by an early rule are carried through the changes of the later ones (a
   * repair whose text a later rule removed points at the place of that removal). Runs in time linear in
   * the length of the text.
   *
   * @since 0.1.0
   */
  static final class RepairStage {

    /**
     * A repaired text and the repairs that made it, in the order they were made.
     *
     * @param text the repaired text
     * @param repairs the changes, in the order the rules made them
     * @since 0.1.0
     */
    public record Result(String text, List<Repair> repairs) {}

    private static final List<RepairRule> RULES = List.of(
        new DoubleEscapedEntityRule(),
        new MojibakeRule(),
        new WhitespaceRule(),
        new RunTogetherRule(),
        new GluedFragmentRule(),
        new RepeatedParagraphRule(),
        new RepeatedSentencesRule());

    private static final List<String> NAMES = RULES.stream().map(RepairRule::name).toList();

    private final List<RepairRule> active;

    private RepairStage(List<RepairRule> active) {
      this.active = List.copyOf(active);
    }

    /**
     * The names of all rules, in the order they run.
     *
     * @return the names, as recorded in {@link Repair#kind()}
     * @since 0.1.0
     */
    public static List<String> ruleNames() {
      return NAMES;
    }

    /**
     * A stage with every rule on, or with some rules or all of them off.
     *
     * @param enabled false to turn the whole stage off
     * @param disabledRules names from {@link #ruleNames()} of rules to leave out
     * @return the stage
     * @throws IllegalArgumentException when a name is not a rule's
     * @since 0.1.0
     */
    public static RepairStage create(boolean enabled, Set<String> disabledRules) {
      for (String name : disabledRules) {
        if (!NAMES.contains(name)) {
          throw new IllegalArgumentException("no repair rule named '" + name + "'; the rules are " + NAMES);
        }
      }
      List<RepairRule> active = new ArrayList<>();
      if (enabled) {
        Set<String> off = new LinkedHashSet<>(disabledRules);
        for (RepairRule r : RULES) {
          if (!off.contains(r.name())) {
            active.add(r);
          }
        }
      }
      return new RepairStage(active);
    }

    /**
     * Repairs one field's text.
     *
     * @param field the field the text belongs to, recorded on each repair
     * @param text the text as converted from HTML
     * @return the repaired text and its repairs; the text itself when nothing needed repair
     * @since 0.1.0
     */
    public Result apply(Field field, String text) {
      if (active.isEmpty() || text.isEmpty()) {
        return new Result(text, List.of());
      }
      String current = text;
      List<Pending> pending = new ArrayList<>();
      for (RepairRule rule : active) {
        TextEditor editor = new TextEditor(current);
        rule.apply(current, editor);
        if (!editor.changed()) {
          continue;
        }
        String next = editor.result();
        for (Pending p : pending) {
          p.offset = editor.map(p.offset);
        }
        for (int i = 0; i < editor.size(); i++) {
          pending.add(new Pending(rule.name(), editor.before(i), editor.after(i), editor.outStart(i)));
        }
        current = next;
      }
      if (pending.isEmpty()) {
        return new Result(text, List.of());
      }
      List<Repair> repairs = new ArrayList<>(pending.size());
      for (Pending p : pending) {
        repairs.add(new Repair(p.kind, field, p.before, p.after, p.offset));
      }
      return new Result(current, List.copyOf(repairs));
    }

    private static final class Pending {
      final String kind;
      final String before;
      final String after;
      int offset;

      Pending(String kind, String before, String after, int offset) {
        this.kind = kind;
        this.before = before;
        this.after = after;
        this.offset = offset;
      }
    }
  }
}
