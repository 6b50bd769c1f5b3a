package org.policyfeed.internal;

/**
 * Thrown by a parser reading input directly when the XML parser rejects it: the input must be read
 * again on the lenient path. Never leaves {@link RestartingSource}.
 */
final class Restart extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Restart(Throwable cause) {
    super(cause.getMessage(), cause, false, false);
  }
}
