package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleFilter} never rules out a rule that would change the text: each rule is run on its own, and
 * wherever it changes something its bit must be set. Texts: the repair corpora, the seed feed's texts and
 * random texts made of the invented pieces of {@link RepairTexts}.
 */
class RuleFilterTest {
  private static final List<RepairRule> RULES = List.of(new DoubleEscapedEntityRule(), new MojibakeRule(),
      new WhitespaceRule(), new RunTogetherRule(), new GluedFragmentRule(), new RepeatedParagraphRule(),
      new RepeatedSentencesRule());
  private static final int[] BITS = {RuleFilter.ENTITY, RuleFilter.MOJIBAKE, RuleFilter.WHITESPACE,
      RuleFilter.RUN_TOGETHER, RuleFilter.GLUED, RuleFilter.PARAGRAPH, RuleFilter.SENTENCES};

  private static int[] check(String text, int[] fired) {
    int bits = RuleFilter.mayChange(text);
    for (int r = 0; r < RULES.size(); r++) {
      if (!Rules.run(RULES.get(r), text).edits().isEmpty()) {
        fired[r]++;
        assertThat(bits & BITS[r]).as("%s ruled out for %s", RULES.get(r).name(), text).isNotZero();
      }
    }
    return fired;
  }

  @Test
  void neverRulesOutARuleThatFires() {
    List<String> texts = new ArrayList<>();
    Corpus.controls().forEach(c -> texts.add(c.text()));
    Corpus.damaged().forEach(d -> {
      texts.add(d.damaged());
      texts.add(d.clean());
    });
    texts.addAll(SeedTexts.repairedTexts());
    for (int c = 0; c < 30_000; c++) {
      texts.add(RepairTexts.randomText(new Random(0xf117_0000L + c)));
    }
    int[] fired = new int[RULES.size()];
    for (String t : texts) {
      check(t, fired);
    }
    for (int r = 0; r < RULES.size(); r++) {
      assertThat(fired[r]).as("%s fired somewhere", RULES.get(r).name()).isPositive();
    }
  }

  @Test
  void cleanShortTextsRuleOutEverything() {
    assertThat(RuleFilter.mayChange("")).isZero();
    assertThat(RuleFilter.mayChange("ICMPD and Austria sign an agreement on border management")).isZero();
    assertThat(RuleFilter.mayChange("Z\u00fcrich, S\u00e3o Tom\u00e9 and \u0395\u03bb\u03bb\u03ac\u03b4\u03b1 "
        + "meet in Vienna\n\nA second paragraph")).isEqualTo(RuleFilter.PARAGRAPH);
  }
}
