package org.policyfeed.format;

import java.io.IOException;

/**
 * A feed format: decides whether it can read an input, then reads it one entry at a time.
 *
 * <p>Implementations must be stateless and thread-safe: one instance serves every
 * {@link org.policyfeed.FeedReader} and every {@code open} call. All per-read state lives in the
 * {@link FormatParser} that {@link #open(FormatInput)} returns.
 *
 * <p>To add a format, write one class implementing this interface and either pass an instance to
 * {@link org.policyfeed.FeedReader.Builder#addFormat(FeedFormat)} or list the class in
 * {@code META-INF/services/org.policyfeed.format.FeedFormat} (class path) or in a
 * {@code provides org.policyfeed.format.FeedFormat with ...} clause (module path); a class found that
 * way needs a public no-argument constructor. Formats registered in the builder are asked first, in
 * the order added, then formats found through {@link java.util.ServiceLoader}, then the built-in RSS
 * and Atom formats. The first format that {@linkplain #claims(FormatProbe) claims} the input reads it.
 *
 * @since 0.1.0
 */
public interface FeedFormat {

  /**
   * A short, stable name for diagnostics and documentation, such as {@code "atom"} or
   * {@code "json-feed"}.
   *
   * @return the name
   * @since 0.1.0
   */
  String name();

  /**
   * Whether this format reads the input that starts as the probe shows. Must be fast and must not
   * keep the probe. When {@link FormatProbe#isXml()} is true the input has been opened as XML and
   * only {@link FormatInput#xml()} is available to {@link #open(FormatInput)}; otherwise only
   * {@link FormatInput#reader()} is.
   *
   * @param probe the start of the input
   * @return true to read the input
   * @since 0.1.0
   */
  boolean claims(FormatProbe probe);

  /**
   * Starts reading a claimed input. Should read no further than the channel's metadata before the
   * first entry, so that a feed of any size streams.
   *
   * @param input the input, positioned at its start (or, for XML, at the root element's start tag)
   * @return a parser that yields the channel and then one entry at a time
   * @throws IOException when the input cannot be read; reported as a {@code NotAFeedException}
   * @throws org.policyfeed.NotAFeedException when the input turns out not to be a feed after all
   * @since 0.1.0
   */
  FormatParser open(FormatInput input) throws IOException;
}
