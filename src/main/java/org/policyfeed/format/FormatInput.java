package org.policyfeed.format;

import java.io.Reader;
import javax.xml.stream.XMLStreamReader;
import org.policyfeed.Limits;

/**
 * The input a claimed {@link FeedFormat} reads, in the one form that suits it. The library owns it:
 * a format must not close it.
 *
 * @since 0.1.0
 */
public interface FormatInput {

  /**
   * The input as characters from its start, for formats that are not XML. Bytes are decoded as the
   * byte-order mark says, else as UTF-8 (as JSON requires).
   *
   * @return the characters
   * @throws IllegalStateException when the input was opened as XML ({@link FormatProbe#isXml()})
   * @since 0.1.0
   */
  Reader reader();

  /**
   * The input as a hardened XML pull parser (no DTDs, no external entities, the reader's
   * {@link Limits}), positioned at the root element's start tag.
   *
   * @return the XML reader
   * @throws IllegalStateException when the input was not opened as XML
   * @since 0.1.0
   */
  XMLStreamReader xml();

  /**
   * The reader's limits. The library enforces {@link Limits#maxItems()} itself; a format should keep
   * the text of one field within {@link Limits#maxTextLength()} and nesting within
   * {@link Limits#maxElementDepth()}.
   *
   * @return the limits
   * @since 0.1.0
   */
  Limits limits();
}
