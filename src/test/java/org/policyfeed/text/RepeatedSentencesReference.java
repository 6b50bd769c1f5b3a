package org.policyfeed.text;

/**
 * {@link RepeatedSentencesRule} as it was before it found sentence ends with {@link TerminalFinder} and
 * kept where the sentences of a paragraph are only for a paragraph that loses one (a copy kept for
 * {@link RepeatedSentencesDifferentialTest}). The original documentation follows.
 *
 * <p>{@code repeated-sentences}: a sentence, or a run of sentences, that the text already said, within the
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
final class RepeatedSentencesReference implements RepairRule {
  static final String NAME = RepeatedSentencesRule.NAME;
  static final int MIN_WORDS = RepeatedSentencesRule.MIN_WORDS;
  static final int MIN_CHARS = RepeatedSentencesRule.MIN_CHARS;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(String text, TextEditor editor) {
    int[] paras = editor.paragraphs();
    // a guess at the number of sentences compared (news sentences run to about 130 chars)
    SpanSet seen = editor.spans(text.length() / 128 + 8);
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
          int e = sentenceEnd(text, s, lineContentEnd);
          int idx = starts.size;
          starts.add(s);
          ends.add(e);
          lines.add(line);
          if (!listItem && eligible(text, s, e) && !seen.add(s, e)) {
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
        && TextShape.hasWords(text, s, e, MIN_WORDS);
  }

  /** {@link TextShape#sentenceEnd(String, int, int)} as it was, with a look at each char. */
  static int sentenceEnd(String s, int start, int limit) {
    int i = start;
    while (i < limit) {
      char c = s.charAt(i);
      if (TextShape.isTerminal(c)) {
        int e = i + 1;
        while (e < limit && (TextShape.isTerminal(s.charAt(e)) || TextShape.isCloser(s.charAt(e)))) {
          e++;
        }
        if (e >= limit) {
          return limit;
        }
        if (TextShape.isSpace(s.charAt(e))) {
          int k = e;
          while (k < limit && TextShape.isSpace(s.charAt(k))) {
            k++;
          }
          if (k >= limit) {
            return e;
          }
          char next = s.charAt(k);
          boolean abbreviation = c == '.' && e == i + 1 && TextShape.isAbbreviationDot(s, i);
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
