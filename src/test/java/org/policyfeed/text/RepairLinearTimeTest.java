package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.policyfeed.model.Field;

/**
 * 10 MB bodies are repaired in seconds: no rule compares sentences or paragraphs pairwise. The bound is
 * generous for a shared two-core machine; a quadratic scan would take hours here.
 */
class RepairLinearTimeTest {
  private static final int TEN_MB = 10 * 1024 * 1024;
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final RepairStage STAGE = RepairStage.create(true, Set.of());

  static String oneSentenceRepeated(int size) {
    String s = "The Summer School selection procedure will take place until 30 April 2019. ";
    StringBuilder sb = new StringBuilder(size + s.length());
    while (sb.length() < size) {
      sb.append(s);
    }
    return sb.toString().strip();
  }

  static String distinctSentences(int size, long seed) {
    String[] words = {"migration", "border", "policy", "dialogue", "partners", "training", "experts", "Vienna",
        "ministers", "agreed", "project", "support", "countries", "reception", "return", "labour", "cities"};
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder(size + 200);
    int sentence = 0;
    while (sb.length() < size) {
      sb.append("In ").append(1900 + sentence % 200).append(" meeting ").append(sentence++);
      for (int w = 0, k = 5 + rnd.nextInt(12); w < k; w++) {
        sb.append(' ').append(words[rnd.nextInt(words.length)]);
      }
      sb.append(sentence % 7 == 0 ? ".\n\n" : ". ");
    }
    return sb.toString().strip();
  }

  @Test
  void tenMegabytesOfOneRepeatedSentence() {
    String text = oneSentenceRepeated(TEN_MB);
    RepairStage.Result r = Assertions.assertTimeoutPreemptively(BOUND, () -> STAGE.apply(Field.TEXT, text));
    assertThat(r.text()).isEqualTo("The Summer School selection procedure will take place until 30 April 2019.");
    assertThat(r.repairs()).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo("repeated-sentences");
      assertThat(x.before()).hasSize(text.length() - r.text().length());
    });
  }

  @Test
  void tenMegabytesOfDistinctSentences() {
    String text = distinctSentences(TEN_MB, 7);
    RepairStage.Result r = Assertions.assertTimeoutPreemptively(BOUND, () -> STAGE.apply(Field.TEXT, text));
    assertThat(r.repairs()).isEmpty();
    assertThat(r.text()).isSameAs(text);
  }

  @Test
  void tenMegabytesOfParagraphsThatEachLoseASentence() {
    // invented: every paragraph says something new and then repeats a sentence said before, so the
    // repeated-sentences rule goes back over each paragraph to cut it; no '!', '?' or '…' in the text
    String repeated = "The Summer School selection procedure will take place until 30 April 2019.";
    StringBuilder sb = new StringBuilder(TEN_MB + 200);
    sb.append(repeated);
    for (int p = 0; sb.length() < TEN_MB; p++) {
      sb.append("\n\nIn meeting ").append(p).append(" the ministers agreed on the project. ").append(repeated);
    }
    String text = sb.toString();
    RepairStage.Result r = Assertions.assertTimeoutPreemptively(BOUND, () -> STAGE.apply(Field.TEXT, text));
    assertThat(r.repairs()).isNotEmpty().allSatisfy(x -> assertThat(x.kind()).isEqualTo("repeated-sentences"));
    assertThat(r.text()).doesNotContain("project. The Summer");
  }

  @Test
  void tenMegabytesOfGluePointsWithoutRepeats() {
    // every word glued to the next by a capital: many glue points, no block repeated
    StringBuilder sb = new StringBuilder(TEN_MB + 64);
    Random rnd = new Random(3);
    while (sb.length() < TEN_MB) {
      sb.append("Alpha").append(rnd.nextInt(1000)).append("Beta ").append("GammaDelta").append(rnd.nextInt(97))
          .append(' ');
    }
    String text = sb.toString().strip();
    RepairStage.Result r = Assertions.assertTimeoutPreemptively(BOUND, () -> STAGE.apply(Field.TEXT, text));
    assertThat(r.text().length()).isGreaterThan(TEN_MB / 2);
  }
}
