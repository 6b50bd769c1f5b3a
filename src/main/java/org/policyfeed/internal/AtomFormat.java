package org.policyfeed.internal;

import org.codehaus.stax2.XMLStreamReader2;
import org.policyfeed.Limits;
import org.policyfeed.format.FormatProbe;

/**
 * Atom 1.0 and Atom 0.3 ({@code <feed>} in their namespaces, or in none), read by
 * {@link AtomFeedParser}. Built in.
 */
public final class AtomFormat implements NativeXmlFormat {

  @Override
  public String name() {
    return "atom";
  }

  @Override
  public boolean claims(FormatProbe probe) {
    // any namespace: feeds that lost or mistyped the Atom namespace are still read (leniently)
    return "feed".equals(probe.rootName());
  }

  @Override
  public EntrySource openNative(XMLStreamReader2 reader, Limits limits, boolean strict,
      DiagnosticQueue queue) {
    return new AtomFeedParser(reader, limits, strict, queue);
  }
}
