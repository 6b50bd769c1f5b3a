package org.policyfeed.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policyfeed.model.Link;

/**
 * The layout of {@link HtmlBlocks} as it was before runs of inline text were found with a table (a copy
 * kept for {@link HtmlBlocksDifferentialTest}, which checks the two give the same text).
 *
 * <p>The original documentation follows.
 *
 * <p>The text side of {@link HtmlText}: receives the events of a walk over an HTML tree (inline text,
 * line breaks, blocks, lists, list items, cells, links) and lays the text out: blocks separated by a
 * blank line, list items one per line with their marker, whitespace collapsed. Both the jsoup walk
 * and the streaming {@link HtmlScanner} feed it, so the layout rules live in one place.
 *
 * <p>Not thread-safe. {@link #reset} makes an instance ready for the next conversion, keeping its
 * buffers unless they grew large.
 */
final class HtmlBlocksReference {
  /** Buffers larger than this (in chars) are not kept for the next conversion. */
  private static final int KEEP = 1 << 16;

  // the text written so far, out[0, outLen), and the open block, block[0, blockLen): plain char arrays,
  // filled with String.getChars and System.arraycopy, so that no char is copied one at a time and the
  // only String made is the result
  private char[] out;
  private int outLen;
  private char[] block = new char[256];
  private int blockLen;
  /** Whether the open block holds a line break (only {@link #lineBreak} writes one). */
  private boolean blockHasBreak;
  private final ArrayList<Link> links = new ArrayList<>(2);
  private boolean pendingSpace;
  private boolean blockIsListItem;
  private boolean lastWasListItem;
  /** Open lists, innermost last: {@code lists[2k]} is 1 for ordered, {@code lists[2k+1]} the next number. */
  private int[] lists = new int[8];
  private int listCount;

  HtmlBlocksReference(int sizeHint) {
    out = new char[Math.max(16, sizeHint)];
  }

  /**
   * Forgets the last conversion and makes room for the text of an input of {@code inputLength} chars
   * (the text is rarely longer than its HTML), so that the output buffer need not grow on the way.
   */
  void reset(int inputLength) {
    if (out.length > KEEP) {
      out = new char[1024];
    }
    if (block.length > KEEP) {
      block = new char[256];
    }
    if (out.length < inputLength) {
      out = new char[inputLength];
    }
    outLen = 0;
    blockLen = 0;
    blockHasBreak = false;
    links.clear();
    pendingSpace = false;
    blockIsListItem = false;
    lastWasListItem = false;
    listCount = 0;
  }

  /** Whitespace as HTML collapses it: space, tab, LF, CR, FF (not U+00A0). */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** Appends inline text: whitespace runs become one pending space, written before the next visible char. */
  void inline(String text, int from, int to) {
    append(text, from, to, false);
  }

  /**
   * Appends the inline text of an HTML source from {@code from} up to the first {@code <},
   * {@code &} or NUL (or {@code to}), with the rules of {@link #inline(String, int, int)}.
   *
   * @return the index where it stopped
   */
  int inlineUntilMarkup(String text, int from, int to) {
    return append(text, from, to, true);
  }

  private int append(String text, int from, int to, boolean stopAtMarkup) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (stopAtMarkup && (c == '<' || c == '&' || c == 0)) {
        return i;
      }
      if (isSpace(c)) {
        pendingSpace = true;
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to) {
        char d = text.charAt(j);
        if (d <= ' ' && (isSpace(d) || stopAtMarkup && d == 0) || stopAtMarkup && (d == '<' || d == '&')) {
          break;
        }
        j++;
      }
      // the pending space and the run i..j of visible chars
      int len = blockLen;
      if (len + 1 + (j - i) > block.length) {
        grow(len + 1 + (j - i));
      }
      if (pendingSpace && len > 0 && !endsWithBreakOrMarker()) {
        block[len++] = ' ';
      }
      pendingSpace = false;
      text.getChars(i, j, block, len);
      blockLen = len + (j - i);
      i = j;
    }
    return i;
  }

  private void grow(int needed) {
    block = Arrays.copyOf(block, Math.max(needed, block.length * 2));
  }

  private void put(char c) {
    if (blockLen == block.length) {
      grow(blockLen + 1);
    }
    block[blockLen++] = c;
  }

  /** Appends one inline char (same rules as {@link #inline(String, int, int)}). */
  void inline(char c) {
    if (isSpace(c)) {
      pendingSpace = true;
      return;
    }
    if (pendingSpace && blockLen > 0 && !endsWithBreakOrMarker()) {
      put(' ');
    }
    pendingSpace = false;
    put(c);
  }

  private boolean endsWithBreakOrMarker() {
    char last = block[blockLen - 1];
    return last == '\n' || (blockIsListItem && last == ' ' && blockLen <= 8);
  }

  /** A {@code <br>}: trailing spaces before the break are dropped; the break itself is kept. */
  void lineBreak() {
    int end = blockLen;
    while (end > 0 && block[end - 1] == ' ') {
      end--;
    }
    blockLen = end;
    if (end > 0) {
      put('\n');
      blockHasBreak = true;
    }
    pendingSpace = false;
  }

  /**
   * The start of a {@code <ul>} or {@code <ol>}.
   *
   * @param ordered true for {@code <ol>}
   * @param start the {@code start} attribute's value ({@code ""} when absent); ignored for {@code <ul>}
   */
  void startList(boolean ordered, String start) {
    endBlock();
    int first = 1;
    if (ordered) {
      try {
        first = Integer.parseInt(start.strip());
      } catch (NumberFormatException ignored) {
        first = 1;
      }
    }
    if (listCount * 2 == lists.length) {
      lists = Arrays.copyOf(lists, lists.length * 2);
    }
    lists[listCount * 2] = ordered ? 1 : 0;
    lists[listCount * 2 + 1] = first;
    listCount++;
  }

  /** The end of a {@code <ul>} or {@code <ol>}. */
  void endList() {
    endBlock();
    if (listCount > 0) {
      listCount--;
    }
    lastWasListItem = false;
  }

  /** The start of an {@code <li>}: a new block with the list's marker. */
  void startItem() {
    endBlock();
    blockIsListItem = true;
    int k = (listCount - 1) * 2;
    if (listCount == 0 || lists[k] != 1) {
      put('\u2022');
      put(' ');
    } else {
      String number = Integer.toString(lists[k + 1]++);
      int len = number.length();
      if (blockLen + len + 2 > block.length) {
        grow(blockLen + len + 2);
      }
      number.getChars(0, len, block, blockLen);
      blockLen += len;
      put('.');
      put(' ');
    }
  }

  /** The start of a table cell: a space before its text unless the block is empty. */
  void cell() {
    pendingSpace = blockLen > 0;
  }

  void addLink(Link link) {
    links.add(link);
  }

  /**
   * Ends the current block: writes it to the output after a separator ({@code "\n"} between list
   * items, else a blank line), trimmed of spaces and line breaks at both ends, with spaces around
   * inner line breaks dropped and runs of line breaks made one (the regex {@code " *\n+ *"} replaced
   * by {@code "\n"}). Empty blocks and bare list markers are dropped.
   */
  void endBlock() {
    pendingSpace = false;
    char[] b = block;
    int start = 0;
    int end = blockLen;
    while (start < end && (b[start] == ' ' || b[start] == '\n')) {
      start++;
    }
    while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\n')) {
      end--;
    }
    boolean listItem = blockIsListItem;
    blockIsListItem = false;
    boolean breaks = blockHasBreak;
    blockLen = 0;
    blockHasBreak = false;
    if (start == end || (listItem && isBareMarker(b, start, end))) {
      return;
    }
    // room for the separator and the whole block: what is written is never longer
    if (outLen + 2 + (end - start) > out.length) {
      out = Arrays.copyOf(out, Math.max(outLen + 2 + (end - start), out.length * 2));
    }
    char[] o = out;
    int len = outLen;
    if (len > 0) {
      o[len++] = '\n';
      if (!(listItem && lastWasListItem)) {
        o[len++] = '\n';
      }
    }
    if (!breaks) {
      System.arraycopy(b, start, o, len, end - start);
      len += end - start;
    } else {
      int textStart = len;
      int i = start;
      while (i < end) {
        int nl = i;
        while (nl < end && b[nl] != '\n') {
          nl++;
        }
        System.arraycopy(b, i, o, len, nl - i);
        len += nl - i;
        if (nl == end) {
          break;
        }
        // " *\n+ *" -> "\n": the spaces before the run are already written, drop them
        while (len > textStart && o[len - 1] == ' ') {
          len--;
        }
        i = nl;
        while (i < end && b[i] == '\n') {
          i++;
        }
        while (i < end && b[i] == ' ') {
          i++;
        }
        o[len++] = '\n';
      }
    }
    outLen = len;
    lastWasListItem = listItem;
  }

  /** Whether the text is a marker alone: {@code "•"} or digits and a dot (the regex {@code \d+\.}). */
  private static boolean isBareMarker(char[] s, int start, int end) {
    if (end - start == 1 && s[start] == '\u2022') {
      return true;
    }
    if (end - start < 2 || s[end - 1] != '.') {
      return false;
    }
    for (int i = start; i < end - 1; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The text written so far and the links, after ending the open block. */
  HtmlText.Result result() {
    endBlock();
    return new HtmlText.Result(outLen == 0 ? "" : new String(out, 0, outLen), List.copyOf(links));
  }
}
