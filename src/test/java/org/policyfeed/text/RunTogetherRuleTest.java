package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunTogetherRuleTest {
  private final RunTogetherRule rule = new RunTogetherRule();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "free for the participants.The Summer School|free for the participants. The Summer School",
      "launched on 3 February 2020.Journalists can apply|launched on 3 February 2020. Journalists can apply",
      "the “Vienna Roadmap”.The roadmap|the “Vienna Roadmap”. The roadmap",
      "Facility (MPF).It supports|Facility (MPF). It supports",
      "Apply now!The deadline. Who?Journalists.|Apply now! The deadline. Who? Journalists.",
      "implemented by ICMPD.The project|implemented by ICMPD. The project",
      "in Athens.They discussed findings.Recommendations follow|in Athens. They discussed findings. Recommendations follow",
  })
  void insertsTheMissingSpace(String damaged, String clean) {
    assertThat(Rules.fix(rule, damaged)).isEqualTo(clean);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The University of St.Gallen hosted it.",
      "Written by Dr.Novak and J.R.R. Tolkien and E.M. Larsen.",
      "See www.Migration-Media-Award.example.eu for details.",
      "Write to Maria.Schneider@example.org today.",
      "Open https://example.gov.md/Services/Online.Application now.",
      "Hosted at github.com/example/ProfileScan and in Process_Overview.PPTX or report.PDF files.",
      "The file Handbook.Final.pdf is ready.",
      "Budget of EUR 1.4 million, version v2.0, section 3.2.",
      "1.Each entry must be in English.",
      "The U.S.Department of Labor.",
  })
  void leavesAlone(String text) {
    assertThat(Rules.run(rule, text).edits()).isEmpty();
  }
}
