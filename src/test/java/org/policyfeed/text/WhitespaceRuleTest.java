package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WhitespaceRuleTest {
  private final WhitespaceRule rule = new WhitespaceRule();

  static Stream<Arguments> damaged() {
    return Stream.of(
        Arguments.of("The journey.\u00a0 The field research", "The journey. The field research"),
        Arguments.of("met\u00a0\u00a0in Baku on 12\u00a0\u00a0\u00a0March", "met in Baku on 12 March"),
        Arguments.of("14 countries , the Commission", "14 countries, the Commission"),
        Arguments.of("topics : return (Phase 2 ). Who ? Only !", "topics: return (Phase 2). Who? Only!"),
        Arguments.of("five days . Certificates ; the best", "five days. Certificates; the best"),
        Arguments.of("Directorate of\nBorder Police and the\nCoast Guard\ntook part", "Directorate of Border Police and the Coast Guard took part"),
        Arguments.of("Greece, Bulgaria,\nSerbia and Hungary.", "Greece, Bulgaria, Serbia and Hungary."),
        Arguments.of("Open.\n\n\n\nDeadline.\n\n \u00a0\n\nMore.", "Open.\n\nDeadline.\n\nMore."),
        Arguments.of("Download.  \n\nDetails. \u00a0", "Download.\n\nDetails."),
        Arguments.of("Topics :\n  • Diaspora \n\t• Labour  migration", "Topics:\n• Diaspora\n• Labour migration"),
        Arguments.of("contact@example.eu .\u00a0", "contact@example.eu."));
  }

  @ParameterizedTest
  @MethodSource("damaged")
  void repairs(String damaged, String clean) {
    assertThat(Rules.fix(rule, damaged)).isEqualTo(clean);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "On 12\u00a0March the fee was €\u00a0120.", // a single no-break space is kept
      "The minister asked what comes next ... and answered.", // an ellipsis after a space
      "Truncated teaser ...",
      "The meeting was held in Sofia.\nThe event closed at noon.", // a line break after a sentence end
      "ICMPD\nGonzagagasse 1\nVienna", // an address
      "Dr Claire Healy\nSenior Researcher", // a name over a title
      "It runs on .NET and reads .csv files.",
      "Criteria:\n1. English.\n2. French.",
  })
  void leavesAlone(String text) {
    assertThat(Rules.run(rule, text).edits()).isEmpty();
  }
}
