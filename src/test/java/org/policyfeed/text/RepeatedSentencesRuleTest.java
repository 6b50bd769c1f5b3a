package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepeatedSentencesRuleTest {
  private final RepeatedSentencesRule rule = new RepeatedSentencesRule();

  @Test
  void seedSummerSchoolRunAcrossParagraphs() {
    String run = "The selection procedure will take place until 30 April 2019. Only selected candidates will be "
        + "contacted. The deadline for applications is 31 March 2019.";
    String text = "The school is free of charge for the participants. " + run + "\n\nThe call for applications is now open. "
        + run + "\n\nApplication form";
    Rules.Outcome o = Rules.run(rule, text);
    assertThat(o.text()).isEqualTo("The school is free of charge for the participants. " + run
        + "\n\nThe call for applications is now open.\n\nApplication form");
    assertThat(o.edits()).singleElement().satisfies(e -> assertThat(e.before()).isEqualTo(" " + run));
  }

  @Test
  void repeatWithinAParagraphKeepsTheFirst() {
    assertThat(Rules.fix(rule, "Officers were trained in document checks. Officers were trained in document checks. "
        + "A follow-up is planned.")).isEqualTo("Officers were trained in document checks. A follow-up is planned.");
  }

  @Test
  void paragraphLeftEmptyDisappears() {
    assertThat(Rules.fix(rule, "It covers the period until 2025. It is run by the commission itself.\n\nIt covers "
        + "the period until 2025.\n\nLast paragraph stays."))
        .isEqualTo("It covers the period until 2025. It is run by the commission itself.\n\nLast paragraph stays.");
  }

  @Test
  void lineLeftEmptyDisappearsWithItsBreak() {
    assertThat(Rules.fix(rule, "The survey covers five countries in total.\nOne more line is here now.\nThe survey "
        + "covers five countries in total."))
        .isEqualTo("The survey covers five countries in total.\nOne more line is here now.");
  }

  @Test
  void abbreviationsDoNotSplitSentences() {
    String text = "The U.N. Special Rapporteur visited the centre. The U.N. and the EU issued a joint statement.";
    assertThat(Rules.run(rule, text).edits()).isEmpty();
    assertThat(Rules.fix(rule, "The study was financed by the U.S. Department of Labor. It covers five countries "
        + "in the Balkans. The study was financed by the U.S. Department of Labor."))
        .isEqualTo("The study was financed by the U.S. Department of Labor. It covers five countries in the Balkans.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Thank you. Thank you. Thank you.", // too short
      "Never again. We said it then. Never again.",
      "• Support to the Border Guard in risk analysis.\n• Support to the Border Guard in risk analysis.", // list
      "“We are all migrants here today.” She paused. “We are all migrants here today.”", // quoted refrain
      "Key findings of the study\n\nKey findings of the study", // no final punctuation
      "The conference will take place in Vienna. The conference will take place in Vienna and online.",
  })
  void leavesAlone(String text) {
    assertThat(Rules.run(rule, text).edits()).isEmpty();
  }
}
