package org.policyfeed.text;

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
 * normalisation, through a hash set ({@link SpanSet}, which hashes them in place): linear time.
 */
final class RepeatedSentencesRule implements RepairRule {
  static final String NAME = "repeated-sentences";
  static final int MIN_WORDS = 5;
  static final int MIN_CHARS = 25;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(String text, TextEditor editor) {
    int[] paras = editor.paragraphs();
    // a guess at the number of sentences compared (news sentences run to about 130 chars)
    SpanSet seen = editor.spans(text.length() / 128 + 8);
    TerminalFinder terminals = new TerminalFinder(text);
    // made for the first paragraph that loses a sentence: most texts repeat none
    java.util.BitSet removed = null;
    IntArray starts = null;
    IntArray ends = null;
    IntArray lines = null;
    for (int k = 0; k < paras.length; k += 2) {
      int pStart = paras[k];
      int pEnd = paras[k + 1];
      if (removed != null) {
        removed.clear();
      }
      int count = 0;
      int removedCount = 0;
      // the sentences of the paragraph, each one compared with those before it
      int ls = pStart;
      while (ls < pEnd) {
        int le = Math.min(TextShape.lineEnd(text, ls), pEnd);
        int s = lineContentStart(text, ls, le);
        int lineContentEnd = lineContentEnd(text, s, le);
        boolean listItem = TextShape.isListMarker(text, s);
        while (s < lineContentEnd) {
          int e = TextShape.sentenceEnd(text, s, lineContentEnd, terminals);
          if (!listItem && eligible(text, s, e) && !seen.add(s, e)) {
            if (removed == null) {
              removed = new java.util.BitSet();
            }
            removed.set(count);
            removedCount++;
          }
          count++;
          s = skipSpaces(text, e, lineContentEnd);
        }
        ls = le + 1;
      }
      if (removedCount == 0) {
        continue;
      }
      if (removedCount == count) {
        if (k > 0) {
          editor.delete(paras[k - 1], pEnd);
        }
        continue;
      }
      // where the sentences of this paragraph are, found again as above
      if (starts == null) {
        starts = new IntArray();
        ends = new IntArray();
        lines = new IntArray();
      }
      starts.size = 0;
      ends.size = 0;
      lines.size = 0;
      int line = 0;
      ls = pStart;
      while (ls < pEnd) {
        int le = Math.min(TextShape.lineEnd(text, ls), pEnd);
        int s = lineContentStart(text, ls, le);
        int lineContentEnd = lineContentEnd(text, s, le);
        while (s < lineContentEnd) {
          int e = TextShape.sentenceEnd(text, s, lineContentEnd, terminals);
          starts.add(s);
          ends.add(e);
          lines.add(line);
          s = skipSpaces(text, e, lineContentEnd);
        }
        line++;
        ls = le + 1;
      }
      emitWithin(editor, starts, ends, lines, removed, count);
    }
  }

  /** The first char of the line {@code text[ls, le)} that is not a space (or {@code le}). */
  private static int lineContentStart(String text, int ls, int le) {
    return skipSpaces(text, ls, le);
  }

  /** The end of the line {@code text[s, le)} without the spaces at its end. */
  private static int lineContentEnd(String text, int s, int le) {
    int end = le;
    while (end > s && TextShape.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static int skipSpaces(String text, int i, int end) {
    while (i < end && TextShape.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
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
        && TextShape.hasWords(text, s, e, MIN_WORDS);
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
