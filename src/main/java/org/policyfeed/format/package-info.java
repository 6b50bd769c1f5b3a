/**
 * The format SPI: how a feed format (RSS, Atom, or anything else, XML or not) plugs into
 * {@link org.policyfeed.FeedReader}. A format is one {@link org.policyfeed.format.FeedFormat}: it
 * claims an input from a short {@link org.policyfeed.format.FormatProbe}, then yields a
 * {@link org.policyfeed.format.ChannelData} and one {@link org.policyfeed.format.EntryData} at a time
 * through a {@link org.policyfeed.format.FormatParser}. The library turns those raw strings into the
 * same records whatever the format. Register a format with
 * {@link org.policyfeed.FeedReader.Builder#addFormat(FeedFormat)} or through
 * {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyfeed.format;

import org.jspecify.annotations.NullMarked;
