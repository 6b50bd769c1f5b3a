package org.policyfeed.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;
import org.policyfeed.Limits;

/**
 * A hardened Woodstox factory: no DTD processing, no external entities, no entity expansion beyond the
 * five XML ones, and Woodstox's own size limits set just above ours as a backstop. One per reader
 * configuration; Woodstox factories are thread-safe once configured.
 */
public final class XmlInput {
  private final WstxInputFactory factory;
  /** The same, parsing each event in full when it is reached, so that every error surfaces in next(). */
  private final WstxInputFactory direct;

  public XmlInput(Limits limits) {
    this.factory = create(limits);
    this.direct = create(limits);
    direct.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
  }

  private static WstxInputFactory create(Limits limits) {
    WstxInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_VALIDATING, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory2.P_REPORT_PROLOG_WHITESPACE, false);
    f.setProperty(XMLInputFactory2.P_AUTO_CLOSE_INPUT, false);
    f.setProperty(XMLInputFactory.RESOLVER, (javax.xml.stream.XMLResolver) (publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external entity '" + systemId + "' not resolved: external entities are off");
    });
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 10_000L);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 2);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxElementDepth() + 1);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, (int) Math.min(Integer.MAX_VALUE,
        (long) limits.maxTextLength() + 1));
    f.setProperty(WstxInputProperties.P_MAX_CHARACTERS, limits.maxDocumentChars() + 1);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, Math.min(limits.maxTextLength(), 1 << 20));
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 1000);
    return f;
  }

  public XMLStreamReader2 open(InputStream in) throws XMLStreamException {
    return (XMLStreamReader2) factory.createXMLStreamReader(in);
  }

  public XMLStreamReader2 open(Reader in) throws XMLStreamException {
    return (XMLStreamReader2) factory.createXMLStreamReader(in);
  }

  /** A reader of UTF-8 bytes without an XML declaration, for {@link DirectScan}ned input. */
  XMLStreamReader2 openDirect(byte[] bytes, int from) throws XMLStreamException {
    return (XMLStreamReader2) direct.createXMLStreamReader(
        new java.io.ByteArrayInputStream(bytes, from, bytes.length - from), "UTF-8");
  }
}
