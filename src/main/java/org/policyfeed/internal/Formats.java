package org.policyfeed.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;
import org.policyfeed.Limits;
import org.policyfeed.NotAFeedException;
import org.policyfeed.format.FeedFormat;
import org.policyfeed.format.FormatInput;
import org.policyfeed.format.FormatParser;
import org.policyfeed.format.FormatProbe;

/**
 * Picks the format for an input and opens it: reads a bounded prefix (then rewinds), opens XML-looking
 * input with the hardened XML factory up to its root element, and asks each format in order whether
 * it claims the input. Input no format claims goes to the RSS reader, which names what it found.
 * Immutable and thread-safe.
 */
public final class Formats {
  /** An opened input: the entries and what to close when done. */
  public record Opened(EntrySource source, AutoCloseable closer) {}

  private static final int PREFIX_BYTES = FormatProbe.PREFIX_LENGTH;
  private static final RssFormat RSS = new RssFormat();

  private final List<FeedFormat> formats;
  private final XmlInput xml;
  private final Limits limits;
  private final boolean strict;

  /**
   * @param formats the formats in the order they are asked; the built-in ones are appended
   */
  public Formats(List<FeedFormat> formats, XmlInput xml, Limits limits, boolean strict) {
    List<FeedFormat> all = new ArrayList<>(formats);
    all.add(RSS);
    all.add(new AtomFormat());
    this.formats = List.copyOf(all);
    this.xml = xml;
    this.limits = limits;
    this.strict = strict;
  }

  /** The formats found through {@link ServiceLoader}, other than the built-in ones. */
  public static List<FeedFormat> discovered() {
    List<FeedFormat> found = new ArrayList<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    try {
      for (FeedFormat f : ServiceLoader.load(FeedFormat.class)) {
        if (!(f instanceof NativeXmlFormat) && seen.add(f.getClass())) {
          found.add(f);
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("a feed format listed for ServiceLoader cannot be loaded: "
          + e.getMessage(), e);
    }
    return found;
  }

  public List<FeedFormat> formats() {
    return formats;
  }

  public Opened open(InputStream in) throws XMLStreamException {
    BufferedInputStream b = new BufferedInputStream(in, PREFIX_BYTES * 2);
    byte[] head;
    try {
      b.mark(PREFIX_BYTES);
      head = b.readNBytes(PREFIX_BYTES);
      b.reset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int bom = bomLength(head);
    Charset cs = charset(head);
    String prefix = decode(head, bom, cs);
    if (!looksLikeXml(prefix)) {
      FeedFormat f = claimant(new FormatProbe(prefix, null, null));
      if (f != null) {
        try {
          b.skipNBytes(bom);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return openText(f, new InputStreamReader(b, cs));
      }
    }
    return openXml(xml.open(b), prefix);
  }

  public Opened open(Reader in) throws XMLStreamException {
    BufferedReader b = new BufferedReader(in, PREFIX_BYTES * 2);
    String prefix;
    try {
      b.mark(PREFIX_BYTES);
      char[] buf = new char[PREFIX_BYTES];
      int n = 0;
      while (n < buf.length) {
        int k = b.read(buf, n, buf.length - n);
        if (k < 0) {
          break;
        }
        n += k;
      }
      b.reset();
      prefix = new String(buf, 0, n);
      if (prefix.startsWith("\uFEFF")) {
        prefix = prefix.substring(1);
        if (!looksLikeXml(prefix)) {
          b.skip(1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!looksLikeXml(prefix)) {
      FeedFormat f = claimant(new FormatProbe(prefix, null, null));
      if (f != null) {
        return openText(f, b);
      }
    }
    return openXml(xml.open(b), prefix);
  }

  private Opened openXml(XMLStreamReader2 r, String prefix) {
    int ev = r.getEventType();
    try {
      while (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_DOCUMENT) {
        ev = r.next();
      }
    } catch (XMLStreamException e) {
      throw XmlFeedParser.notAFeed(e);
    }
    if (ev == XMLStreamConstants.END_DOCUMENT) {
      throw new NotAFeedException("an XML document without elements, not a feed");
    }
    String ns = r.getNamespaceURI();
    FormatProbe probe = new FormatProbe(prefix, ns == null ? "" : ns, r.getLocalName());
    FeedFormat f = claimant(probe);
    AutoCloseable closer = r::closeCompletely;
    if (f == null || f instanceof NativeXmlFormat) {
      NativeXmlFormat n = f == null ? RSS : (NativeXmlFormat) f;
      return new Opened(n.openNative(r, limits, strict), closer);
    }
    FormatParser p = openSpi(f, new Input(null, r));
    return new Opened(new SpiEntrySource(f, p, limits, strict), () -> {
      try {
        p.close();
      } finally {
        r.closeCompletely();
      }
    });
  }

  private Opened openText(FeedFormat f, Reader reader) {
    FormatParser p = openSpi(f, new Input(reader, null));
    return new Opened(new SpiEntrySource(f, p, limits, strict), p);
  }

  private FormatParser openSpi(FeedFormat f, FormatInput input) {
    try {
      return f.open(input);
    } catch (IOException e) {
      throw new NotAFeedException("not readable as " + f.name() + " (" + e.getMessage() + "), not a feed");
    }
  }

  private @Nullable FeedFormat claimant(FormatProbe probe) {
    for (FeedFormat f : formats) {
      if ((probe.isXml() || !(f instanceof NativeXmlFormat)) && f.claims(probe)) {
        return f;
      }
    }
    return null;
  }

  private static boolean looksLikeXml(String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '<';
      }
    }
    return true; // empty: let the XML reader say so
  }

  private static int bomLength(byte[] h) {
    if (h.length >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
      return 3;
    }
    if (h.length >= 2 && (((h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF)
        || ((h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE))) {
      return 2;
    }
    return 0;
  }

  private static Charset charset(byte[] h) {
    if (h.length >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (h.length >= 2 && h[0] == 0 && h[1] == '<') {
      return StandardCharsets.UTF_16BE;
    }
    if (h.length >= 2 && h[0] == '<' && h[1] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  private static String decode(byte[] h, int from, Charset cs) {
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(h.length);
    d.decode(ByteBuffer.wrap(h, from, h.length - from), out, true);
    out.flip();
    return out.toString();
  }

  /** The input in the one form the claimed format may use. */
  private final class Input implements FormatInput {
    private final @Nullable Reader reader;
    private final @Nullable XMLStreamReader xmlReader;

    Input(@Nullable Reader reader, @Nullable XMLStreamReader xmlReader) {
      this.reader = reader;
      this.xmlReader = xmlReader;
    }

    @Override
    public Reader reader() {
      if (reader == null) {
        throw new IllegalStateException("the input was opened as XML (FormatProbe.isXml()): use xml()");
      }
      return reader;
    }

    @Override
    public XMLStreamReader xml() {
      if (xmlReader == null) {
        throw new IllegalStateException("the input is not XML (FormatProbe.isXml() is false): use reader()");
      }
      return xmlReader;
    }

    @Override
    public Limits limits() {
      return limits;
    }
  }
}
