package org.policyfeed.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Splits "Category: headline" titles. */
public final class Titles {
  /**
   * A category is a short label before the first colon: one to five words, each capitalised or a short
   * joining word (of, the, and, around …), no digits, no sentence punctuation. "Project News:Combatting"
   * (no space after the colon) counts too.
   */
  private static final Pattern CATEGORY = Pattern.compile(
      "\\s*(\\p{Lu}[\\p{L}'’&.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’&.\\-]*|of|the|and|around|in|on|for|to|at|&)){0,4})"
          + "\\s*:\\s*(\\S.*)", Pattern.DOTALL);

  private Titles() {}

  /** The category and the headline; the category is null when the title has none. */
  public record Split(@Nullable String category, String headline) {}

  public static Split split(String title) {
    String t = title.strip();
    if (t.indexOf(':') < 0) {
      return new Split(null, t);
    }
    Matcher m = CATEGORY.matcher(t);
    if (m.matches() && m.group(1).length() <= 40 && !m.group(1).endsWith(".")) {
      return new Split(m.group(1), m.group(2).strip());
    }
    return new Split(null, t);
  }
}
