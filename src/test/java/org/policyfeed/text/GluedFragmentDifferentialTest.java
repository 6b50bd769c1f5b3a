package org.policyfeed.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link GluedFragmentRule} against {@link GluedFragmentReference}, the rule before it read the text's
 * chars in one pass: the same changes on the texts of the real feeds, on the unrepaired texts of the seed
 * and of a generated feed, on random texts of {@link RepairTexts} and on invented texts with blocks glued
 * onto copies of themselves.
 */
class GluedFragmentDifferentialTest {

  private static void same(String text) {
    Rules.assertSameChanges(new GluedFragmentReference(), new GluedFragmentRule(), text);
  }

  @Test
  void realTextsGetTheSameChanges() throws IOException {
    List<String> texts = RepairTexts.realAndGenerated();
    int changed = 0;
    for (String t : texts) {
      same(t);
      TextEditor e = new TextEditor(t);
      new GluedFragmentRule().apply(t, e);
      changed += e.changed() ? 1 : 0;
    }
    assertTrue(texts.size() > 1000, "texts: " + texts.size());
    assertTrue(changed > 0, "no text of the real feeds was changed");
  }

  @Test
  void randomRepairTextsGetTheSameChanges() {
    Random rnd = new Random(17);
    for (int k = 0; k < 5000; k++) {
      same(RepairTexts.randomText(rnd));
    }
  }

  @Test
  void inventedGluedBlocksGetTheSameChanges() {
    // invented words and glue: capitals, digits, acronyms, non-ASCII capitals, spaces of several kinds
    String[] words = {"The", "ministry", "signed", "ICMPD", "EU", "2021", "of", "Łódź", "Zürich", "15",
        "programme", "orgThe", "iPhone", "À", "the", "closing", "Close", "to", "40", "countries", "1.5",
        "3,000", "000", "5", "Phase", "II", "Ελλάδα", "Σ"};
    String[] spaces = {" ", " ", " ", "\n", "\n\n", "\u00a0", "\t", ". ", ", ", ",", "."};
    Random rnd = new Random(23);
    int changed = 0;
    for (int k = 0; k < 20000; k++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + rnd.nextInt(12);
      for (int p = 0; p < parts; p++) {
        int n = 1 + rnd.nextInt(14);
        StringBuilder block = new StringBuilder();
        for (int w = 0; w < n; w++) {
          if (w > 0) {
            block.append(spaces[rnd.nextInt(spaces.length)]);
          }
          block.append(words[rnd.nextInt(words.length)]);
        }
        sb.append(block);
        int copies = rnd.nextInt(4); // glued onto copies of itself, whole or cut short
        for (int c = 0; c < copies; c++) {
          sb.append(block, rnd.nextInt(Math.max(1, block.length() / 3)), block.length());
          if (rnd.nextBoolean()) {
            sb.append(block);
          }
        }
        sb.append(spaces[rnd.nextInt(spaces.length)]);
      }
      String t = sb.toString();
      same(t);
      TextEditor e = new TextEditor(t);
      new GluedFragmentRule().apply(t, e);
      changed += e.changed() ? 1 : 0;
    }
    assertTrue(changed > 1000, "changed: " + changed);
  }
}
