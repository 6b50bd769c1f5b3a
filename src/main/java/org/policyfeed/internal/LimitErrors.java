package org.policyfeed.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.policyfeed.FeedException;
import org.policyfeed.Limits;

/** The one wording of a limit error: what was exceeded and which {@code Limits} setting to change. */
final class LimitErrors {
  private LimitErrors() {}

  /**
   * A limit error.
   *
   * @param code such as {@code limit-element-depth}
   * @param what what the input did, such as {@code elements are nested deeper than 200}
   * @param setting the accessor naming the setting, such as {@code maxElementDepth()}
   */
  static FeedException exceeded(String code, String what, String setting, @Nullable Integer line,
      @Nullable Integer column) {
    return new FeedException(code, what + ", the maximum allowed (from Limits." + setting
        + "); raise it with Limits.builder()." + setting.replace("()", "(…)") + " if the input is trusted",
        line, column);
  }

  /**
   * The limit error for a Woodstox message that says one of its own limits (set just above ours as a
   * backstop) was reached, or null when the message is about something else.
   */
  static @Nullable FeedException fromWoodstox(String msg, Limits limits, @Nullable Integer line,
      @Nullable Integer col) {
    String m = msg.toLowerCase(Locale.ROOT);
    if (m.contains("maximum document characters") || m.contains("maximum total characters")) {
      return exceeded("limit-document-chars", "the document is longer than " + limits.maxDocumentChars()
          + " characters", "maxDocumentChars()", line, col);
    }
    if (m.contains("maximum element depth")) {
      return exceeded("limit-element-depth", "elements are nested deeper than " + limits.maxElementDepth(),
          "maxElementDepth()", line, col);
    }
    if (m.contains("maximum text length") || m.contains("text length limit")
        || m.contains("attribute value") && m.contains("exceeds")) {
      return exceeded("limit-text-length", "a text is longer than " + limits.maxTextLength() + " characters",
          "maxTextLength()", line, col);
    }
    return null;
  }
}
