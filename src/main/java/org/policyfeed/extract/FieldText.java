package org.policyfeed.extract;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.List;
import org.policyfeed.extract.rules.Sentences;
import org.policyfeed.model.Field;
import org.policyfeed.model.Mention;

/**
 * One field of an item (title, teaser or body text) split into sentences, for extractors. Sentence
 * splitting respects abbreviations ({@code Mr.}, {@code Dr.}, {@code U.S.}, {@code e.g.}), breaks at line
 * ends and at run-together sentences ({@code participants.The}). Immutable; building it takes linear time.
 *
 * @since 0.1.0
 */
public final class FieldText {

  /**
   * A sentence as a range of the field's text.
   *
   * @param start offset of the first character
   * @param end offset just past the last character
   * @since 0.1.0
   */
  public record Sentence(int start, int end) {}

  private final Field field;
  private final String text;
  private final int[] bounds;
  /**
   * Per sentence, made on first use: its {@link Sentence} and its text, which mentions in the same sentence
   * share. A race fills a slot twice with equal values, which is harmless: both are immutable.
   */
  private Sentence[] sentenceCache;
  private String[] sentenceTexts;

  private FieldText(Field field, String text) {
    this.field = requireNonNull(field, "field");
    this.text = requireNonNull(text, "text");
    this.bounds = Sentences.split(text);
  }

  /**
   * Splits a field's text into sentences.
   *
   * @param field which field the text is
   * @param text the field's text
   * @return the split text
   * @since 0.1.0
   */
  public static FieldText of(Field field, String text) {
    return new FieldText(field, text);
  }

  /**
   * The field.
   *
   * @return the field this text is
   * @since 0.1.0
   */
  public Field field() {
    return field;
  }

  /**
   * The text.
   *
   * @return the field's whole text
   * @since 0.1.0
   */
  public String text() {
    return text;
  }

  /**
   * The sentences in text order.
   *
   * @return the sentences; never null
   * @since 0.1.0
   */
  public List<Sentence> sentences() {
    return new AbstractList<>() {
      @Override
      public Sentence get(int i) {
        if (i < 0 || i >= size()) {
          return new Sentence(bounds[2 * i], bounds[2 * i + 1]); // throws as it always did
        }
        return sentence(i);
      }

      @Override
      public int size() {
        return bounds.length / 2;
      }
    };
  }

  /**
   * The sentence that holds an offset; between sentences, the next one (or the last).
   *
   * @param offset an offset in the text
   * @return the sentence
   * @since 0.1.0
   */
  public Sentence sentenceAt(int offset) {
    int n = bounds.length / 2;
    if (n == 0) {
      return new Sentence(0, text.length());
    }
    return sentence(indexAt(offset));
  }

  /** The index of the sentence that holds an offset; between sentences, the next one (or the last). */
  private int indexAt(int offset) {
    int lo = 0;
    int hi = bounds.length / 2 - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[2 * mid + 1] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Sentence {@code i}, made once. */
  private Sentence sentence(int i) {
    Sentence[] c = sentenceCache;
    if (c == null) {
      c = new Sentence[bounds.length / 2];
      sentenceCache = c;
    }
    Sentence s = c[i];
    if (s == null) {
      s = new Sentence(bounds[2 * i], bounds[2 * i + 1]);
      c[i] = s;
    }
    return s;
  }

  /** The text of sentence {@code i}, copied out once. */
  private String sentenceText(int i) {
    String[] c = sentenceTexts;
    if (c == null) {
      c = new String[bounds.length / 2];
      sentenceTexts = c;
    }
    String s = c[i];
    if (s == null) {
      s = text.substring(bounds[2 * i], bounds[2 * i + 1]);
      c[i] = s;
    }
    return s;
  }

  /** The text of {@code [from, to)}: the shared copy when it is a whole sentence, sentence {@code i}. */
  private String slice(int i, int from, int to) {
    if (i < bounds.length / 2 && bounds[2 * i] == from && bounds[2 * i + 1] == to) {
      return sentenceText(i);
    }
    return text.substring(from, to);
  }

  /**
   * The text of a sentence.
   *
   * @param sentence a sentence of this field
   * @return its text
   * @since 0.1.0
   */
  public String text(Sentence sentence) {
    int start = sentence.start();
    int end = sentence.end();
    if (bounds.length == 0 || start < 0 || end < start || end > text.length()) {
      return text.substring(start, end); // no sentences, or the range is bad: as substring answers
    }
    return slice(indexAt(start), start, end);
  }

  /**
   * A mention of the range {@code [start, end)} with the sentence that holds it.
   *
   * @param start offset of the first character
   * @param end offset just past the last character
   * @return the mention
   * @since 0.1.0
   */
  public Mention mention(int start, int end) {
    String mentionText = text.substring(start, end); // first, so that a bad range fails as it always did
    if (bounds.length == 0) {
      int to = Math.max(text.length(), end);
      return new Mention(field, start, end, mentionText, text.substring(Math.min(0, start), to));
    }
    int i = indexAt(start);
    int from = Math.min(bounds[2 * i], start);
    int to = Math.max(bounds[2 * i + 1], end);
    return new Mention(field, start, end, mentionText, slice(i, from, to));
  }
}
