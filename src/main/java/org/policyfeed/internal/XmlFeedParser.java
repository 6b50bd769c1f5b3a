package org.policyfeed.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;
import org.policyfeed.Limits;
import org.policyfeed.NotAFeedException;

/**
 * Pulls an RSS feed (0.9x, 1.0, 2.0) from a StAX reader, one item at a time. Holds the strings of one
 * item at most. Not thread-safe: one per read.
 */
public final class XmlFeedParser extends XmlPullParser {
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final String RSS10_NS = "http://purl.org/rss/1.0/";
  static final String RSS090_NS = "http://my.netscape.com/rdf/simple/0.9/";
  static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
  static final String DC_NS = "http://purl.org/dc/elements/1.1/";
  static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  static final String DCTERMS_NS = "http://purl.org/dc/terms/";
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  private boolean guidIsLink;
  private int containerDepth = -1;
  /** The namespace of an {@code <rss>} root when it has one (RSS 2.0 with a default namespace). */
  private String rssNs = "";
  /** The {@code xml:lang} items inherit (from {@code <rss>}, or {@code <channel>} when items are inside it). */
  private @Nullable String inheritedLang;

  /**
   * A parser over a reader.
   *
   * @param queue diagnostics of the stages in front of the XML parser, by offset in its input
   */
  public XmlFeedParser(XMLStreamReader2 reader, Limits limits, boolean strict, DiagnosticQueue queue) {
    super(reader, limits, strict, queue);
  }

  /** Reads the root element and the channel's fields up to the first item. */
  public void start() {
    try {
      int ev = r.getEventType(); // START_DOCUMENT, or the root's START_ELEMENT once a format was picked
      while (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_DOCUMENT) {
        ev = r.next();
      }
      if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new NotAFeedException("an XML document without elements, not a feed");
      }
      depth = 1;
      String root = r.getLocalName();
      String ns = nsOf();
      if (root.equals("rss") && !ns.equals(RDF_NS)) {
        rssNs = ns; // usually none; http://backend.userland.com/rss2 and the like are read the same way
        containerDepth = 2; // rss > channel > item
      } else if (root.equals("RDF") && ns.equals(RDF_NS)) {
        containerDepth = 1; // rdf:RDF > item (and channel > fields)
      } else if (root.equalsIgnoreCase("html")) {
        throw new NotAFeedException("an HTML document" + htmlTitle() + ", not a feed");
      } else {
        throw new NotAFeedException("an XML document with root element <" + qname() + ">, not a feed");
      }
      channel.language = attr(XML_NS, "lang");
      inheritedLang = channel.language;
      channel.base = attr(XML_NS, "base");
      scan();
    } catch (XMLStreamException e) {
      if (depth == 0) {
        throw notAFeed(e);
      }
      malformed(e, channelDiagnostics);
    }
  }

  @Override
  void scan() throws XMLStreamException {
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        enter();
        String name = r.getLocalName();
        String ns = nsOf();
        if (isItem(name, ns) && depth <= containerDepth + 1) {
          queue.drainBefore(r.getLocationInfo().getStartingCharOffset(), channelDiagnostics);
          pending = true;
          return;
        }
        if (name.equals("channel") && depth == 2) {
          if (containerDepth == 2 || channel.language == null) {
            String lang = attr(XML_NS, "lang");
            if (lang != null) {
              channel.language = lang;
              inheritedLang = containerDepth == 2 ? lang : inheritedLang;
            }
          }
          continue;
        }
        if (depth == 3 || (containerDepth == 1 && depth == 2 && name.equals("image"))) {
          channelField(name, ns);
        } else if (depth > 1 && !(containerDepth == 1 && depth == 2 && name.equals("items"))) {
          skip();
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        done = true;
        queue.drainAll(channelDiagnostics);
        return;
      }
    }
    done = true;
    queue.drainAll(channelDiagnostics);
  }

  private boolean isItem(String name, String ns) {
    return name.equals("item") && isRss(ns);
  }

  private boolean isRss(String ns) {
    return ns.isEmpty() || ns.equals(RSS10_NS) || ns.equals(RSS090_NS) || ns.equals(rssNs);
  }

  private void channelField(String name, String ns) throws XMLStreamException {
    boolean rss = isRss(ns);
    if (rss && name.equals("image")) {
      readImage();
      return;
    }
    if (ns.equals(DC_NS) || ns.equals(DCTERMS_NS)) {
      switch (name) {
        case "language" -> channel.language = firstNonNull(channel.language, text());
        case "title" -> channel.title = firstNonNull(channel.title, text());
        case "date", "modified", "issued", "created" ->
            channel.lastBuildDate = firstNonNull(channel.lastBuildDate, text());
        default -> skip();
      }
      return;
    }
    if (!rss) {
      skip();
      return;
    }
    switch (name) {
      case "title" -> channel.title = text();
      case "link" -> channel.link = text();
      case "description" -> channel.description = text();
      case "language" -> channel.language = text();
      case "generator" -> channel.generator = text();
      case "docs" -> channel.docs = text();
      case "lastBuildDate" -> {
        channel.lastBuildDateLine = line();
        channel.lastBuildDate = text();
      }
      case "pubDate" -> {
        if (channel.lastBuildDate == null) {
          channel.lastBuildDateLine = line();
          channel.lastBuildDate = text();
        } else {
          skip();
        }
      }
      default -> skip();
    }
  }

  private void readImage() throws XMLStreamException {
    channel.hasImage = true;
    int imageDepth = depth;
    while (true) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        enter();
        switch (r.getLocalName()) {
          case "url" -> channel.imageUrl = text();
          case "title" -> channel.imageTitle = text();
          case "link" -> channel.imageLink = text();
          case "width" -> channel.imageWidth = text();
          case "height" -> channel.imageHeight = text();
          case "description" -> channel.imageDescription = text();
          default -> skip();
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (depth < imageDepth) {
          return;
        }
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("unexpected end of document inside <image>", r.getLocation());
      }
    }
  }

  @Override
  RawEntry readEntry() throws XMLStreamException {
    RawEntry e = new RawEntry(new Diagnostics(strict));
    guidIsLink = false;
    e.line = line();
    e.column = column();
    e.language = attr(XML_NS, "lang");
    if (e.language == null) {
      e.language = inheritedLang;
    }
    e.base = attr(XML_NS, "base");
    String about = attr(RDF_NS, "about");
    int itemDepth = depth;
    try {
      while (true) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          enter();
          itemField(e, r.getLocalName(), nsOf());
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
          if (depth < itemDepth) {
            queue.drainBefore(r.getLocationInfo().getEndingCharOffset(), e.diagnostics);
            break;
          }
        } else if (ev == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("unexpected end of document inside <item>", r.getLocation());
        }
      }
    } catch (XMLStreamException ex) {
      malformed(ex, e.diagnostics);
    }
    if (e.link == null && e.guid != null && guidIsLink && e.guid.strip().startsWith("http")) {
      e.link = e.guid.strip();
    }
    if (e.guid == null && about != null && !about.isBlank()) {
      e.guid = about.strip();
    }
    return e;
  }

  private void itemField(RawEntry e, String name, String ns) throws XMLStreamException {
    if (isRss(ns)) {
      switch (name) {
        case "title" -> e.title = text();
        case "link" -> e.link = text();
        case "description" -> e.description = text();
        case "pubDate" -> {
          e.publishedLine = line();
          e.publishedColumn = column();
          e.published = text();
        }
        case "guid" -> {
          guidIsLink = !"false".equalsIgnoreCase(attr("", "isPermaLink"));
          e.guid = text();
        }
        case "author" -> addIfPresent(e.authors, text());
        case "category" -> addIfPresent(e.categories, text());
        case "fullitem" -> body(e);
        default -> skip();
      }
    } else if (ns.equals(CONTENT_NS) && name.equals("encoded")) {
      body(e);
    } else if (ns.equals(XHTML_NS) && name.equals("body") && e.content == null) {
      body(e);
    } else if (ns.equals(DC_NS) || ns.equals(DCTERMS_NS)) {
      switch (name) {
        case "creator", "author" -> addIfPresent(e.authors, text());
        case "subject" -> addIfPresent(e.categories, text());
        case "title" -> e.title = firstNonNull(e.title, text());
        case "description" -> e.description = firstNonNull(e.description, text());
        case "date", "issued", "created", "modified" -> {
          if (e.published == null) {
            e.publishedLine = line();
            e.publishedColumn = column();
            e.published = text();
          } else {
            skip();
          }
        }
        case "language" -> e.language = firstNonNull(e.language, text());
        default -> skip();
      }
    } else if (ns.equals(ATOM_NS) && name.equals("link")) {
      String rel = attr("", "rel");
      String href = attr("", "href");
      if (e.link == null && href != null && (rel == null || rel.equals("alternate"))) {
        e.link = href;
      }
      skip();
    } else {
      skip();
    }
  }

  /** A full body ({@code content:encoded}, {@code fullitem}, {@code xhtml:body}); its xml:lang is the item's. */
  private void body(RawEntry e) throws XMLStreamException {
    String lang = attr(XML_NS, "lang");
    if (lang != null) {
      e.language = lang;
    }
    e.content = text();
  }

  /**
   * The element's content as a string: character data as given, nested elements written back as
   * markup. Consumes the element's end tag.
   */
  private static final int MAX_KEPT_BUFFER = 1 << 16;
  private StringBuilder textBuffer = new StringBuilder(256);
  /** The runs of character data of an element without markup inside, the usual case. */
  private char[] plain = new char[256];

  private String text() throws XMLStreamException {
    String name = r.getLocalName();
    StringBuilder sb = textBuffer;
    sb.setLength(0);
    // the common case, runs of character data and the end tag, needs no builder: the runs go to plain
    int plainLength = 0;
    boolean markup = false; // markup met: from then on everything goes to sb
    int start = depth;
    while (true) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE -> {
          int length = r.getTextLength();
          if ((long) plainLength + sb.length() + length > limits.maxTextLength()) {
            throw limit("limit-text-length", "the text of <" + name + "> is longer than "
                + limits.maxTextLength() + " characters", "maxTextLength()");
          }
          if (!markup) {
            if (plainLength + length > plain.length) {
              plain = java.util.Arrays.copyOf(plain, Math.max(2 * plain.length, plainLength + length));
            }
            System.arraycopy(r.getTextCharacters(), r.getTextStart(), plain, plainLength, length);
            plainLength += length;
          } else if (depth == start) {
            sb.append(r.getTextCharacters(), r.getTextStart(), length);
          } else {
            // character data inside markup written back: escaped so it stays text
            XmlEscape.append(sb, java.nio.CharBuffer.wrap(r.getTextCharacters()), r.getTextStart(),
                r.getTextStart() + r.getTextLength(), false);
          }
        }
        case XMLStreamConstants.START_ELEMENT -> {
          enter();
          if (!markup) {
            sb.append(plain, 0, plainLength);
            markup = true;
          }
          sb.append('<').append(qname());
          for (int i = 0; i < r.getAttributeCount(); i++) {
            String prefix = r.getAttributePrefix(i);
            sb.append(' ');
            if (prefix != null && !prefix.isEmpty()) {
              sb.append(prefix).append(':');
            }
            sb.append(r.getAttributeLocalName(i)).append("=\"")
                .append(escapeAttr(r.getAttributeValue(i))).append('"');
          }
          sb.append('>');
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == start) {
            depth--;
            String text = markup ? (sb.length() == 0 ? "" : sb.toString())
                : plainLength == 0 ? "" : new String(plain, 0, plainLength);
            if (sb.capacity() > MAX_KEPT_BUFFER) {
              textBuffer = new StringBuilder(256);
            }
            if (plain.length > MAX_KEPT_BUFFER) {
              plain = new char[256];
            }
            return text;
          }
          sb.append("</").append(qname()).append('>');
          depth--;
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw new XMLStreamException("unexpected end of document inside <" + name + ">", r.getLocation());
        default -> {
          // comments and processing instructions are not content
        }
      }
    }
  }


  private static String escapeAttr(String v) {
    return v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  static NotAFeedException notAFeed(XMLStreamException e) {
    String m = cleanMessage(e);
    if (m.contains("Unexpected EOF in prolog") || m.contains("Unexpected end of input")) {
      return new NotAFeedException("empty input, not a feed");
    }
    return new NotAFeedException("not XML (" + m + "), not a feed");
  }

  /** Looks for an HTML title after the root element; tolerant of HTML that is not XML. */
  private String htmlTitle() {
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equalsIgnoreCase("title")) {
          String t = WHITESPACE.matcher(r.getElementText().strip()).replaceAll(" ");
          return t.isEmpty() ? "" : " (title '" + t + "')";
        }
        if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equalsIgnoreCase("body")) {
          return "";
        }
      }
    } catch (XMLStreamException e) {
      return "";
    }
    return "";
  }

  private String qname() {
    String p = r.getPrefix();
    return p == null || p.isEmpty() ? r.getLocalName() : p + ":" + r.getLocalName();
  }

}
