package org.policyfeed.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Output of several files read in parallel, kept in file order: the first unfinished file writes
 * straight through; the others collect their output in memory and, past {@link #SPILL_BYTES}, in a
 * temporary file, until their turn comes. Memory stays bounded however large the files are.
 */
final class OrderedOutput {
  static final int SPILL_BYTES = 4 * 1024 * 1024;

  private final OutputStream out;
  private final List<Slot> slots = new ArrayList<>();
  private int head;

  OrderedOutput(OutputStream out, int files) {
    this.out = out;
    for (int i = 0; i < files; i++) {
      slots.add(new Slot());
    }
    slots.get(0).live = true;
  }

  /** The output stream of file {@code i}; close it when the file is done. */
  OutputStream slot(int i) {
    return slots.get(i);
  }

  private void advance() throws IOException {
    while (head < slots.size() && slots.get(head).done) {
      head++;
      if (head < slots.size()) {
        slots.get(head).goLive();
      }
    }
    out.flush();
  }

  private final class Slot extends OutputStream {
    private boolean live;
    private boolean done;
    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private @Nullable Path spill;
    private @Nullable OutputStream spillOut;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      synchronized (OrderedOutput.this) {
        if (live) {
          out.write(b, off, len);
        } else if (spillOut != null) {
          spillOut.write(b, off, len);
        } else if (memory.size() + len > SPILL_BYTES) {
          spill = Files.createTempFile("policyfeed-", ".out");
          spillOut = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
          memory.writeTo(spillOut);
          memory.reset();
          spillOut.write(b, off, len);
        } else {
          memory.write(b, off, len);
        }
      }
    }

    @Override
    public void flush() throws IOException {
      synchronized (OrderedOutput.this) {
        if (live) {
          out.flush();
        }
      }
    }

    /** Called with the lock held: writes what was collected, then writes straight through. */
    void goLive() throws IOException {
      memory.writeTo(out);
      memory.reset();
      if (spill != null) {
        spillOut.close();
        try (InputStream in = Files.newInputStream(spill)) {
          in.transferTo(out);
        }
        Files.deleteIfExists(spill);
        spill = null;
        spillOut = null;
      }
      live = true;
    }

    @Override
    public void close() {
      synchronized (OrderedOutput.this) {
        if (done) {
          return;
        }
        done = true;
        try {
          if (live) {
            advance();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
