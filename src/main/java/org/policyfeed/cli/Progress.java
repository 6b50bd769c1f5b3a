package org.policyfeed.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress on standard error for people: bytes read of the total, items, rate and time left, redrawn
 * in place and erased when done. Shown only when switched on; by default that is when standard
 * error is a terminal. Thread-safe: readers add bytes and items from any thread.
 */
final class Progress implements AutoCloseable {
  private static final long FIRST_DRAW_NANOS = 500_000_000L;
  private static final long REDRAW_MILLIS = 250;

  private final PrintStream err;
  private final boolean enabled;
  private final long totalBytes;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong items = new AtomicLong();
  private final long start = System.nanoTime();
  private final Thread drawer;
  private volatile boolean running = true;
  private boolean drawn;

  Progress(PrintStream err, boolean enabled, long totalBytes) {
    this.err = err;
    this.enabled = enabled;
    this.totalBytes = totalBytes;
    this.drawer = new Thread(this::loop, "policyfeed-progress");
    drawer.setDaemon(true);
    if (enabled) {
      drawer.start();
    }
  }

  /** Whether standard error is a terminal (Linux: fd 2 is a tty device; elsewhere: a console exists). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  void addBytes(long n) {
    bytes.addAndGet(n);
  }

  void addItem() {
    items.incrementAndGet();
  }

  /** Prints a line on standard error without garbling the progress line. */
  synchronized void println(String line) {
    if (drawn) {
      err.print("\r\033[K");
      drawn = false;
    }
    err.println(line);
  }

  private void loop() {
    while (running) {
      try {
        Thread.sleep(REDRAW_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      if (running && System.nanoTime() - start > FIRST_DRAW_NANOS) {
        draw();
      }
    }
  }

  private synchronized void draw() {
    if (!running) {
      return;
    }
    err.print("\r\033[K" + line(bytes.get(), items.get(), System.nanoTime() - start, totalBytes));
    err.flush();
    drawn = true;
  }

  /** The progress line, e.g. {@code 37% 370.2/1000.0 MB  12,345 items  95.1 MB/s  0:07 left}. */
  static String line(long bytes, long items, long nanos, long totalBytes) {
    double seconds = Math.max(nanos / 1e9, 1e-3);
    double rate = bytes / seconds;
    StringBuilder sb = new StringBuilder();
    if (totalBytes > 0) {
      sb.append(String.format(Locale.ROOT, "%3d%% %.1f/%.1f MB", Math.min(100, bytes * 100 / totalBytes),
          bytes / 1e6, totalBytes / 1e6));
    } else {
      sb.append(String.format(Locale.ROOT, "%.1f MB", bytes / 1e6));
    }
    sb.append(String.format(Locale.ROOT, "  %,d items  %.1f MB/s", items, rate / 1e6));
    if (totalBytes > 0 && rate > 0 && bytes < totalBytes) {
      long left = (long) ((totalBytes - bytes) / rate);
      sb.append(String.format(Locale.ROOT, "  %d:%02d left", left / 60, left % 60));
    }
    return sb.toString();
  }

  @Override
  public void close() {
    running = false;
    drawer.interrupt();
    synchronized (this) {
      if (drawn) {
        err.print("\r\033[K");
        err.flush();
        drawn = false;
      }
    }
  }

  boolean enabled() {
    return enabled;
  }
}
