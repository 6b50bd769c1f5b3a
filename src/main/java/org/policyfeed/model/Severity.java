package org.policyfeed.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How serious a {@link Diagnostic} is.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Something was normalised or guessed; the value is still what the feed meant. */
  @JsonProperty("info")
  INFO,
  /** The input broke a rule and was recovered; check the value. */
  @JsonProperty("warning")
  WARNING,
  /** The input was not well-formed; something may be missing. In strict mode this throws. */
  @JsonProperty("error")
  ERROR
}
