package org.policyfeed.internal;

import org.policyfeed.Limits;

/**
 * Decides whether a feed held whole as bytes may be read by the XML parser directly, without
 * {@link FeedDecoder} and {@link LenientXmlFilter} in front of it, and where that reading starts.
 *
 * <p>Direct reading must give exactly what the lenient path gives. Input the XML parser rejects is no
 * concern here: the direct read then starts over on the lenient path ({@link RestartingSource}). This
 * scan looks for the rest, what the XML parser accepts but the lenient path reads differently or
 * reports:
 *
 * <ul>
 *   <li>a charset other than UTF-8, or any note of the decoder on the charset (see
 *       {@link FeedDecoder#directStart});
 *   <li>byte sequences that are not UTF-8 as the decoder reads it (the XML parser takes some overlong
 *       forms), and C1 control characters U+0080-U+009F, raw or as character references, which the
 *       filter reads as Windows-1252 with a diagnostic; character references the filter does not take
 *       as such (more than 8 digits);
 *   <li>a document type declaration, {@code <!} declarations, processing instructions named like the
 *       XML declaration, text or CDATA outside the root element, names that are not plain ASCII names;
 *   <li>a lone carriage return inside a tag (the filter drops it, so line numbers would differ);
 *   <li>a start tag on a line where an earlier change of the filter has moved the columns: the filter
 *       writes {@code >} in text as {@code &gt;}, collapses the white space between attributes and moves
 *       its newlines to the end of the tag, drops white space in end tags, and escapes {@code "} in
 *       single-quoted values. Such changes do not change what the XML parser reports, except the
 *       column of what follows on the same line, and only start tags' positions are reported;
 *   <li>a document so large that a size limit could be reached on one path and not the other, and
 *       elements nested deeper than the limit (the filter throws for them while it reads ahead of the
 *       parser, so an entry or so earlier than the parser would).
 * </ul>
 *
 * <p>Cheap next to parsing: one pass over the bytes that looks at markup and at bytes above ASCII.
 */
public final class DirectScan {
  /** The input cannot be read directly. */
  public static final int NO = -1;

  /**
   * Bytes that end a run of plain text, by unsigned value: markup, references, and the lead bytes of the
   * UTF-8 sequences to look at (see {@link Scanner#lead}).
   */
  private static final boolean[] TEXT_STOPS = table("<&>");
  /** The same, and the newline, for a line on which the columns have moved. */
  private static final boolean[] SHIFTED_TEXT_STOPS = table("<&>\n");
  /** Bytes that end a run in a comment, CDATA section or processing instruction, without and with newline. */
  private static final boolean[][] SECTION_STOPS = {table("-"), table("-\n"), table("]"), table("]\n"),
      table("?"), table("?\n")};

  private DirectScan() {}

  private static boolean[] table(String chars) {
    boolean[] t = new boolean[256];
    for (char c : chars.toCharArray()) {
      t[c] = true;
    }
    for (int lead : new int[] {0xC0, 0xC1, 0xC2, 0xE0, 0xF0}) {
      t[lead] = true;
    }
    return t;
  }

  /**
   * Where the XML parser may start reading {@code b} directly (after a UTF-8 byte-order mark and the XML
   * declaration, which the lenient path drops), or {@link #NO}.
   */
  public static int start(byte[] b, Limits limits) {
    return start(b, limits, true);
  }

  /**
   * The same for the UTF-8 form of a string the caller gave: the lenient path reads its characters
   * without a decoder, so whatever its XML declaration names does not matter. Lone surrogates, which the
   * filter drops and the UTF-8 form cannot hold, must have been ruled out (see {@link #pairedSurrogates}).
   */
  public static int startOfText(byte[] b, Limits limits) {
    return start(b, limits, false);
  }

  /** Whether every surrogate in {@code s} is half of a pair. */
  public static boolean pairedSurrogates(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  private static int start(byte[] b, Limits limits, boolean decoded) {
    int n = b.length;
    if (n > limits.maxTextLength() || (long) n * 6 > limits.maxDocumentChars()) {
      // a text could be longer than the limit on one path only (the parser's text events are cut where
      // its buffers end), or the filter's output (at most 6 characters for one) longer than the document limit
      return NO;
    }
    int p = decoded ? FeedDecoder.directStart(b) : Formats.byteOrderMark(b);
    if (p < 0) {
      return NO;
    }
    if (startsWith(b, p, "<?xml ")) {
      // the XML declaration: the filter drops it up to the first "?>", keeping only its newlines
      int q = p + 6;
      while (q + 1 < n && !(b[q] == '?' && b[q + 1] == '>')) {
        if (b[q] < 0x20 || b[q] > 0x7E) {
          return NO;
        }
        q++;
      }
      if (q + 1 >= n) {
        return NO;
      }
      p = q + 2;
    }
    return new DirectScan.Scanner(b, Math.min(limits.maxTextLength(), 1 << 20) / 2, limits.maxElementDepth())
        .scan(p) ? p : NO;
  }

  private static boolean startsWith(byte[] b, int p, String s) {
    if (p + s.length() > b.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** One pass over the document after the declaration; a small state machine over markup. */
  private static final class Scanner {
    private final byte[] b;
    private final int n;
    private final int maxTag;
    private final int maxDepth;
    /** Open elements. */
    private int depth;
    private boolean rootSeen;
    /** An earlier change of the filter on the current line moves the columns of what follows. */
    private boolean shifted;
    private int p;

    Scanner(byte[] b, int maxTag, int maxDepth) {
      this.b = b;
      this.n = b.length;
      this.maxTag = maxTag;
      this.maxDepth = maxDepth;
    }

    boolean scan(int from) {
      p = from;
      final byte[] a = b;
      final int len = n;
      while (true) {
        int i = p;
        if (depth > 0) {
          // text: skip to the next byte that matters
          boolean[] stops = shifted ? SHIFTED_TEXT_STOPS : TEXT_STOPS;
          while (i < len && !stops[a[i] & 0xff]) {
            i++;
          }
        }
        p = i;
        if (i >= len) {
          return depth == 0 && rootSeen;
        }
        int c = a[i];
        boolean ok;
        if (c == '<') {
          ok = markup();
        } else if (depth == 0) {
          if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            return false; // text outside the root: dropped with a warning
          }
          p++; // white space outside the root is kept
          ok = true;
        } else if (c == '\n') {
          shifted = false;
          p++;
          ok = true;
        } else if (c == '>') {
          shifted = true; // written as &gt;
          p++;
          ok = true;
        } else if (c == '&') {
          ok = reference();
        } else {
          p = lead(i);
          ok = p >= 0;
        }
        if (!ok) {
          return false;
        }
      }
    }

    /**
     * A byte above ASCII at {@code i} that may start a sequence the lenient path reads differently: the
     * XML parser rejects every byte sequence that is not UTF-8 (as the decoder does) except the overlong
     * forms, which the decoder reads as Windows-1252. Those start with C0 or C1, or E0 80-9F, or F0
     * 80-8F. And C2 80-9F is a C1 control character, which the filter reads as Windows-1252 with a
     * note. Any other byte passes. Returns the index after the byte, or -1.
     */
    private int lead(int i) {
      int b0 = b[i] & 0xff;
      if (b0 < 0x80) {
        return i + 1;
      }
      if (b0 == 0xC0 || b0 == 0xC1 || i + 1 >= n) {
        return -1;
      }
      int b1 = b[i + 1] & 0xff;
      boolean bad = b0 == 0xC2 ? b1 >= 0x80 && b1 <= 0x9F
          : b0 == 0xE0 ? b1 >= 0x80 && b1 <= 0x9F
          : b0 == 0xF0 && b1 >= 0x80 && b1 <= 0x8F;
      return bad ? -1 : i + 1;
    }

    /**
     * An {@code &} at {@code p}: a character reference must be one the filter keeps as it is (1 to 8
     * digits, then {@code ;}, not a C1 control); entity references are the parser's business (it
     * rejects all but the five of XML, as the filter replaces them). Advances past the {@code &}.
     */
    private boolean reference() {
      p++;
      if (p >= n || b[p] != '#') {
        return true;
      }
      int i = p + 1;
      boolean hex = i < n && (b[i] == 'x' || b[i] == 'X');
      if (hex) {
        i++;
      }
      int start = i;
      int cp = 0;
      while (i < n && i - start < 8) {
        int v = Character.digit(b[i], hex ? 16 : 10);
        if (v < 0) {
          break;
        }
        cp = cp * (hex ? 16 : 10) + v;
        i++;
      }
      if (i == start || i >= n || b[i] != ';') {
        return false;
      }
      if (cp >= 0x80 && cp <= 0x9F) {
        return false;
      }
      p = i + 1;
      return true;
    }

    /** A {@code <} at {@code p}. */
    private boolean markup() {
      if (p + 1 >= n) {
        return false;
      }
      int c1 = b[p + 1];
      if (c1 == '!') {
        if (startsWith(b, p, "<!--")) {
          return until(p + 4, "-->");
        }
        if (depth > 0 && startsWith(b, p, "<![CDATA[")) {
          return until(p + 9, "]]>");
        }
        return false; // a document type declaration or another declaration
      }
      if (c1 == '?') {
        int end = name(p + 2, false);
        if (end < 0 || end - (p + 2) == 3 && (b[p + 2] | 0x20) == 'x' && (b[p + 3] | 0x20) == 'm'
            && (b[p + 4] | 0x20) == 'l') {
          return false; // a misplaced XML declaration
        }
        return until(end, "?>");
      }
      if (c1 == '/') {
        return endTag();
      }
      return startTag();
    }

    /**
     * Skips a comment, CDATA section or processing instruction whose content starts at {@code from},
     * up to and including {@code end}; its bytes above ASCII must be UTF-8 and not C1 controls.
     */
    private boolean until(int from, String end) {
      final byte[] a = b;
      final int len = n;
      final int kind = end.charAt(0) == '-' ? 0 : end.charAt(0) == ']' ? 2 : 4;
      int i = from;
      while (true) {
        boolean[] stops = SECTION_STOPS[kind + (shifted ? 1 : 0)];
        while (i < len && !stops[a[i] & 0xff]) {
          i++;
        }
        if (i >= len) {
          return false;
        }
        int c = a[i];
        if (c == '\n') {
          shifted = false;
          i++;
        } else if (c < 0) {
          i = lead(i);
          if (i < 0) {
            return false;
          }
        } else if (startsWith(a, i, end)) {
          p = i + end.length();
          return true;
        } else {
          i++;
        }
      }
    }

    /**
     * The end of a plain qualified name at {@code from}: ASCII letters, digits, {@code _ - . :}, a
     * letter or {@code _} first, at most one colon and a letter or {@code _} after it (names the filter
     * leaves as they are). -1 otherwise. {@code qualified} false: any number of colons.
     */
    private int name(int from, boolean qualified) {
      if (from >= n || !nameStart(b[from])) {
        return -1;
      }
      int colon = -1;
      int i = from + 1;
      while (i < n) {
        byte c = b[i];
        if (c == ':') {
          if (qualified && (colon >= 0 || i + 1 >= n || !nameStart(b[i + 1]))) {
            return -1;
          }
          colon = i;
        } else if (!(nameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.')) {
          break;
        }
        i++;
      }
      if (i >= n || b[i] < 0) {
        return -1; // a name running on into bytes above ASCII: the filter and the parser may disagree
      }
      return i;
    }

    private static boolean nameStart(byte c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    /** {@code </name>}, maybe with white space before the {@code >}. */
    private boolean endTag() {
      int end = name(p + 2, true);
      if (end < 0 || depth == 0) {
        return false;
      }
      int i = end;
      if (b[i] != '>') {
        shifted = true; // the filter drops what stands between the name and '>', but for newlines
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
          if (b[i] == '\r' && (i + 1 >= n || b[i + 1] != '\n')) {
            return false;
          }
          i++;
        }
        if (i >= n || b[i] != '>' || i - end > 256) { // the filter looks no further than 512 characters
          return false;
        }
      }
      depth--;
      p = i + 1;
      return true;
    }

    /**
     * A start tag with plain names and quoted values. White space other than one space before each
     * attribute moves the columns after the tag; the filter writes the tag out anew.
     */
    private boolean startTag() {
      if (shifted) {
        return false; // its column would not be the lenient path's
      }
      int from = p;
      int end = name(p + 1, true);
      if (end < 0 || depth == 0 && rootSeen) {
        return false;
      }
      int i = end;
      boolean moved = false; // white space changed on the current line of the tag
      boolean newlineMoved = false; // a newline between attributes, which the filter moves to the end
      while (true) {
        if (i >= n || i - from > maxTag) {
          return false;
        }
        byte c = b[i];
        if (c == '>') {
          if (++depth > maxDepth) {
            // the filter throws for it while it reads ahead of the parser, at a point a restart cannot repeat
            return false;
          }
          break;
        }
        if (c == '/') {
          if (i + 1 < n && b[i + 1] == '>') {
            i++;
            break;
          }
          return false;
        }
        int ws = i;
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
          if (b[i] == '\r' && (i + 1 >= n || b[i + 1] != '\n')) {
            return false; // a lone carriage return, which the filter drops: the lines would differ
          }
          i++;
        }
        if (i >= n) {
          return false;
        }
        for (int k = ws; k < i; k++) {
          newlineMoved |= b[k] == '\n';
        }
        if (b[i] == '>' || b[i] == '/') {
          moved |= i > ws;
          continue;
        }
        if (i - ws != 1 || b[ws] != ' ') {
          moved = true;
        }
        if (i == ws) {
          return false; // an attribute right after the name or the value before
        }
        int attrEnd = name(i, true);
        if (attrEnd < 0) {
          return false;
        }
        i = attrEnd;
        if (b[i] != '=') {
          moved = true;
          while (i < n && (b[i] == ' ' || b[i] == '\t')) {
            i++;
          }
          if (i >= n || b[i] != '=') {
            return false; // no value, or a newline around '=': leave such tags to the lenient path
          }
        }
        i++;
        if (i < n && (b[i] == ' ' || b[i] == '\t')) {
          moved = true;
          while (i < n && (b[i] == ' ' || b[i] == '\t')) {
            i++;
          }
        }
        if (i >= n || b[i] != '"' && b[i] != '\'') {
          return false; // not quoted
        }
        byte quote = b[i++];
        while (true) {
          if (i >= n || i - from > maxTag) {
            return false;
          }
          byte v = b[i];
          if (v == quote) {
            i++;
            break;
          }
          if (v == '<') {
            return false;
          }
          if (v == '"') {
            moved = true; // written as &quot;
          } else if (v == '\n') {
            moved = false; // a newline in a value stays where it is
          }
          if (v == '&') {
            p = i;
            if (!reference()) {
              return false;
            }
            i = p;
          } else if (v < 0) {
            i = lead(i);
            if (i < 0) {
              return false;
            }
          } else {
            i++;
          }
        }
      }
      rootSeen = true;
      shifted = moved || newlineMoved;
      p = i + 1;
      return true;
    }
  }
}
