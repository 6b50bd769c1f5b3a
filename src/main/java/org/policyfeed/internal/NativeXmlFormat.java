package org.policyfeed.internal;

import org.codehaus.stax2.XMLStreamReader2;
import org.policyfeed.Limits;

/**
 * A built-in XML format that fills {@link RawEntry} directly rather than through the public
 * {@link org.policyfeed.format.EntryData}: saves one copy per item and keeps element positions.
 */
interface NativeXmlFormat {

  /** A reader for the document, positioned at the root element's start tag. */
  EntrySource openNative(XMLStreamReader2 reader, Limits limits, boolean strict, DiagnosticQueue queue);
}
