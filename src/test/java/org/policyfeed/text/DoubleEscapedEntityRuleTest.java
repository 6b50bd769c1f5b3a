package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DoubleEscapedEntityRuleTest {
  private final DoubleEscapedEntityRule rule = new DoubleEscapedEntityRule();

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Eligibility &amp;amp; Application|Eligibility & Application",
      "ICMPD&amp;#8217;s|ICMPD’s",
      "the &amp;quot;Roadmap&amp;quot;|the \"Roadmap\"",
      "Val&amp;eacute;rie|Valérie",
      "partners&#38;#8217; needs|partners’ needs",
      "Q&amp;A and AT&amp;amp;T|Q&A and AT&T",
      "&#8220;Resilience&#8221;|“Resilience”",
      "motto &quot;Leave&quot;|motto \"Leave\"",
      "2019&amp;#x2013;2021|2019–2021",
      "triple &amp;amp;amp;amp; layers|triple & layers",
      "cp1252 range &#146;|cp1252 range ’",
  })
  void decodes(String damaged, String clean) {
    assertThat(Rules.fix(rule, damaged)).isEqualTo(clean);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "M&E; R&D; and procurement", "AT&T, Johnson & Johnson", "Q&A session", "&notanentity; here",
      "&#0; &#xD800; &#99999999;", "a lone & and &;", "&amp no semicolon",
  })
  void leavesAlone(String text) {
    assertThat(Rules.run(rule, text).edits()).isEmpty();
  }
}
