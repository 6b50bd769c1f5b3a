package org.policyfeed.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyfeed.FeedException;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.Severity;

/**
 * Problems found by the stages in front of the XML parser (decoding, lenient repair), each tagged with
 * the character offset in the repaired stream where it happened. Those stages read ahead of the
 * parser, so the parser drains the queue by offset: what lies before an item goes to the channel,
 * what lies inside an item goes to that item.
 *
 * <p>In strict mode a warning or error throws at once. The number of diagnostics kept per code is
 * capped ({@value #MAX_PER_CODE}), so a hostile document cannot grow memory through its problems.
 */
public final class DiagnosticQueue {
  /** Most diagnostics of one code that are kept for one document. */
  static final int MAX_PER_CODE = 50;

  private record Pending(Diagnostic diagnostic, long offset) {}

  private final boolean strict;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private final Map<String, Integer> counts = new HashMap<>();

  public DiagnosticQueue(boolean strict) {
    this.strict = strict;
  }

  public boolean strict() {
    return strict;
  }

  /**
   * Records a problem.
   *
   * @param offset character offset in the repaired stream that the XML parser reads
   * @throws FeedException in strict mode for a warning or an error
   */
  public void report(Severity severity, String code, String message, @Nullable Integer line,
      @Nullable Integer column, long offset) {
    if (strict && severity != Severity.INFO) {
      throw new FeedException(code, message, line, column);
    }
    int n = counts.merge(code, 1, Integer::sum);
    if (n <= MAX_PER_CODE) {
      pending.add(new Pending(new Diagnostic(severity, code, message, line, column), offset));
    } else if (n == MAX_PER_CODE + 1) {
      pending.add(new Pending(new Diagnostic(Severity.INFO, "diagnostics-suppressed", "more '" + code
          + "' problems follow; only the first " + MAX_PER_CODE + " are listed", line, column), offset));
    }
  }

  /** Moves every diagnostic at an offset before {@code offset} to {@code target}, in order. */
  public void drainBefore(long offset, Diagnostics target) {
    while (!pending.isEmpty() && pending.peekFirst().offset() < offset) {
      target.add(pending.pollFirst().diagnostic());
    }
  }

  /** Moves every diagnostic to {@code target}. */
  public void drainAll(Diagnostics target) {
    while (!pending.isEmpty()) {
      target.add(pending.pollFirst().diagnostic());
    }
  }
}
