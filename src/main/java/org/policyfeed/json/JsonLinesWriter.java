package org.policyfeed.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.policyfeed.model.NewsItem;

/**
 * Writes items as JSON Lines: each item compact on its own line, UTF-8, {@code \n} after each. Not
 * thread-safe. Closing flushes but does not close the underlying stream.
 *
 * @since 0.1.0
 */
public final class JsonLinesWriter implements Closeable, Flushable {
  private final ObjectMapper mapper;
  private final Writer out;

  JsonLinesWriter(ObjectMapper mapper, OutputStream out) {
    this.mapper = mapper;
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Writes one item and a line break.
   *
   * @param item the item
   * @throws UncheckedIOException when writing fails
   * @since 0.1.0
   */
  public void write(NewsItem item) {
    try {
      out.write(mapper.writeValueAsString(item));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes what was written to the underlying stream.
   *
   * @since 0.1.0
   */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes; the underlying stream stays open.
   *
   * @since 0.1.0
   */
  @Override
  public void close() {
    flush();
  }
}
