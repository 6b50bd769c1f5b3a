package org.policyfeed.text;

/**
 * {@code repeated-paragraph}: a paragraph identical to an earlier one of the same text, once runs of
 * spaces, no-break spaces and line breaks are treated as one space, is removed with the paragraph break
 * before it. The first copy stays, wherever the later copies are.
 *
 * <p>Short headings are left alone: a one-line paragraph without sentence-final punctuation and with at
 * most {@value #HEADING_WORDS} words (such as {@code Key findings} or {@code Next steps}) may rightly head
 * several sections. Paragraphs are compared through a hash set ({@link SpanSet}, which hashes them in place),
 * so the rule runs in linear time.
 */
final class RepeatedParagraphRule implements RepairRule {
  static final String NAME = "repeated-paragraph";
  static final int HEADING_WORDS = 12;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(String text, TextEditor editor) {
    int[] paras = editor.paragraphs();
    if (paras.length < 4) {
      return; // one paragraph cannot repeat another
    }
    SpanSet seen = editor.spans(paras.length / 2);
    for (int k = 0; k < paras.length; k += 2) {
      int start = paras[k];
      int end = paras[k + 1];
      if (isHeading(text, start, end)) {
        continue;
      }
      if (!seen.add(start, end) && k > 0) {
        editor.delete(paras[k - 1], end);
      }
    }
  }

  /** A one-line paragraph of a few words that does not end like a sentence. */
  static boolean isHeading(String text, int start, int end) {
    // the cheap tests first: most paragraphs end like a sentence, or are long
    if (TextShape.endsSentence(text, start, end) || TextShape.hasWords(text, start, end, HEADING_WORDS + 1)) {
      return false;
    }
    int lineBreak = text.indexOf('\n', start);
    return lineBreak < 0 || lineBreak >= end;
  }
}
