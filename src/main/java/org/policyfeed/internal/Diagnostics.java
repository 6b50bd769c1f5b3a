package org.policyfeed.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyfeed.FeedException;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.Severity;

/**
 * Collects diagnostics for one item or the channel. In strict mode a warning or an error throws at
 * once; notes ({@link Severity#INFO}) never throw.
 */
public final class Diagnostics {
  private final boolean strict;
  private final List<Diagnostic> list = new ArrayList<>();

  public Diagnostics(boolean strict) {
    this.strict = strict;
  }

  public void report(Severity severity, String code, String message, @Nullable Integer line,
      @Nullable Integer column) {
    if (strict && severity != Severity.INFO) {
      throw new FeedException(code, message, line, column);
    }
    list.add(new Diagnostic(severity, code, message, line, column));
  }

  public void report(Severity severity, String code, String message) {
    report(severity, code, message, null, null);
  }

  public void add(Diagnostic d) {
    report(d.severity(), d.code(), d.message(), d.line(), d.column());
  }

  /** A new collector with the same mode and the diagnostics so far. */
  public Diagnostics copy() {
    Diagnostics c = new Diagnostics(strict);
    c.list.addAll(list);
    return c;
  }

  public boolean strict() {
    return strict;
  }

  public List<Diagnostic> list() {
    return List.copyOf(list);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }
}
