package org.policyfeed.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * Text without markup whose every {@code &} is a bare one comes back as it is, not copied, and equal to what
 * jsoup makes of it; mixed with references it decodes as jsoup does. The samples are invented.
 */
class HtmlTextBareAmpersandTest {

  @Test
  void bareAmpersandsOnly() {
    String[] samples = {"Tom & Jerry", "a && b", "ends with &", "&", "& starts", "Tom\u00e9 & \u0395\u03bb\u03bb\u03ac\u03b4\u03b1",
        "tab &\tthen", "line &\nbreak"};
    for (String s : samples) {
      assertEquals(HtmlText.convertWithJsoup(s, null), HtmlText.convert(s, null), s);
      assertSame(s, HtmlText.decodeSimple(s), s);
    }
  }

  @Test
  void bareAmpersandsBeforeReferences() {
    String[] samples = {"Tom & Jerry &amp; friends", "a && b &lt; c", "& &#8217; &", "x & y &nbsp;z", "R&D & more",
        "\u0395 & \u03bb &amp; \u03b1", "&&amp;", "& &copy2019"};
    for (String s : samples) {
      assertEquals(HtmlText.convertWithJsoup(s, null), HtmlText.convert(s, null), s);
    }
  }
}
