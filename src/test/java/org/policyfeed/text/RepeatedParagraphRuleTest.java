package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedParagraphRuleTest {
  private final RepeatedParagraphRule rule = new RepeatedParagraphRule();

  @Test
  void laterCopiesGoWithTheirBreak() {
    String p = "Download the full speech of the Director General here.";
    Rules.Outcome o = Rules.run(rule, "Intro.\n\n" + p + "\n\nMiddle.\n\n" + p + "\n\n" + p);
    assertThat(o.text()).isEqualTo("Intro.\n\n" + p + "\n\nMiddle.");
    assertThat(o.edits()).hasSize(2).allSatisfy(e -> assertThat(e.before()).isEqualTo("\n\n" + p));
  }

  @Test
  void comparesAfterWhitespaceNormalisation() {
    assertThat(Rules.fix(rule, "Cities are key actors in migration.\n\nOther.\n\nCities are key  actors\u00a0in migration. "))
        .isEqualTo("Cities are key actors in migration.\n\nOther. ");
  }

  @Test
  void repeatedListParagraph() {
    String list = "• Diaspora engagement\n• Labour migration";
    assertThat(Rules.fix(rule, "Topics:\n\n" + list + "\n\nOther topics are out.\n\n" + list))
        .isEqualTo("Topics:\n\n" + list + "\n\nOther topics are out.");
  }

  @Test
  void repeatedShortHeadingsStay() {
    String text = "Key findings\n\nThe project trained 240 guards.\n\nKey findings\n\nThe second phase trained 300.";
    assertThat(Rules.run(rule, text).edits()).isEmpty();
  }

  @Test
  void nearIdenticalParagraphsStay() {
    String text = "Further details on the Prague Process are online.\n\nFurther details on the Rabat Process are online.";
    assertThat(Rules.run(rule, text).edits()).isEmpty();
  }
}
