package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GluedFragmentRuleTest {
  private final GluedFragmentRule rule = new GluedFragmentRule();

  @Test
  void seedShapeLowerToUpper() {
    String block = "Close to 40 countries agreed to adopt the Istanbul Commitments. While not all countries "
        + "agreed, all will support activities. At the closing";
    String text = "Intro sentence here.\n\n" + block + block + " of the conference, he summarised.";
    Rules.Outcome o = Rules.run(rule, text);
    assertThat(o.text()).isEqualTo("Intro sentence here.\n\n" + block + " of the conference, he summarised.");
    assertThat(o.edits()).singleElement().satisfies(e -> {
      assertThat(e.before()).isEqualTo(block);
      assertThat(e.after()).isEmpty();
      assertThat(e.outStart()).isEqualTo("Intro sentence here.\n\n".length());
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The study visit to Lavrio was orgThe study visit to Lavrio was organised by the ministry.", // mid-word
      "It is implemented by ICMPDIt is implemented by ICMPD. It helps.", // capital to capital
      "The phase runs until 2021The phase runs until 2021 and beyond.", // digit to capital
      "Der Besuch wurde geplantDer Besuch wurde geplant und umgesetzt.", // another language
  })
  void gluePointKinds(String text) {
    String fixed = Rules.fix(rule, text);
    assertThat(fixed.length()).isLessThan(text.length());
    assertThat(text).endsWith(fixed);
  }

  @Test
  void gluedInsideAParagraphAfterAnUnrepeatedSentence() {
    String text = "A first sentence stays. Officers practised joint risk analysis. In the afternoon, theOfficers "
        + "practised joint risk analysis. In the afternoon, the participants left.";
    assertThat(Rules.fix(rule, text)).isEqualTo(
        "A first sentence stays. Officers practised joint risk analysis. In the afternoon, the participants left.");
  }

  @Test
  void threeCopiesBecomeOne() {
    String text = "Ministers met in Baku todayMinisters met in Baku todayMinisters met in Baku today to sign.";
    assertThat(Rules.fix(rule, text)).isEqualTo("Ministers met in Baku today to sign.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "A navigation app developed with TomTom and BlaBlaCar data.",
      "Short clips on YouTube, LinkedIn and an iPhone; McDonald and MacArthur; PayPal and eBay.",
      "Phase I of the projectPhase II of the project", // not identical
      "AbcdefghijklmnopqrstuvAbcdefghijklmnopqrstuv is one word repeated", // no space in the block
      "Too short a blockToo short a block.", // 17 characters
      "Ministers met in Baku. Ministers met in Baku. Ministers met.", // repeated, but not glued
  })
  void leavesAlone(String text) {
    assertThat(Rules.run(rule, text).edits()).isEmpty();
  }

  @Test
  void titleWithoutFinalPunctuation() {
    assertThat(Rules.fix(rule, "Project News: Kick-off of the new returnProject News: Kick-off of the new return "
        + "and reintegration project")).isEqualTo("Project News: Kick-off of the new return and reintegration project");
  }
}
