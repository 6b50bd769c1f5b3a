package org.policyfeed.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policyfeed.model.Link;

/**
 * The text side of {@link HtmlText}: receives the events of a walk over an HTML tree (inline text,
 * line breaks, blocks, lists, list items, cells, links) and lays the text out: blocks separated by a
 * blank line, list items one per line with their marker, whitespace collapsed. Both the jsoup walk
 * and the streaming {@link HtmlScanner} feed it, so the layout rules live in one place.
 *
 * <p>Not thread-safe. {@link #reset} makes an instance ready for the next conversion, keeping its
 * buffers unless they grew large.
 */
final class HtmlBlocks {
  /** Buffers larger than this (in chars) are not kept for the next conversion. */
  private static final int KEEP = 1 << 16;

  private StringBuilder out;
  private final ArrayList<Link> links = new ArrayList<>(2);
  private StringBuilder block = new StringBuilder(256);
  private boolean pendingSpace;
  private boolean blockIsListItem;
  private boolean lastWasListItem;
  /** Open lists, innermost last: {@code lists[2k]} is 1 for ordered, {@code lists[2k+1]} the next number. */
  private int[] lists = new int[8];
  private int listCount;

  HtmlBlocks(int sizeHint) {
    out = new StringBuilder(sizeHint);
  }

  /** Forgets the last conversion. */
  void reset() {
    if (out.capacity() > KEEP) {
      out = new StringBuilder(1024);
    }
    if (block.capacity() > KEEP) {
      block = new StringBuilder(256);
    }
    out.setLength(0);
    block.setLength(0);
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
      if (pendingSpace && block.length() > 0 && !endsWithBreakOrMarker()) {
        block.append(' ');
      }
      pendingSpace = false;
      int j = i + 1;
      while (j < to) {
        char d = text.charAt(j);
        if (d <= ' ' && (isSpace(d) || stopAtMarkup && d == 0) || stopAtMarkup && (d == '<' || d == '&')) {
          break;
        }
        j++;
      }
      block.append(text, i, j);
      i = j;
    }
    return i;
  }

  /** Appends one inline char (same rules as {@link #inline(String, int, int)}). */
  void inline(char c) {
    if (isSpace(c)) {
      pendingSpace = true;
      return;
    }
    if (pendingSpace && block.length() > 0 && !endsWithBreakOrMarker()) {
      block.append(' ');
    }
    pendingSpace = false;
    block.append(c);
  }

  private boolean endsWithBreakOrMarker() {
    char last = block.charAt(block.length() - 1);
    return last == '\n' || (blockIsListItem && last == ' ' && block.length() <= 8);
  }

  /** A {@code <br>}: trailing spaces before the break are dropped; the break itself is kept. */
  void lineBreak() {
    int end = block.length();
    while (end > 0 && block.charAt(end - 1) == ' ') {
      end--;
    }
    block.setLength(end);
    if (block.length() > 0) {
      block.append('\n');
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
    if (listCount == 0) {
      block.append("• ");
    } else {
      int k = (listCount - 1) * 2;
      if (lists[k] == 1) {
        block.append(lists[k + 1]++).append(". ");
      } else {
        block.append("• ");
      }
    }
  }

  /** The start of a table cell: a space before its text unless the block is empty. */
  void cell() {
    pendingSpace = block.length() > 0;
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
    StringBuilder b = block;
    int start = 0;
    int end = b.length();
    while (start < end && (b.charAt(start) == ' ' || b.charAt(start) == '\n')) {
      start++;
    }
    while (end > start && (b.charAt(end - 1) == ' ' || b.charAt(end - 1) == '\n')) {
      end--;
    }
    boolean listItem = blockIsListItem;
    blockIsListItem = false;
    if (start == end || (listItem && isBareMarker(b, start, end))) {
      b.setLength(0);
      return;
    }
    if (out.length() > 0) {
      out.append(listItem && lastWasListItem ? "\n" : "\n\n");
    }
    int textStart = out.length();
    int i = start;
    while (i < end) {
      int nl = i;
      while (nl < end && b.charAt(nl) != '\n') {
        nl++;
      }
      out.append(b, i, nl);
      if (nl == end) {
        break;
      }
      // " *\n+ *" -> "\n": the spaces before the run are already written, drop them
      int len = out.length();
      while (len > textStart && out.charAt(len - 1) == ' ') {
        len--;
      }
      out.setLength(len);
      i = nl;
      while (i < end && b.charAt(i) == '\n') {
        i++;
      }
      while (i < end && b.charAt(i) == ' ') {
        i++;
      }
      out.append('\n');
    }
    b.setLength(0);
    lastWasListItem = listItem;
  }

  /** Whether the text is a marker alone: {@code "•"} or digits and a dot (the regex {@code \d+\.}). */
  private static boolean isBareMarker(CharSequence s, int start, int end) {
    if (end - start == 1 && s.charAt(start) == '•') {
      return true;
    }
    if (end - start < 2 || s.charAt(end - 1) != '.') {
      return false;
    }
    for (int i = start; i < end - 1; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The text written so far and the links, after ending the open block. */
  HtmlText.Result result() {
    endBlock();
    return new HtmlText.Result(out.toString(), List.copyOf(links));
  }
}
