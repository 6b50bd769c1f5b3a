package org.policyfeed.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RepeatedSentencesRule} against {@link RepeatedSentencesReference}, the rule before it found
 * sentence ends with {@link TerminalFinder}: the same changes on the texts of the real feeds, on the
 * unrepaired texts of the seed and of a generated feed, on random texts of {@link RepairTexts} and on
 * invented texts made of repeated sentences; and {@link TextShape#sentenceEnd(String, int, int,
 * TerminalFinder)} equal to {@link RepeatedSentencesReference#sentenceEnd}, which looks at each char,
 * from every position.
 */
class RepeatedSentencesDifferentialTest {

  private static void same(String text) {
    Rules.assertSameChanges(new RepeatedSentencesReference(), new RepeatedSentencesRule(), text);
  }

  private static void sameEnds(String text) {
    TerminalFinder finder = new TerminalFinder(text);
    int n = text.length();
    // forwards from every position, with each line's end as the limit, as the rule walks
    for (int s = 0; s < n; s++) {
      int limit = TextShape.lineEnd(text, s);
      assertEquals(RepeatedSentencesReference.sentenceEnd(text, s, limit), TextShape.sentenceEnd(text, s, limit, finder),
          "from " + s + " in " + text);
    }
    // and going back (the finder searches again)
    for (int s = n - 1; s >= 0; s -= 3) {
      assertEquals(RepeatedSentencesReference.sentenceEnd(text, s, n), TextShape.sentenceEnd(text, s, n, finder),
          "back from " + s + " in " + text);
    }
  }

  @Test
  void realTextsGetTheSameChanges() throws IOException {
    List<String> texts = RepairTexts.realAndGenerated();
    int ends = 0;
    for (String t : texts) {
      same(t);
      if (t.length() < 20_000) {
        sameEnds(t);
        ends++;
      }
    }
    assertTrue(texts.size() > 1000 && ends > 1000, "texts: " + texts.size());
  }

  @Test
  void randomRepairTextsGetTheSameChanges() {
    Random rnd = new Random(11);
    for (int k = 0; k < 5000; k++) {
      String t = RepairTexts.randomText(rnd);
      same(t);
      sameEnds(t);
    }
  }

  @Test
  void inventedRepeatsGetTheSameChanges() {
    // invented sentences, some long enough to be compared, with abbreviations, quotes, list items and
    // every kind of sentence end, put together at random with repeats
    String[] sentences = {
        "The ministry signed the cooperation agreement on Monday.",
        "The ministry signed the cooperation agreement on Monday!",
        "Dr. Smith of the U.N. said the programme would continue next year.",
        "\"We will keep going,\" the director said to the delegates.",
        "Was the training programme extended to the border regions?",
        "Thank you.",
        "• The first item of the list is long enough to count here.",
        "1. The second item of the list is long enough to count here.",
        "The results were published (see the annex.) in March 2019…",
        "the sentence starts with a lower-case letter and goes on a while.",
        "A heading without a stop",
        "Mr. Jones, Director of the capacity Programme, said the partnership works.",
    };
    String[] glue = {" ", "  ", "\n", "\n\n", " \n ", "\u00a0", "\t", "\n\n\n"};
    Random rnd = new Random(5);
    for (int k = 0; k < 20000; k++) {
      int parts = 1 + rnd.nextInt(8);
      StringBuilder sb = new StringBuilder();
      for (int p = 0; p < parts; p++) {
        if (p > 0) {
          sb.append(glue[rnd.nextInt(glue.length)]);
        }
        sb.append(sentences[rnd.nextInt(sentences.length)]);
      }
      String t = sb.toString();
      same(t);
      if (k % 10 == 0) {
        sameEnds(t);
      }
    }
  }
}
