package org.policyfeed.internal;

import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;
import org.policyfeed.FeedException;
import org.policyfeed.Limits;
import org.policyfeed.model.Severity;

/**
 * What the built-in XML format readers share: the hardened reader, depth and limit bookkeeping, skipping
 * subtrees, and turning a Woodstox error into a limit error or an {@code xml-malformed} diagnostic.
 */
abstract class XmlPullParser implements EntrySource {
  final XMLStreamReader2 r;
  final Limits limits;
  final boolean strict;
  /** Diagnostics of the stages in front of the XML parser, by offset in its input. */
  final DiagnosticQueue queue;
  /** Depth of the current element; the root is 1. */
  int depth;
  /** Reading has ended: the end of the document, or an error that stops it. */
  boolean done;
  /** {@link #scan()} stopped on an entry's start tag. */
  boolean pending;
  final RawChannel channel = new RawChannel();
  final Diagnostics channelDiagnostics;
  private long items;
  /**
   * Reading input directly, without the lenient stages: a Woodstox error throws {@link Restart} instead
   * of being recorded, so that {@link RestartingSource} reads the input again on the lenient path.
   */
  boolean restartOnError;

  XmlPullParser(XMLStreamReader2 reader, Limits limits, boolean strict, DiagnosticQueue queue) {
    this.r = reader;
    this.limits = limits;
    this.strict = strict;
    this.queue = queue;
    this.channelDiagnostics = new Diagnostics(strict);
  }

  /** Reads on to the next entry's start tag (setting {@link #pending}) or to the end of the document. */
  abstract void scan() throws XMLStreamException;

  /** Reads the entry whose start tag {@link #scan()} stopped on, end tag included. */
  abstract RawEntry readEntry() throws XMLStreamException;

  @Override
  public final RawChannel channel() {
    return channel;
  }

  @Override
  public final Diagnostics channelDiagnostics() {
    return channelDiagnostics;
  }

  /**
   * The next entry, or null at the end of the feed.
   *
   * @throws FeedException in strict mode on the first problem, and in any mode when a limit is exceeded
   */
  @Override
  public final @Nullable RawEntry next() {
    if (done) {
      return null;
    }
    try {
      if (!pending) {
        scan();
      }
      if (!pending) {
        queue.drainAll(channelDiagnostics);
        return null;
      }
      pending = false;
      if (++items > limits.maxItems()) {
        throw limit("limit-items", "the feed has more than " + limits.maxItems() + " items", "maxItems()");
      }
      checkDocumentChars();
      return readEntry();
    } catch (XMLStreamException e) {
      malformed(e, channelDiagnostics);
      return null;
    }
  }

  /** Skips the current element's subtree, end tag included. */
  final void skip() throws XMLStreamException {
    int start = depth;
    while (true) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        enter();
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (depth < start) {
          return;
        }
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("unexpected end of document", r.getLocation());
      }
    }
  }

  /** Counts a start tag and enforces {@link Limits#maxElementDepth()}. */
  final void enter() {
    depth++;
    if (depth > limits.maxElementDepth()) {
      throw limit("limit-element-depth", "elements are nested deeper than " + limits.maxElementDepth(),
          "maxElementDepth()");
    }
  }

  /** Enforces {@link Limits#maxDocumentChars()} at an item boundary. */
  final void checkDocumentChars() throws XMLStreamException {
    long offset = r.getLocationInfo().getEndingCharOffset();
    if (offset > limits.maxDocumentChars()) {
      throw limit("limit-document-chars", "the document is longer than " + limits.maxDocumentChars()
          + " characters", "maxDocumentChars()");
    }
  }

  final FeedException limit(String code, String what, String setting) {
    return LimitErrors.exceeded(code, what, setting, line(), column());
  }

  /**
   * Ends reading after a Woodstox error: a limit error is thrown; anything else becomes an
   * {@code xml-malformed} error on {@code target}, after the queued diagnostics.
   */
  final void malformed(XMLStreamException e, Diagnostics target) {
    done = true;
    if (restartOnError) {
      throw new Restart(e);
    }
    queue.drainAll(target);
    Location loc = e.getLocation();
    Integer line = loc == null || loc.getLineNumber() < 0 ? null : loc.getLineNumber();
    Integer col = loc == null || loc.getColumnNumber() < 0 ? null : loc.getColumnNumber();
    String msg = cleanMessage(e);
    FeedException limit = LimitErrors.fromWoodstox(msg, limits, line, col);
    if (limit != null) {
      throw limit;
    }
    target.report(Severity.ERROR, "xml-malformed", "the XML is not well-formed; reading stopped here: " + msg,
        line, col);
  }

  /** A Woodstox message without its location suffix, on one line. */
  static String cleanMessage(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int at = m.indexOf("\n at [");
    if (at >= 0) {
      m = m.substring(0, at);
    }
    return m.replace('\n', ' ').strip();
  }

  final String nsOf() {
    String ns = r.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  /** An attribute of the current element, or null when absent or empty. */
  final @Nullable String attr(String ns, String name) {
    String v = r.getAttributeValue(ns.isEmpty() ? null : ns, name);
    return v == null || v.isEmpty() ? null : v;
  }

  final int line() {
    return r.getLocation().getLineNumber();
  }

  final int column() {
    return r.getLocation().getColumnNumber();
  }

  static void addIfPresent(List<String> list, String value) {
    String v = value.strip();
    if (!v.isEmpty()) {
      list.add(v);
    }
  }

  static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }
}
