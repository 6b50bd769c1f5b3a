package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SpanSet} answers as a {@code HashSet<String>} of {@link TextShape#normalised} stretches would.
 * The texts are random strings invented here over a tiny alphabet of letters, spaces, no-break spaces and
 * line breaks, so that stretches often share their first characters, or all of them but the spacing.
 */
class SpanSetTest {
  private static final String ALPHABET = "ab  \n\u00a0";

  @Test
  void sameAnswersAsAHashSetOfNormalisedStrings() {
    for (int c = 0; c < 3000; c++) {
      Random rnd = new Random(0x5e75_0000L + c);
      int len = 1 + rnd.nextInt(c % 3 == 0 ? 400 : 60);
      StringBuilder sb = new StringBuilder();
      while (sb.length() < len) {
        // long shared beginnings now and then, to get past the prefix hash
        if (rnd.nextInt(8) == 0) {
          sb.append("a long shared beginning of more than thirty-two characters ");
        }
        sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
      }
      String text = sb.toString();
      SpanSet fast = new SpanSet(text);
      Set<String> reference = new HashSet<>();
      for (int k = 0; k < 200; k++) {
        int a = rnd.nextInt(text.length() + 1);
        int b = a + rnd.nextInt(Math.min(text.length() - a, 120) + 1);
        assertThat(fast.add(a, b)).as("[%d, %d) of '%s'", a, b, text)
            .isEqualTo(reference.add(TextShape.normalised(text, a, b)));
      }
    }
  }

  @Test
  void spacingDoesNotMatter() {
    String text = "One two three.\n\n One  two\u00a0three. One two three four. One two three";
    SpanSet set = new SpanSet(text);
    int second = text.indexOf("One", 1);
    int third = text.indexOf("One", second + 1);
    int fourth = text.indexOf("One", third + 1);
    assertThat(set.add(0, 14)).isTrue();
    assertThat(set.add(second - 1, third)).isFalse(); // with the space before and after it
    assertThat(set.add(third, fourth)).isTrue();
    assertThat(set.add(fourth, text.length())).isTrue();
  }
}
