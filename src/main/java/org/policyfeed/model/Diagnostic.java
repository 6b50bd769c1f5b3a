package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A problem found in the input and how it was handled.
 *
 * @param severity how serious it is
 * @param code a stable, machine-readable code such as {@code date-guessed}
 * @param message a sentence for people
 * @param line line in the input (1-based), or null when the problem has no place in the input
 * @param column column in the input (1-based), or null
 * @since 0.1.0
 */
public record Diagnostic(
    @JsonProperty("severity") Severity severity,
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("line") @Nullable Integer line,
    @JsonProperty("column") @Nullable Integer column) {

  /** Checks that no required component is null. */
  public Diagnostic {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }

  /**
   * Formats the diagnostic for a person: {@code line 3, column 7: warning date-guessed: message}.
   *
   * @return the formatted line
   * @since 0.1.0
   */
  @Override
  public String toString() {
    String where = line == null ? "" : "line " + line + (column == null ? "" : ", column " + column) + ": ";
    return where + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + code + ": " + message;
  }
}
