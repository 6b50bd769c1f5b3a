package org.policyfeed;

/**
 * The input is not a feed: empty, an HTML page, or XML of another kind. The message says what was
 * found, for example {@code an HTML document (title '502 Bad Gateway'), not a feed}.
 *
 * @since 0.1.0
 */
public final class NotAFeedException extends FeedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was found instead of a feed
   * @since 0.1.0
   */
  public NotAFeedException(String message) {
    super("not-a-feed", message, null, null);
  }
}
