package org.policyfeed.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads input held whole directly with the XML parser, and starts over on the lenient path (decoder
 * and filter in front of the parser) at the first problem: then reads as many entries as were already
 * handed out, drops them, and goes on from there. The caller sees what the lenient path alone gives.
 *
 * <p>Why that holds: {@link DirectScan} admits only input on which the lenient stages change nothing the
 * parser reports (no diagnostic, the same characters for the parser but for escapes, the same line
 * and start-tag columns). Up to the first thing the parser rejects, both paths read the same entries,
 * and the lenient stages report nothing there: each of their repairs is of something the parser
 * rejects, and they report it where it is. The channel's fields before the first entry are the same
 * too; what comes later is read by the lenient path again. Any exception of the direct read (the
 * parser's, a limit, not a feed) restarts: the lenient path then throws its own, if any.
 *
 * <p>One difference remains, in timing only: the filter enforces the element depth limit while it reads
 * ahead of the parser, so on the lenient path alone the limit error may come an entry or so earlier.
 */
public final class RestartingSource implements EntrySource, AutoCloseable {
  private final Supplier<Formats.Opened> lenient;
  private EntrySource current;
  private AutoCloseable closer;
  private boolean direct = true;
  /** Entries the direct read has handed out. */
  private long delivered;

  /**
   * @param directly the direct read, not started
   * @param lenient opens the same input on the lenient path, not started
   */
  public RestartingSource(Formats.Opened directly, Supplier<Formats.Opened> lenient) {
    this.current = directly.source();
    this.closer = directly.closer();
    this.lenient = lenient;
  }

  /** Whether the input is still read directly (for tests). */
  public boolean direct() {
    return direct;
  }

  @Override
  public void start() {
    try {
      current.start();
    } catch (RuntimeException e) {
      restart();
    }
  }

  @Override
  public RawChannel channel() {
    return current.channel();
  }

  @Override
  public Diagnostics channelDiagnostics() {
    return current.channelDiagnostics();
  }

  @Override
  public @Nullable RawEntry next() {
    if (!direct) {
      return current.next();
    }
    RawEntry e;
    try {
      e = current.next();
    } catch (RuntimeException ex) {
      restart();
      for (long i = 0; i < delivered; i++) {
        if (current.next() == null) {
          return null;
        }
      }
      return current.next();
    }
    if (e != null) {
      delivered++;
    }
    return e;
  }

  private void restart() {
    direct = false;
    try {
      closer.close();
    } catch (Exception e) {
      // the direct reader holds nothing but the caller's array
    }
    Formats.Opened opened = lenient.get();
    current = opened.source();
    closer = opened.closer();
    current.start();
  }

  @Override
  public void close() throws Exception {
    closer.close();
  }
}
