package org.policyfeed;

import org.jspecify.annotations.Nullable;

/**
 * The one exception a reader throws for bad input: in strict mode for the first problem, in either
 * mode for input that is not a feed ({@link NotAFeedException}) or that exceeds a {@link Limits}
 * setting. I/O errors of the caller's stream arrive as {@link java.io.UncheckedIOException}.
 *
 * @since 0.1.0
 */
public class FeedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final @Nullable Integer line;
  private final @Nullable Integer column;

  /**
   * Creates an exception.
   *
   * @param code the diagnostic code, such as {@code xml-malformed} or {@code limit-text-length}
   * @param message what went wrong, for people
   * @param line 1-based line, or null when unknown
   * @param column 1-based column, or null when unknown
   * @since 0.1.0
   */
  public FeedException(String code, String message, @Nullable Integer line, @Nullable Integer column) {
    super(message);
    this.code = code;
    this.line = line;
    this.column = column;
  }

  /**
   * The diagnostic code.
   *
   * @return the code
   * @since 0.1.0
   */
  public String code() {
    return code;
  }

  /**
   * The 1-based line of the problem.
   *
   * @return the line, or null when unknown
   * @since 0.1.0
   */
  public @Nullable Integer line() {
    return line;
  }

  /**
   * The 1-based column of the problem.
   *
   * @return the column, or null when unknown
   * @since 0.1.0
   */
  public @Nullable Integer column() {
    return column;
  }

  @Override
  public String getMessage() {
    String m = super.getMessage();
    return line == null ? m : m + " (line " + line + (column == null ? "" : ", column " + column) + ")";
  }
}
