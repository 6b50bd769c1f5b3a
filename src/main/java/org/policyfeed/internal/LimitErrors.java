package org.policyfeed.internal;

import org.jspecify.annotations.Nullable;
import org.policyfeed.FeedException;

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
}
