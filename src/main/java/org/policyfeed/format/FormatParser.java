package org.policyfeed.format;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * One read of one input: the channel, then the entries one at a time. It should hold the strings of
 * one entry at most, so that memory does not grow with the feed. Not thread-safe; used by one thread.
 *
 * <p>An {@link IOException} from {@link #next()} (a JSON or XML syntax error, say) ends the feed: the
 * library records it as an error diagnostic on the channel ({@code format-malformed}), keeps the
 * entries read so far, and in strict mode throws a {@link org.policyfeed.FeedException}.
 *
 * @since 0.1.0
 */
public interface FormatParser extends Closeable {

  /**
   * The channel's metadata read so far. Called after {@link FeedFormat#open(FormatInput)} (before the
   * first entry) and again once {@link #next()} has returned null, when it may also hold fields that
   * came after the entries.
   *
   * @return the channel
   * @since 0.1.0
   */
  ChannelData channel();

  /**
   * Reads the next entry.
   *
   * @return the entry, or null at the end of the feed
   * @throws IOException when the input cannot be read further
   * @since 0.1.0
   */
  @Nullable EntryData next() throws IOException;

  /**
   * Releases what the parser holds. The library closes the input itself; the default does nothing.
   *
   * @throws IOException when releasing fails
   * @since 0.1.0
   */
  @Override
  default void close() throws IOException {}
}
