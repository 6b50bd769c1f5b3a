package org.policyfeed.internal;

import org.codehaus.stax2.XMLStreamReader2;
import org.policyfeed.Limits;
import org.policyfeed.format.FormatProbe;

/**
 * RSS 0.90 to 0.94 and 2.0 ({@code <rss>}) and RSS 1.0 / 0.90 ({@code <rdf:RDF>}), read by
 * {@link XmlFeedParser}. Built in.
 */
public final class RssFormat implements NativeXmlFormat {

  @Override
  public String name() {
    return "rss";
  }

  @Override
  public boolean claims(FormatProbe probe) {
    // <rss> in no namespace, or in one (http://backend.userland.com/rss2 and the like)
    return "rss".equals(probe.rootName()) || probe.isRoot(XmlFeedParser.RDF_NS, "RDF");
  }

  @Override
  public EntrySource openNative(XMLStreamReader2 reader, Limits limits, boolean strict,
      DiagnosticQueue queue) {
    return new XmlFeedParser(reader, limits, strict, queue);
  }
}
