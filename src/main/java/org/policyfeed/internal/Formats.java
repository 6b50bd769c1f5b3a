package org.policyfeed.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
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

  private static final int PREFIX_LENGTH = FormatProbe.PREFIX_LENGTH;
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

  /**
   * The formats found through {@link ServiceLoader}, other than the built-in ones. A provider that implements
   * another copy's {@link FeedFormat} (the library loaded twice, by different class loaders, and the thread's
   * context loader seeing the other copy's {@code META-INF/services}) is not one of this copy's formats and is
   * passed over; any other provider that cannot be loaded is an error.
   */
  public static List<FeedFormat> discovered() {
    List<FeedFormat> found = new ArrayList<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    Iterator<FeedFormat> providers = ServiceLoader.load(FeedFormat.class).iterator();
    while (true) {
      FeedFormat f;
      try {
        if (!providers.hasNext()) {
          return found;
        }
        f = providers.next();
      } catch (ServiceConfigurationError e) {
        if (ofAnotherCopy(e)) {
          continue; // the loader goes on with the next provider listed
        }
        throw new IllegalStateException("a feed format listed for ServiceLoader cannot be loaded: "
            + e.getMessage(), e);
      }
      if (!(f instanceof NativeXmlFormat) && seen.add(f.getClass())) {
        found.add(f);
      }
    }
  }

  /** Whether the provider was loaded but is no {@link FeedFormat} of this copy ({@link ServiceLoader}'s words). */
  private static boolean ofAnotherCopy(ServiceConfigurationError e) {
    String m = e.getMessage();
    return e.getCause() == null && m != null && m.endsWith(" not a subtype");
  }

  public List<FeedFormat> formats() {
    return formats;
  }

  /**
   * Opens decoded input: a format that claims the start of non-XML input reads it as it is; everything
   * else goes through the lenient XML filter into the hardened XML reader and to the format that claims
   * its root element.
   *
   * @param in the feed's characters
   * @param queue where the filter and the decoder put what they repair
   * @param decoder the decoder {@code in} comes from, or null when the caller gave characters
   */
  public Opened open(Reader in, DiagnosticQueue queue, @Nullable FeedDecoder decoder) {
    BufferedReader b = new BufferedReader(in, PREFIX_LENGTH * 2);
    String prefix;
    try {
      b.mark(PREFIX_LENGTH);
      char[] buf = new char[PREFIX_LENGTH];
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
        FormatParser p = openSpi(f, new Input(b, null));
        return new Opened(new SpiEntrySource(f, p, limits, strict, queue), p);
      }
    }
    XMLStreamReader2 r;
    try {
      r = xml.open(new LenientXmlFilter(b, decoder, queue, limits));
    } catch (XMLStreamException e) {
      throw new NotAFeedException("not readable as XML (" + e.getMessage() + "), not a feed");
    }
    return openXml(r, prefix, queue);
  }

  /**
   * Opens bytes that {@link DirectScan} admitted for direct reading, starting at {@code from}, with a
   * parser that throws at the first error instead of recording it (for {@link RestartingSource}). Null
   * when the input must take the lenient path after all: the XML parser rejects what comes before the
   * root element, or a format other than the built-in ones claims it.
   *
   * @param bytes UTF-8, maybe with a byte-order mark
   * @param from where the XML parser starts, after the byte-order mark and the XML declaration
   */
  public @Nullable Opened openDirect(byte[] bytes, int from, DiagnosticQueue queue) {
    // the prefix the lenient path shows the formats: the first characters after the byte-order mark
    int bom = byteOrderMark(bytes);
    String prefix = new String(bytes, bom, Math.min(bytes.length - bom, PREFIX_LENGTH * 3 + 3),
        StandardCharsets.UTF_8);
    return openDirectWithPrefix(bytes, from,
        prefix.length() > PREFIX_LENGTH ? prefix.substring(0, PREFIX_LENGTH) : prefix, queue);
  }

  /**
   * The same for the UTF-8 form of the string {@code text}, which the lenient path reads as characters.
   */
  public @Nullable Opened openDirect(byte[] bytes, int from, String text, DiagnosticQueue queue) {
    // the prefix as open(Reader, ...) takes it: the first characters, less a byte-order mark
    String prefix = text.length() > PREFIX_LENGTH ? text.substring(0, PREFIX_LENGTH) : text;
    return openDirectWithPrefix(bytes, from, prefix.startsWith("\uFEFF") ? prefix.substring(1) : prefix, queue);
  }

  /** 3 when {@code bytes} start with the UTF-8 byte-order mark, else 0. */
  static int byteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
  }

  private @Nullable Opened openDirectWithPrefix(byte[] bytes, int from, String prefix, DiagnosticQueue queue) {
    if (!looksLikeXml(prefix)) {
      return null;
    }
    XMLStreamReader2 r;
    int ev;
    try {
      r = xml.openDirect(bytes, from);
      ev = r.getEventType();
      while (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_DOCUMENT) {
        ev = r.next();
      }
    } catch (XMLStreamException | RuntimeException e) {
      return null;
    }
    String ns = ev == XMLStreamConstants.END_DOCUMENT ? null : r.getNamespaceURI();
    FeedFormat f = ev == XMLStreamConstants.END_DOCUMENT ? null
        : claimant(new FormatProbe(prefix, ns == null ? "" : ns, r.getLocalName()));
    EntrySource source = ev == XMLStreamConstants.END_DOCUMENT || f != null && !(f instanceof NativeXmlFormat)
        ? null : (f == null ? RSS : (NativeXmlFormat) f).openNative(r, limits, strict, queue);
    if (!(source instanceof XmlPullParser p)) {
      try {
        r.closeCompletely();
      } catch (XMLStreamException e) {
        // nothing held but the caller's array
      }
      return null;
    }
    p.restartOnError = true;
    return new Opened(source, r::closeCompletely);
  }

  private Opened openXml(XMLStreamReader2 r, String prefix, DiagnosticQueue queue) {
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
      return new Opened(n.openNative(r, limits, strict, queue), closer);
    }
    FormatParser p = openSpi(f, new Input(null, r));
    return new Opened(new SpiEntrySource(f, p, limits, strict, queue), () -> {
      try {
        p.close();
      } finally {
        r.closeCompletely();
      }
    });
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
