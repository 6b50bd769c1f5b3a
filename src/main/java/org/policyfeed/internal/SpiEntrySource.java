package org.policyfeed.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.policyfeed.FeedException;
import org.policyfeed.Limits;
import org.policyfeed.format.ChannelData;
import org.policyfeed.format.EntryData;
import org.policyfeed.format.FeedFormat;
import org.policyfeed.format.FormatParser;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.Severity;

/** Maps a format's public {@link EntryData} and {@link ChannelData} onto the raw types the assembler reads. */
final class SpiEntrySource implements EntrySource {
  private final FeedFormat format;
  private final FormatParser parser;
  private final Limits limits;
  private final boolean strict;
  private final RawChannel channel = new RawChannel();
  private final Diagnostics channelDiagnostics;
  private final DiagnosticQueue queue;
  private long items;
  private boolean done;

  /** @param queue diagnostics of the lenient XML filter, when the format reads XML; they go on the channel */
  SpiEntrySource(FeedFormat format, FormatParser parser, Limits limits, boolean strict, DiagnosticQueue queue) {
    this.format = format;
    this.parser = parser;
    this.limits = limits;
    this.strict = strict;
    this.channelDiagnostics = new Diagnostics(strict);
    this.queue = queue;
  }

  @Override
  public void start() {
    refreshChannel();
  }

  @Override
  public RawChannel channel() {
    return channel;
  }

  @Override
  public Diagnostics channelDiagnostics() {
    return channelDiagnostics;
  }

  @Override
  public @Nullable RawEntry next() {
    if (done) {
      return null;
    }
    EntryData e;
    try {
      e = parser.next();
    } catch (IOException ex) {
      done = true;
      refreshChannel();
      queue.drainAll(channelDiagnostics);
      channelDiagnostics.report(Severity.ERROR, "format-malformed", "the " + format.name()
          + " input is not well-formed; reading stopped here: " + ex.getMessage());
      return null;
    }
    if (e == null) {
      done = true;
      refreshChannel();
      queue.drainAll(channelDiagnostics);
      return null;
    }
    if (++items > limits.maxItems()) {
      throw LimitErrors.exceeded("limit-items", "the feed has more than " + limits.maxItems() + " items",
          "maxItems()", e.line(), e.column());
    }
    RawEntry r = new RawEntry(new Diagnostics(strict));
    r.guid = e.id();
    r.title = e.title();
    r.link = e.link();
    r.description = e.summary();
    r.content = e.contentHtml();
    r.published = e.published();
    r.language = e.language();
    r.base = e.base();
    r.authors.addAll(e.authors());
    r.categories.addAll(e.categories());
    r.line = e.line() == null ? 0 : e.line();
    r.column = e.column() == null ? 0 : e.column();
    for (Diagnostic d : e.diagnostics()) {
      r.diagnostics.add(d);
    }
    return r;
  }

  private void refreshChannel() {
    ChannelData c = parser.channel();
    channel.title = c.title();
    channel.link = c.link();
    channel.description = c.description();
    channel.language = c.language();
    channel.generator = c.generator();
    channel.lastBuildDate = c.updated();
    channel.base = c.base();
    channel.hasImage = c.imageUrl() != null;
    channel.imageUrl = c.imageUrl();
    channel.imageTitle = c.imageTitle();
    channel.imageLink = c.imageLink();
  }
}
