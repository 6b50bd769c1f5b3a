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
        return new Sentence(bounds[2 * i], bounds[2 * i + 1]);
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
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[2 * mid + 1] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return new Sentence(bounds[2 * lo], bounds[2 * lo + 1]);
  }

  /**
   * The text of a sentence.
   *
   * @param sentence a sentence of this field
   * @return its text
   * @since 0.1.0
   */
  public String text(Sentence sentence) {
    return text.substring(sentence.start(), sentence.end());
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
    Sentence s = sentenceAt(start);
    int from = Math.min(s.start(), start);
    int to = Math.max(s.end(), end);
    return new Mention(field, start, end, text.substring(start, end), text.substring(from, to));
  }
}
