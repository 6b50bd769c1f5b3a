package org.policyfeed.text;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Builds a rule's output from its input and remembers every change: where it was in the input, what it
 * replaced and where the replacement landed in the output. Changes must come in increasing order of
 * position and must not overlap. Not thread-safe; one editor serves one rule run at a time, and the
 * stage {@link #reset}s it for the next rule, keeping its arrays and what it knows of an unchanged text.
 */
final class TextEditor {
  /** Builders larger than this (in chars) are not kept for the next text. */
  private static final int KEEP = 1 << 16;

  /**
   * A spare output builder per thread, taken by an editor's first change and given back by {@link #result}: a new
   * builder starts with one byte a char and is copied into two bytes a char at the first char above U+00FF, which
   * most news texts have; a spare one has room in the right form already. An editor that finds none (another
   * editor of the thread holds it) makes its own.
   */
  private static final ThreadLocal<StringBuilder[]> SPARE =
      ThreadLocal.withInitial(() -> new StringBuilder[] {new StringBuilder(1024)});

  private String in;
  private int @Nullable [] paragraphs;
  private @Nullable SpanSet spans;
  private @Nullable StringBuilder out;
  private int cursor;
  private int count;
  // allocated with the first change: most rule runs change nothing
  private int @Nullable [] inStart;
  private int @Nullable [] inEnd;
  private int @Nullable [] outStart;
  private String @Nullable [] after;

  TextEditor(String in) {
    this.in = in;
  }

  /** Starts over on {@code next}, the text for the next rule; forgets the changes made so far. */
  void reset(String next) {
    if (next != in) {
      paragraphs = null;
    }
    in = next;
    out = null;
    cursor = 0;
    count = 0;
  }

  /** {@link TextShape#paragraphs} of the input, computed once per text. */
  int[] paragraphs() {
    int[] p = paragraphs;
    if (p == null) {
      p = TextShape.paragraphs(in);
      paragraphs = p;
    }
    return p;
  }

  /**
   * An empty {@link SpanSet} over the input with room for about {@code expected} stretches; the same
   * object each time, emptied.
   */
  SpanSet spans(int expected) {
    SpanSet s = spans;
    if (s == null) {
      s = new SpanSet(in, expected);
      spans = s;
    } else {
      s.reset(in);
      s.expect(expected);
    }
    return s;
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
      StringBuilder[] spare = SPARE.get();
      StringBuilder b = spare[0];
      spare[0] = null;
      if (b == null) {
        b = new StringBuilder();
      } else {
        b.setLength(0);
      }
      b.ensureCapacity(in.length() + Math.max(16, replacement.length()));
      out = b;
      if (inStart == null) {
        inStart = new int[8];
        inEnd = new int[8];
        outStart = new int[8];
        after = new String[8];
      }
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
    String result = out.toString();
    if (out.capacity() <= KEEP) {
      SPARE.get()[0] = out;
    }
    out = null;
    return result;
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
