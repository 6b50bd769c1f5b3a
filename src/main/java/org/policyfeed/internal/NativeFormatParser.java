package org.policyfeed.internal;

import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;
import org.policyfeed.format.ChannelData;
import org.policyfeed.format.EntryData;
import org.policyfeed.format.FormatInput;
import org.policyfeed.format.FormatParser;
import org.policyfeed.model.Diagnostic;

/**
 * A built-in reader seen through the public SPI, for code that finds the built-in formats through
 * {@link java.util.ServiceLoader} and calls {@link org.policyfeed.format.FeedFormat#open} itself. The
 * library does not use this path: it reads built-in formats natively.
 */
final class NativeFormatParser implements FormatParser {
  private final EntrySource source;

  NativeFormatParser(NativeXmlFormat format, FormatInput input) {
    if (!(input.xml() instanceof XMLStreamReader2 r)) {
      throw new IllegalArgumentException("the built-in formats need a Woodstox (Stax2) reader");
    }
    this.source = format.openNative(r, input.limits(), false, new DiagnosticQueue(false));
    source.start();
  }

  @Override
  public ChannelData channel() {
    RawChannel c = source.channel();
    return new ChannelData(c.title, c.link, c.description, c.language, c.generator, c.lastBuildDate, c.base,
        c.imageUrl, c.imageTitle, c.imageLink);
  }

  @Override
  public @Nullable EntryData next() {
    RawEntry e = source.next();
    if (e == null) {
      return null;
    }
    EntryData.Builder b = EntryData.builder().id(e.guid).title(e.title).link(e.link).summary(e.description)
        .contentHtml(e.content).published(e.published).language(e.language).base(e.base)
        .position(e.line, e.column);
    e.authors.forEach(b::addAuthor);
    e.categories.forEach(b::addCategory);
    for (Diagnostic d : e.diagnostics.list()) {
      b.addDiagnostic(d);
    }
    return b.build();
  }
}
