package org.policyfeed.internal;

import org.jspecify.annotations.Nullable;

/**
 * What {@code FeedStream} pulls from: the channel and then one raw entry at a time. Implemented by the
 * built-in XML readers and, for formats added through the SPI, by {@link SpiEntrySource}.
 */
public interface EntrySource {

  /** Reads up to the first entry. */
  void start();

  RawChannel channel();

  Diagnostics channelDiagnostics();

  /** The next entry, or null at the end of the feed. */
  @Nullable RawEntry next();
}
