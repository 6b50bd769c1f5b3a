package org.policyfeed.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;
import org.policyfeed.Limits;
import org.policyfeed.NotAFeedException;

/**
 * Pulls an Atom 1.0 or Atom 0.3 feed from a StAX reader, one entry at a time. Holds the strings of one
 * entry at most. Resolves {@code xml:base} (nested, relative bases against outer ones) and inherits
 * {@code xml:lang}. Text constructs become HTML for entries ({@code text} escaped, {@code html} as given,
 * {@code xhtml} the markup inside the wrapping {@code div}; Atom 0.3 {@code mode="escaped|xml|base64"}).
 * Not thread-safe: one per read.
 */
public final class AtomFeedParser extends XmlPullParser {
  static final String ATOM10_NS = "http://www.w3.org/2005/Atom";
  static final String ATOM03_NS = "http://purl.org/atom/ns#";
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  private enum Kind { TEXT, HTML, XHTML, XML, BASE64 }

  /** Entry date elements, most wanted first; each keeps its last value. {@code dc:date} is the last. */
  private static final List<String> DATE_ELEMENTS = List.of("published", "issued", "updated", "modified",
      "created", "dc:date");

  /** A text construct's value; {@code plain} when it is text rather than markup. */
  private record Text(String value, boolean plain, @Nullable String base, @Nullable String lang) {
    String html() {
      return plain ? XmlEscape.text(value) : value;
    }
  }

  private final List<String> feedAuthors = new ArrayList<>();
  private String atomNs = ATOM10_NS;
  private boolean v03;
  private @Nullable String feedBase;
  private @Nullable String feedLang;
  private @Nullable String logo;
  private @Nullable String icon;

  /**
   * A parser over a reader.
   *
   * @param queue diagnostics of the stages in front of the XML parser, by offset in its input
   */
  public AtomFeedParser(XMLStreamReader2 reader, Limits limits, boolean strict, DiagnosticQueue queue) {
    super(reader, limits, strict, queue);
  }

  @Override
  public void start() {
    try {
      int ev = r.getEventType();
      while (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_DOCUMENT) {
        ev = r.next();
      }
      if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new NotAFeedException("an XML document without elements, not a feed");
      }
      depth = 1;
      if (!r.getLocalName().equals("feed")) {
        throw new NotAFeedException("an XML document with root element <" + r.getLocalName() + ">, not Atom");
      }
      // Atom 1.0 or 0.3 by namespace; a <feed> in no or another namespace is read leniently, as 0.3 when
      // it says version="0.3", else as 1.0, with its children expected in the root's namespace.
      atomNs = nsOf();
      v03 = atomNs.equals(ATOM03_NS) || (!atomNs.equals(ATOM10_NS) && "0.3".equals(attr("", "version")));
      feedLang = lang(null);
      feedBase = base(null);
      channel.language = feedLang;
      channel.base = feedBase;
      scan();
    } catch (XMLStreamException e) {
      malformed(e, channelDiagnostics);
    }
  }

  @Override
  void scan() throws XMLStreamException {
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        enter();
        if (depth == 2 && r.getLocalName().equals("entry") && nsOf().equals(atomNs)) {
          queue.drainBefore(r.getLocationInfo().getStartingCharOffset(), channelDiagnostics);
          pending = true;
          return;
        }
        if (depth == 2) {
          feedField(r.getLocalName(), nsOf());
        } else {
          skip();
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        done = true;
        queue.drainAll(channelDiagnostics);
        finishChannel();
        return;
      }
    }
    done = true;
    queue.drainAll(channelDiagnostics);
    finishChannel();
  }

  private void finishChannel() {
    String image = logo != null ? logo : icon;
    if (image != null) {
      channel.hasImage = true;
      channel.imageUrl = image;
      channel.imageLink = channel.link;
      channel.imageTitle = channel.title;
    }
  }

  private void feedField(String name, String ns) throws XMLStreamException {
    if (ns.equals(XmlFeedParser.DC_NS)) {
      switch (name) {
        case "language" -> channel.language = firstNonNull(channel.language, text());
        case "date" -> channel.lastBuildDate = firstNonNull(channel.lastBuildDate, text());
        default -> skip();
      }
      return;
    }
    if (!ns.equals(atomNs)) {
      skip();
      return;
    }
    switch (name) {
      case "title" -> channel.title = textConstruct(feedBase, feedLang).value();
      case "subtitle", "tagline" -> channel.description = textConstruct(feedBase, feedLang).value();
      case "link" -> {
        String href = alternateLink(feedBase);
        if (channel.link == null && href != null) {
          channel.link = href;
        }
      }
      case "updated", "modified" -> {
        channel.lastBuildDateLine = line();
        channel.lastBuildDate = text();
      }
      case "generator" -> channel.generator = text();
      case "logo" -> {
        String b = base(feedBase);
        logo = resolve(text().strip(), b);
      }
      case "icon" -> {
        String b = base(feedBase);
        icon = resolve(text().strip(), b);
      }
      case "author" -> {
        String n = person();
        if (n != null) {
          feedAuthors.add(n);
        }
      }
      default -> skip();
    }
    finishChannel();
  }

  @Override
  RawEntry readEntry() throws XMLStreamException {
    RawEntry e = new RawEntry(new Diagnostics(strict));
    e.line = line();
    e.column = column();
    String entryLangAttr = attr(XmlFeedParser.XML_NS, "lang");
    String entryLang = lang(feedLang);
    String entryBase = base(feedBase);
    e.base = entryBase;
    String[] dates = new String[DATE_ELEMENTS.size()];
    int[][] datePositions = new int[DATE_ELEMENTS.size()][];
    Text content = null;
    Text summary = null;
    Text title = null;
    int entryDepth = depth;
    try {
      while (true) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          enter();
          String name = r.getLocalName();
          String ns = nsOf();
          if (ns.equals(atomNs)) {
            switch (name) {
              case "id" -> e.guid = text().strip();
              case "title" -> title = textConstruct(entryBase, entryLang);
              case "summary" -> summary = textConstruct(entryBase, entryLang);
              case "content" -> {
                String src = attr("", "src");
                if (src != null) {
                  skip(); // out-of-line content: not part of the feed
                } else {
                  content = textConstruct(entryBase, entryLang);
                }
              }
              case "link" -> {
                String href = alternateLink(entryBase);
                if (e.link == null && href != null) {
                  e.link = href;
                }
              }
              case "published", "issued", "updated", "modified", "created" -> {
                int slot = DATE_ELEMENTS.indexOf(name);
                datePositions[slot] = new int[] {line(), column()};
                dates[slot] = text();
              }
              case "author" -> {
                String n = person();
                if (n != null) {
                  e.authors.add(n);
                }
              }
              case "category" -> {
                String term = attr("", "term");
                String label = attr("", "label");
                String c = term != null ? term : label;
                if (c != null && !c.isBlank()) {
                  e.categories.add(c.strip());
                }
                skip();
              }
              default -> skip();
            }
          } else if (ns.equals(XmlFeedParser.DC_NS)) {
            switch (name) {
              case "creator" -> addIfPresent(e.authors, text());
              case "subject" -> addIfPresent(e.categories, text());
              case "date" -> {
                int slot = DATE_ELEMENTS.size() - 1;
                if (dates[slot] == null) {
                  datePositions[slot] = new int[] {line(), column()};
                  dates[slot] = text();
                } else {
                  skip();
                }
              }
              case "language" -> entryLang = firstNonNull(entryLangAttr, text().strip());
              default -> skip();
            }
          } else if (ns.equals(XmlFeedParser.CONTENT_NS) && name.equals("encoded") && content == null) {
            content = new Text(text(), false, entryBase, entryLang);
          } else {
            skip();
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
          if (depth < entryDepth) {
            queue.drainBefore(r.getLocationInfo().getEndingCharOffset(), e.diagnostics);
            break;
          }
        } else if (ev == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("unexpected end of document inside <entry>", r.getLocation());
        }
      }
    } catch (XMLStreamException ex) {
      malformed(ex, e.diagnostics);
    }
    for (int i = 0; i < dates.length; i++) {
      if (dates[i] != null) {
        e.published = dates[i];
        e.publishedLine = datePositions[i][0];
        e.publishedColumn = datePositions[i][1];
        break;
      }
    }
    if (title != null) {
      e.title = title.html();
    }
    if (summary != null) {
      e.description = summary.html();
    }
    if (content != null) {
      e.content = content.html();
    }
    Text body = content != null ? content : summary != null ? summary : title;
    e.language = body != null ? body.lang() : entryLang; // xml:lang="" on the body means none
    if (body != null && body != title && body.base() != null) {
      e.base = body.base();
    }
    if (e.authors.isEmpty()) {
      e.authors.addAll(feedAuthors);
    }
    return e;
  }

  /** The href of a {@code link} that is an alternate (or has no rel), resolved; consumes the element. */
  private @Nullable String alternateLink(@Nullable String parentBase) throws XMLStreamException {
    String rel = attr("", "rel");
    String href = attr("", "href");
    String base = base(parentBase);
    skip();
    if (href == null || (rel != null && !rel.strip().equals("alternate")
        && !rel.strip().equals("http://www.iana.org/assignments/relation/alternate"))) {
      return null;
    }
    return resolve(href.strip(), base);
  }

  /** The name of a person construct (else its email); consumes the element. */
  private @Nullable String person() throws XMLStreamException {
    String name = null;
    String email = null;
    int start = depth;
    while (true) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        enter();
        if (depth == start + 1 && r.getLocalName().equals("name")) {
          name = text().strip();
        } else if (depth == start + 1 && r.getLocalName().equals("email")) {
          email = text().strip();
        } else {
          skip();
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (depth < start) {
          break;
        }
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("unexpected end of document inside <author>", r.getLocation());
      }
    }
    String n = name != null && !name.isEmpty() ? name : email;
    return n == null || n.isEmpty() ? null : n;
  }

  /** Reads a text construct (Atom 1.0 {@code type}, Atom 0.3 {@code type} and {@code mode}). */
  private Text textConstruct(@Nullable String parentBase, @Nullable String parentLang) throws XMLStreamException {
    String base = base(parentBase);
    String lang = lang(parentLang);
    String type = attr("", "type");
    String mode = attr("", "mode");
    String t = type == null ? (v03 ? "text/plain" : "text") : type.strip().toLowerCase(Locale.ROOT);
    Kind kind;
    if (t.equals("text") || t.equals("text/plain")) {
      kind = Kind.TEXT;
    } else if (t.equals("html") || t.equals("text/html")) {
      kind = Kind.HTML;
    } else if (t.equals("xhtml") || t.equals("application/xhtml+xml")) {
      kind = Kind.XHTML;
    } else if (t.endsWith("+xml") || t.endsWith("/xml")) {
      kind = Kind.XML;
    } else if (t.startsWith("text/")) {
      kind = Kind.TEXT;
    } else {
      kind = v03 ? Kind.HTML : Kind.BASE64;
    }
    boolean base64 = kind == Kind.BASE64 || "base64".equals(mode);
    boolean escaped = "escaped".equals(mode);
    if (v03 && escaped && kind != Kind.TEXT) {
      kind = Kind.HTML;
    }
    boolean markup = !base64 && !escaped && (kind == Kind.XHTML || kind == Kind.XML);
    String raw = markup(markup);
    if (base64) {
      String decoded = decodeBase64(raw);
      if (decoded != null) {
        // decoded bytes are markup unless the type says plain text explicitly
        return new Text(decoded, type != null && (t.equals("text/plain") || t.equals("text")), base, lang);
      }
      return new Text(raw.strip(), true, base, lang);
    }
    String v = v03 ? raw : unwrapDiv(raw); // Atom 0.3 has no wrapping div: the markup is the value
    boolean plain = kind == Kind.TEXT && v.equals(raw) && !hadChildren;
    return new Text(v, plain, base, lang);
  }

  private boolean hadChildren;

  private static @Nullable String decodeBase64(String s) {
    try {
      return new String(Base64.getMimeDecoder().decode(s.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The markup inside a wrapping XHTML {@code <div>}, else the value as it is. */
  private static String unwrapDiv(String v) {
    String s = v.strip();
    if (s.startsWith("<div") && s.endsWith("</div>") && s.length() > 4
        && (s.charAt(4) == '>' || s.charAt(4) == ' ')) {
      int open = s.indexOf('>');
      int close = s.length() - "</div>".length();
      // only when the first div closes at the very end
      if (open < close && s.indexOf("<div", 4) < 0) {
        return s.substring(open + 1, close);
      }
      if (open < close && balancedOuter(s)) {
        return s.substring(open + 1, close);
      }
    }
    return v;
  }

  private static boolean balancedOuter(String s) {
    int level = 0;
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("<div", i) && i + 4 < s.length() && (s.charAt(i + 4) == '>' || s.charAt(i + 4) == ' ')) {
        level++;
      } else if (s.startsWith("</div>", i)) {
        level--;
        if (level == 0 && i + 6 < s.length()) {
          return false;
        }
      }
      i++;
    }
    return level == 0;
  }

  /**
   * The element's content: character data, and nested elements written back as markup (XHTML elements
   * without a prefix). With {@code escape}, character data is escaped, so that the result is markup.
   * Consumes the end tag.
   */
  private String markup(boolean escape) throws XMLStreamException {
    String name = r.getLocalName();
    StringBuilder sb = new StringBuilder();
    hadChildren = false;
    int start = depth;
    while (true) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE -> {
          if (sb.length() + r.getTextLength() > limits.maxTextLength()) {
            throw limit("limit-text-length", "the text of <" + name + "> is longer than "
                + limits.maxTextLength() + " characters", "maxTextLength()");
          }
          if (escape) {
            XmlEscape.append(sb, r.getText(), false);
          } else {
            sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
        }
        case XMLStreamConstants.START_ELEMENT -> {
          enter();
          hadChildren = true;
          writeStartTag(sb);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == start) {
            depth--;
            return sb.toString();
          }
          sb.append("</").append(elementName()).append('>');
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

  private void writeStartTag(StringBuilder sb) {
    sb.append('<').append(elementName());
    for (int i = 0; i < r.getNamespaceCount(); i++) {
      String uri = r.getNamespaceURI(i);
      if (XHTML_NS.equals(uri)) {
        continue;
      }
      String p = r.getNamespacePrefix(i);
      sb.append(p == null || p.isEmpty() ? " xmlns" : " xmlns:" + p).append("=\"");
      XmlEscape.append(sb, uri == null ? "" : uri, true);
      sb.append('"');
    }
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String prefix = r.getAttributePrefix(i);
      sb.append(' ');
      if (prefix != null && !prefix.isEmpty()) {
        sb.append(prefix).append(':');
      }
      sb.append(r.getAttributeLocalName(i)).append("=\"");
      XmlEscape.append(sb, r.getAttributeValue(i), true);
      sb.append('"');
    }
    sb.append('>');
  }

  private String elementName() {
    String ns = r.getNamespaceURI();
    String p = r.getPrefix();
    if (XHTML_NS.equals(ns) || p == null || p.isEmpty()) {
      return r.getLocalName();
    }
    return p + ":" + r.getLocalName();
  }



  /** The element's character content (nested markup kept as text). */
  private String text() throws XMLStreamException {
    return markup(false);
  }

  /**
   * The current element's language: its {@code xml:lang} ({@code ""} meaning none, {@code _} read as
   * {@code -}), else the parent's.
   */
  private @Nullable String lang(@Nullable String parent) {
    String v = r.getAttributeValue(XmlFeedParser.XML_NS, "lang");
    if (v == null) {
      return parent;
    }
    String l = v.strip().replace('_', '-');
    return l.isEmpty() ? null : l;
  }

  /** The current element's base: its {@code xml:base} resolved against the parent's, else the parent's. */
  private @Nullable String base(@Nullable String parent) {
    String b = attr(XmlFeedParser.XML_NS, "base");
    if (b == null) {
      return parent;
    }
    return resolve(b.strip(), parent);
  }

  /** Resolves a reference against a base (RFC 3986); the reference as given when either is unusable. */
  static String resolve(String ref, @Nullable String base) {
    if (base == null || base.isEmpty()) {
      return ref;
    }
    if (ref.isEmpty()) {
      return base;
    }
    try {
      URI u = new URI(ref.replace(" ", "%20"));
      if (u.isAbsolute()) {
        return ref;
      }
      URI b = new URI(base.replace(" ", "%20"));
      if (!b.isAbsolute() || b.isOpaque()) {
        return ref;
      }
      if (b.getRawPath() == null || b.getRawPath().isEmpty()) {
        b = new URI(b.getScheme(), b.getRawAuthority() == null ? null : b.getAuthority(), "/", b.getQuery(),
            b.getFragment());
      }
      return b.resolve(u).toString();
    } catch (URISyntaxException e) {
      return ref;
    }
  }

}
