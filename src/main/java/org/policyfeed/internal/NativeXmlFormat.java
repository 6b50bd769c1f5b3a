package org.policyfeed.internal;

import org.codehaus.stax2.XMLStreamReader2;
import org.policyfeed.Limits;
import org.policyfeed.format.FeedFormat;
import org.policyfeed.format.FormatInput;
import org.policyfeed.format.FormatParser;

/**
 * A built-in XML format that fills {@link RawEntry} directly rather than through the public
 * {@link org.policyfeed.format.EntryData}: saves one copy per item and keeps element positions.
 */
interface NativeXmlFormat extends FeedFormat {

  /** Through the public SPI, for code that opens a built-in format itself; the library reads them natively. */
  @Override
  default FormatParser open(FormatInput input) {
    return new NativeFormatParser(this, input);
  }

  /** A reader for the document, positioned at the root element's start tag. */
  EntrySource openNative(XMLStreamReader2 reader, Limits limits, boolean strict, DiagnosticQueue queue);
}
