package org.policyfeed.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.policyfeed.Limits;
import org.policyfeed.NotAFeedException;
import org.policyfeed.model.Severity;

/**
 * A streaming repair stage between the decoded characters and the XML parser: a small state machine
 * that turns almost-XML into XML, one token at a time, and reports each repair to a
 * {@link DiagnosticQueue} with the line and column in the input.
 *
 * <ul>
 *   <li>CDATA sections, comments and processing instructions pass through untouched (only characters
 *       that XML forbids are dropped, {@code --} inside a comment is split, and a dropped character never
 *       lets its neighbours form the terminator: {@code ]]}NUL{@code >} in CDATA is written as two sections);
 *   <li>the XML declaration is removed (the characters are already decoded), with a warning when it was
 *       not at the start; a document type declaration is removed and never processed, so no entity it
 *       declares is expanded and nothing it names is fetched;
 *   <li>a bare {@code &} becomes {@code &amp;}; an HTML named entity ({@code &eacute;}) becomes its
 *       characters; an unknown entity is kept as text; characters XML forbids are dropped;
 *   <li>a bare {@code <} becomes {@code &lt;}; attribute values without quotes are quoted, attributes
 *       without a value get their name as value, duplicates are dropped; undeclared namespace prefixes
 *       are declared (well-known ones with their real namespace);
 *   <li>a stack of open element names drops end tags that close nothing, closes elements left open
 *       when an outer end tag arrives, and closes everything at the end of a truncated document;
 *   <li>content after the root element is dropped.
 * </ul>
 *
 * <p>Newlines are kept, so line numbers stay right. Memory: the input buffer, one tag, and the stack
 * of open element names (bounded by {@link Limits#maxElementDepth()}). Input that is not a feed at
 * all (empty, not markup, an HTML page) throws {@link NotAFeedException}.
 */
public final class LenientXmlFilter extends Reader {
  private static final int CHUNK = 4096;
  private static final int MAX_NAME = 512;
  private static final Set<String> PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");
  private static final String NETSCAPE_091 = "-//Netscape Communications//DTD RSS 0.91//EN";
  private static final Map<String, String> KNOWN_PREFIXES = Map.of(
      "dc", XmlFeedParser.DC_NS,
      "content", XmlFeedParser.CONTENT_NS,
      "atom", XmlFeedParser.ATOM_NS,
      "rdf", XmlFeedParser.RDF_NS,
      "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "media", "http://search.yahoo.com/mrss/",
      "slash", "http://purl.org/rss/1.0/modules/slash/",
      "wfw", "http://wellformedweb.org/CommentAPI/",
      "sy", "http://purl.org/rss/1.0/modules/syndication/");

  private enum Mode { TEXT, COMMENT, CDATA, PI, XML_DECL, DOCTYPE, DROP }

  private record Open(String name, @Nullable List<String> prefixes) {}

  private final Reader src;
  private final @Nullable FeedDecoder decoder;
  private final DiagnosticQueue queue;
  private final Limits limits;

  private final char[] in = new char[8192];
  private int ip;
  private int il;
  private boolean srcEof;
  private long consumed;
  private int line = 1;
  private int column = 1;
  private int tokLine = 1;
  private int tokColumn = 1;

  /** Filtered characters not yet read: {@code out[op, olen)}. A plain array: no Latin-1 compaction. */
  private char[] out = new char[CHUNK + 256];
  private int olen;
  private int op;
  private long emitted;

  private Mode mode = Mode.TEXT;
  private final List<Open> stack = new ArrayList<>();
  private boolean started;
  private boolean rootSeen;
  private boolean markupSeen;
  private boolean netscape;
  private boolean doctypeHtml;
  private boolean finished;
  private @Nullable StringBuilder junk;
  // document type declaration state
  private final StringBuilder doctypeHead = new StringBuilder();
  private int doctypeBrackets;
  private char doctypeQuote;
  private boolean doctypeSubset;

  /**
   * A filter over decoded characters.
   *
   * @param src the characters
   * @param decoder the decoder behind {@code src}, whose diagnostics are moved to the queue as its
   *     characters pass, or null when {@code src} is the caller's reader
   */
  public LenientXmlFilter(Reader src, @Nullable FeedDecoder decoder, DiagnosticQueue queue, Limits limits) {
    this.src = src;
    this.decoder = decoder;
    this.queue = queue;
    this.limits = limits;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (op >= olen) {
      if (finished) {
        return -1;
      }
      olen = 0;
      op = 0;
      step();
    }
    int n = Math.min(len, olen - op);
    System.arraycopy(out, op, cbuf, off, n);
    op += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    src.close();
  }

  // ---------------------------------------------------------------- input

  private int peek(int k) throws IOException {
    if (ip + k >= il) {
      if (ip > 0) {
        System.arraycopy(in, ip, in, 0, il - ip);
        il -= ip;
        ip = 0;
      }
      while (ip + k >= il && !srcEof) {
        int r = src.read(in, il, in.length - il);
        if (r < 0) {
          srcEof = true;
        } else {
          il += r;
        }
      }
      if (ip + k >= il) {
        return -1;
      }
    }
    return in[ip + k];
  }

  private int next() throws IOException {
    int c = peek(0);
    if (c < 0) {
      return -1;
    }
    ip++;
    consumed++;
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    FeedDecoder d = decoder;
    if (d != null && d.hasPending()) {
      d.flush(consumed, emitted, queue, line, column);
    }
    return c;
  }

  private boolean lookingAt(String s, boolean ignoreCase) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      int c = peek(i);
      if (c < 0) {
        return false;
      }
      char e = s.charAt(i);
      if (c != e && !(ignoreCase && Character.toUpperCase((char) c) == Character.toUpperCase(e))) {
        return false;
      }
    }
    return true;
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      next();
    }
  }

  /**
   * Copies a run of plain characters (no markup, nothing to repair) from the input buffer to the output
   * in bulk, with the same effect as consuming and appending them one at a time. Stops before
   * {@code stop1}, {@code stop2}, markup characters in text, and any character that needs a repair.
   * Returns 0 (consuming nothing) when the decoder has diagnostics waiting to be placed.
   *
   * @param markAfter whether the per-character path marks the token after consuming (pass-through)
   *     rather than before (text)
   */
  private static final boolean[] TEXT_STOPS = stopsFor('<', '&', '>');
  private static final boolean[] CDATA_STOPS = stopsFor(']');
  private static final boolean[] COMMENT_STOPS = stopsFor('-');
  private static final boolean[] PI_STOPS = stopsFor('?');

  /**
   * The ASCII characters that end a plain run: control characters other than tab and CR, the given ones,
   * and the newline (which the run counts and goes on).
   */
  private static boolean[] stopsFor(char... chars) {
    boolean[] t = new boolean[0x80];
    for (int c = 0; c < 0x20; c++) {
      t[c] = c != '\t' && c != '\r';
    }
    for (char c : chars) {
      t[c] = true;
    }
    return t;
  }

  private int plainRun(int max, char stop1, char stop2, boolean markAfter) {
    FeedDecoder d = decoder;
    if (d != null && d.hasPending()) {
      return 0;
    }
    final char[] buf = in;
    final int start = ip;
    final int lim = Math.min(il, start + max);
    final boolean text = !markAfter;
    int p = start;
    int lines = 0;
    int lastNl = -1; // index of the last newline in the run
    int prevNl = -1; // index of the newline before it
    final boolean[] stops = text ? TEXT_STOPS : stop1 == ']' ? CDATA_STOPS : stop1 == '-' ? COMMENT_STOPS
        : stop1 == '?' ? PI_STOPS : stopsFor(stop1, stop2);
    while (p < lim) {
      char ch = buf[p];
      if (ch < 0x80) {
        if (stops[ch]) {
          if (ch != '\n') {
            break;
          }
          lines++;
          prevNl = lastNl;
          lastNl = p;
        }
      } else if (ch <= 0x9F || ch >= 0xD800 && (ch <= 0xDFFF || ch >= 0xFFFE)) {
        break;
      }
      p++;
    }
    int run = p - start;
    if (run == 0) {
      return 0;
    }
    room(run);
    System.arraycopy(buf, start, out, olen, run);
    olen += run;
    emitted += run;
    consumed += run;
    ip = p;
    if (text) {
      // the per-character path marks each character before consuming it: the mark is the last one's place
      int last = p - 1;
      boolean lastIsNl = lastNl == last;
      int nlBefore = lastIsNl ? prevNl : lastNl;
      tokLine = line + lines - (lastIsNl ? 1 : 0);
      tokColumn = nlBefore < 0 ? column + (last - start) : last - nlBefore;
    }
    line += lines;
    column = lastNl < 0 ? column + run : p - lastNl;
    if (markAfter) {
      tokLine = line;
      tokColumn = column;
    }
    return run;
  }

  // ---------------------------------------------------------------- output and reports

  private void room(int n) {
    if (olen + n > out.length) {
      out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, olen + n));
    }
  }

  private void emit(char c) {
    room(1);
    out[olen++] = c;
    emitted++;
  }

  private void emit(String s) {
    int n = s.length();
    room(n);
    s.getChars(0, n, out, olen);
    olen += n;
    emitted += n;
  }

  private void emit(StringBuilder s) {
    int n = s.length();
    room(n);
    s.getChars(0, n, out, olen);
    olen += n;
    emitted += n;
  }

  private void mark() {
    tokLine = line;
    tokColumn = column;
  }

  private void report(Severity severity, String code, String message) {
    queue.report(severity, code, message, tokLine, tokColumn, emitted);
  }

  private void reportHere(Severity severity, String code, String message) {
    queue.report(severity, code, message, line, column, emitted);
  }

  // ---------------------------------------------------------------- the state machine

  private void step() throws IOException {
    switch (mode) {
      case TEXT -> text();
      case COMMENT -> passThrough("-->", true);
      case CDATA -> passThrough("]]>", false);
      case PI -> passThrough("?>", false);
      case XML_DECL -> xmlDecl();
      case DOCTYPE -> doctype();
      case DROP -> drop();
    }
  }

  private void text() throws IOException {
    for (int n = 0; n < CHUNK; n++) {
      int c = peek(0);
      if (c < 0) {
        atEnd();
        return;
      }
      if (!started && c == '\ufeff') {
        next();
        continue;
      }
      if (started && c != '<' && c != '&' && !stack.isEmpty()) {
        int run = plainRun(CHUNK - n, '<', '<', false);
        if (run > 0) {
          n += run - 1;
          continue;
        }
      }
      boolean first = !started;
      started = true;
      mark();
      if (c == '<') {
        lt(first);
        return;
      }
      if (stack.isEmpty()) {
        outsideRoot(c);
        continue;
      }
      if (c == '&') {
        emit(amp(false));
        continue;
      }
      next();
      if (c == '>') {
        emit("&gt;");
      } else {
        character(c, null);
      }
    }
  }

  /** Text before or after the root element: whitespace is kept, anything else dropped. */
  private void outsideRoot(int c) throws IOException {
    next();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      emit((char) c);
      return;
    }
    if (junk == null) {
      junk = new StringBuilder();
      report(Severity.WARNING, "text-outside-root", rootSeen
          ? "text after the root element; dropped" : "text before the root element; dropped");
    }
    if (junk.length() < 40 && c >= ' ') {
      junk.append((char) c);
    }
  }

  /** Appends a text character to {@code to}, or to the output when null, dropping those XML forbids. */
  private void character(int c, @Nullable StringBuilder to) throws IOException {
    if (Character.isHighSurrogate((char) c)) {
      int low = peek(0);
      if (low >= 0 && Character.isLowSurrogate((char) low)) {
        next();
        append(to, (char) c);
        append(to, (char) low);
        return;
      }
    } else if (c >= 0x80 && c <= 0x9F) {
      char w = FeedDecoder.cp1252(c);
      report(Severity.INFO, "char-windows-1252", String.format(Locale.ROOT,
          "control character U+%04X read as the Windows-1252 character '%c' it stands for", c, w));
      append(to, w);
      return;
    } else if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c > 0xDFFF && c < 0xFFFE) {
      append(to, (char) c);
      return;
    }
    report(Severity.WARNING, "char-invalid", String.format(Locale.ROOT,
        "character U+%04X is not allowed in XML; dropped", c));
  }

  private void append(@Nullable StringBuilder to, char c) {
    if (to == null) {
      emit(c);
    } else {
      to.append(c);
    }
  }

  private void lt(boolean first) throws IOException {
    int c1 = peek(1);
    if (c1 == '!') {
      if (lookingAt("<!--", false)) {
        skip(4);
        markupSeen = true;
        emit("<!--");
        mode = Mode.COMMENT;
        passed1 = 0;
      } else if (lookingAt("<![CDATA[", false)) {
        skip(9);
        if (stack.isEmpty()) {
          report(Severity.WARNING, "text-outside-root", "a CDATA section outside the root element; dropped");
          mode = Mode.DROP;
          dropUntil = "]]>";
        } else {
          emit("<![CDATA[");
          mode = Mode.CDATA;
          passed1 = 0;
          passed2 = 0;
        }
      } else if (lookingAt("<!DOCTYPE", true)) {
        skip(9);
        markupSeen = true;
        doctypeHead.setLength(0);
        doctypeBrackets = 0;
        doctypeQuote = 0;
        doctypeSubset = false;
        mode = Mode.DOCTYPE;
      } else {
        skip(2);
        report(Severity.WARNING, "markup-unknown", "a '<!' declaration that XML does not allow here; dropped");
        mode = Mode.DROP;
        dropUntil = ">";
      }
      return;
    }
    if (c1 == '?') {
      int c2 = peek(2);
      if (c2 >= 0 && isNameStart(c2)) {
        skip(2);
        String target = name();
        if (target.equalsIgnoreCase("xml")) {
          if (!first) {
            report(Severity.WARNING, "xml-declaration-misplaced",
                "the XML declaration is not at the start of the document; ignored");
          }
          mode = Mode.XML_DECL;
        } else {
          markupSeen = true;
          emit("<?");
          emit(target);
          mode = Mode.PI;
          passed1 = 0;
        }
        return;
      }
    } else if (c1 == '/') {
      if (!plainEndTag()) {
        endTag();
      }
      return;
    } else if (c1 >= 0 && isNameStart(c1)) {
      if (!plainStartTag()) {
        startTag();
      }
      return;
    }
    if (stack.isEmpty()) {
      outsideRoot('<');
      return;
    }
    next();
    report(Severity.WARNING, "lt-bare", "a '<' that starts no tag; read as text");
    emit("&lt;");
  }

  private @Nullable String dropUntil;

  /**
   * The last two chars written inside the open comment, CDATA section or processing instruction (0 for none): a
   * char dropped from between two others must not join them into the terminator or, in a comment, into "--".
   */
  private char passed1;
  private char passed2;

  /** Copies a comment, CDATA section or processing instruction up to and including its terminator. */
  private void passThrough(String end, boolean comment) throws IOException {
    for (int n = 0; n < CHUNK; n++) {
      int c = peek(0);
      if (c < 0) {
        mark();
        report(Severity.ERROR, "document-truncated", "the document ends inside a "
            + (comment ? "comment" : end.equals("]]>") ? "CDATA section" : "processing instruction"));
        endPassThrough(end, comment);
        return;
      }
      char stop2 = comment ? '-' : end.charAt(0);
      if (c != end.charAt(0) && c != stop2) {
        keepApart(c, end);
        int before = olen;
        int run = plainRun(CHUNK - n, end.charAt(0), stop2, true);
        if (run > 0) {
          passed(before);
          n += run - 1;
          continue;
        }
      }
      if (lookingAt(end, false)) {
        skip(end.length());
        endPassThrough(end, comment);
        return;
      }
      next();
      keepApart(c, end);
      int before = olen;
      if (comment && c == '-' && peek(0) == '-' && !(peek(1) == '-' && peek(2) == '>')) { // in "--->", "-->" ends it
        next();
        emit("- ");
        passed(before);
        continue;
      }
      mark();
      character(c, null);
      passed(before);
    }
  }

  /** Writes the terminator; a comment's text may not end in '-' before it. */
  private void endPassThrough(String end, boolean comment) {
    if (comment && passed1 == '-') {
      emit(' ');
    }
    emit(end);
    mode = Mode.TEXT;
  }

  /**
   * Before {@code c} is written: a space (or, in CDATA, the end of the section and the start of another) where
   * {@code c} would make "--" in a comment or complete the terminator with the chars written before it.
   */
  private void keepApart(int c, String end) {
    if (end.equals("-->") ? c == '-' && passed1 == '-' : end.equals("?>") ? c == '>' && passed1 == '?'
        : c == '>' && passed1 == ']' && passed2 == ']') {
      int before = olen;
      emit(end.equals("]]>") ? "]]><![CDATA[" : " ");
      passed(before);
    }
  }

  /** Remembers the last two chars written since {@code before}, the output's length before them. */
  private void passed(int before) {
    int n = olen - before;
    if (n >= 2) {
      passed2 = out[olen - 2];
      passed1 = out[olen - 1];
    } else if (n == 1) {
      passed2 = passed1;
      passed1 = out[olen - 1];
    }
  }

  private void xmlDecl() throws IOException {
    for (int n = 0; n < CHUNK; n++) {
      int c = next();
      if (c < 0 || c == '>' && lastWasQuestion) {
        mode = Mode.TEXT;
        lastWasQuestion = false;
        return;
      }
      lastWasQuestion = c == '?';
      if (c == '\n') {
        emit('\n');
      }
    }
  }

  private boolean lastWasQuestion;

  private void drop() throws IOException {
    String until = dropUntil;
    for (int n = 0; n < CHUNK; n++) {
      if (until != null && lookingAt(until, false)) {
        skip(until.length());
        dropUntil = null;
        mode = Mode.TEXT;
        return;
      }
      int c = next();
      if (c < 0) {
        dropUntil = null;
        mode = Mode.TEXT;
        return;
      }
      if (c == '\n') {
        emit('\n');
      }
    }
  }

  private void doctype() throws IOException {
    for (int n = 0; n < CHUNK; n++) {
      int c = next();
      if (c < 0) {
        endDoctype();
        return;
      }
      if (c == '\n') {
        emit('\n');
      }
      if (doctypeHead.length() < 400) {
        doctypeHead.append((char) c);
      }
      if (doctypeQuote != 0) {
        if (c == doctypeQuote) {
          doctypeQuote = 0;
        }
      } else if (c == '"' || c == '\'') {
        doctypeQuote = (char) c;
      } else if (c == '[') {
        doctypeBrackets++;
        doctypeSubset = true;
      } else if (c == ']') {
        doctypeBrackets = Math.max(0, doctypeBrackets - 1);
      } else if (c == '>' && doctypeBrackets == 0) {
        endDoctype();
        return;
      }
    }
  }

  private void endDoctype() {
    mode = Mode.TEXT;
    String head = doctypeHead.toString().strip();
    int sp = 0;
    while (sp < head.length() && isNameChar(head.charAt(sp))) {
      sp++;
    }
    String name = head.substring(0, sp);
    doctypeHtml = name.equalsIgnoreCase("html");
    netscape = head.contains(NETSCAPE_091);
    if (doctypeSubset) {
      report(Severity.WARNING, "dtd-ignored", "the document type declaration has an internal subset, which is"
          + " not processed: the entities it declares are not expanded");
    } else {
      report(Severity.INFO, "doctype-ignored", "the document type declaration <!DOCTYPE " + name
          + "> is ignored; nothing is fetched" + (netscape ? "; HTML entities are read as RSS 0.91 declares them" : ""));
    }
  }

  // ---------------------------------------------------------------- entities

  /**
   * Reads what follows an {@code &} and returns its XML form: the reference as given when it is valid
   * XML, the characters of an HTML entity, or an escaped ampersand.
   */
  private String amp(boolean inAttribute) throws IOException {
    next();
    int c = peek(0);
    if (c == '#') {
      boolean hex = peek(1) == 'x' || peek(1) == 'X';
      int i = hex ? 2 : 1;
      int start = i;
      int cp = 0;
      while (i - start < 8) {
        int d = peek(i);
        int v = d < 0 ? -1 : Character.digit(d, hex ? 16 : 10);
        if (v < 0) {
          break;
        }
        cp = cp * (hex ? 16 : 10) + v;
        i++;
      }
      if (i > start && peek(i) == ';') {
        StringBuilder ref = new StringBuilder(hex ? "&#x" : "&#");
        skip(start);
        for (int k = start; k <= i; k++) {
          ref.append((char) next());
        }
        if (cp >= 0x80 && cp <= 0x9F) {
          char w = FeedDecoder.cp1252(cp);
          report(Severity.INFO, "char-windows-1252", "the character reference " + ref
              + " names a control character; read as the Windows-1252 character '" + w + "' it stands for");
          return escaped(String.valueOf(w), inAttribute);
        }
        if (validChar(cp)) {
          return ref.toString();
        }
        report(Severity.WARNING, "char-invalid", "the character reference " + ref
            + " names a character XML does not allow; dropped");
        return "";
      }
    } else {
      int i = 0;
      while (i < 32) {
        int d = peek(i);
        if (d < 0 || !(d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9' && i > 0)) {
          break;
        }
        i++;
      }
      if (i > 0 && peek(i) == ';') {
        StringBuilder nb = new StringBuilder(i);
        for (int k = 0; k < i; k++) {
          nb.append((char) next());
        }
        next();
        String name = nb.toString();
        if (PREDEFINED.contains(name)) {
          return "&" + name + ";";
        }
        if (Entities.isNamedEntity(name)) {
          report(netscape ? Severity.INFO : Severity.WARNING, "entity-undeclared", "the HTML entity &" + name
              + "; is not declared in XML; read as its characters");
          return escaped(Entities.getByName(name), inAttribute);
        }
        report(Severity.WARNING, "entity-unknown", "the entity &" + name + "; is not declared; kept as text");
        return "&amp;" + name + ";";
      }
    }
    report(Severity.WARNING, "ampersand-bare", "a bare '&'; read as text");
    return "&amp;";
  }


  private static String escaped(String s, boolean inAttribute) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    XmlEscape.append(sb, s, inAttribute);
    return sb.toString();
  }

  private static boolean validChar(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
        || cp >= 0x10000 && cp <= 0x10FFFF;
  }

  // ---------------------------------------------------------------- tags

  private static boolean isNameStart(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':'
        || c >= 0xC0 && c < 0xFFFE && c != 0xD7 && c != 0xF7 && Character.isLetter(c);
  }

  private static boolean isNameChar(int c) {
    return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == 0xB7
        || c >= 0x80 && c < 0xFFFE && Character.isLetterOrDigit(c);
  }

  private String name() throws IOException {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < MAX_NAME) {
      int c = peek(0);
      if (c < 0 || !isNameChar(c)) {
        break;
      }
      sb.append((char) next());
    }
    return sb.toString();
  }

  /** A name that XML namespaces accept: at most one colon, not at either end. */
  private static String qname(String raw) {
    int first = raw.indexOf(':');
    if (first < 0) {
      return raw;
    }
    if (first == 0 || first == raw.length() - 1 || raw.indexOf(':', first + 1) >= 0
        || !isNameStart(raw.charAt(first + 1)) || raw.charAt(first + 1) == ':') {
      return raw.replace(':', '_');
    }
    return raw;
  }

  private static int whitespace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' ? 1 : 0;
  }

  // ---------------------------------------------------------------- tags that need no repair

  /** Whether a character may be part of a name in the fast paths: ASCII letters, digits, '_', '-', '.', ':'. */
  private static boolean plainNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
        || c == '.' || c == ':';
  }

  /**
   * The end of a plain name starting at {@code from} in the input buffer: ASCII name characters, a letter or
   * '_' first, at most one colon and not at either end (so {@link #qname} leaves it as it is). -1 when the
   * name is not plain or runs to the end of the buffer.
   */
  private int plainName(int from) {
    char c = in[from];
    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
      return -1;
    }
    int colon = -1;
    int p = from + 1;
    while (p < il && plainNameChar(in[p])) {
      if (in[p] == ':') {
        if (colon >= 0) {
          return -1;
        }
        colon = p;
      }
      p++;
    }
    if (p >= il || p - from > MAX_NAME || colon == p - 1
        || colon >= 0 && !(in[colon + 1] >= 'a' && in[colon + 1] <= 'z' || in[colon + 1] >= 'A'
            && in[colon + 1] <= 'Z' || in[colon + 1] == '_')) {
      return -1;
    }
    return p;
  }

  /**
   * An end tag {@code </name>} that closes the innermost open element, written exactly so, copied in one
   * step with the same effect as {@link #endTag()}. False (consuming nothing) for anything else.
   */
  private boolean plainEndTag() throws IOException {
    if (stack.isEmpty() || decoder != null && decoder.hasPending()) {
      return false;
    }
    peek(MAX_NAME + 3); // fill the buffer; at the end of the input the tag may still be whole
    int from = ip + 2;
    if (from >= il) {
      return false;
    }
    int end = plainName(from);
    if (end < 0 || in[end] != '>' || decoder != null && decoder.hasPending()) {
      return false;
    }
    String top = stack.get(stack.size() - 1).name();
    int n = end - from;
    if (top.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (top.charAt(i) != in[from + i]) {
        return false;
      }
    }
    stack.remove(stack.size() - 1);
    copyPlain(end + 1 - ip);
    return true;
  }

  /**
   * A start tag inside the root element that needs no repair, copied in one step with the same effect as
   * {@link #startTag()}: a plain name whose prefix, if any, is declared, then attributes written as
   * {@code  name="value"} (one space before each, plain names without prefixes, values without
   * {@code & < "} or characters to repair, no duplicates), then {@code >} or {@code />}. False (consuming
   * nothing) for anything else.
   */
  private boolean plainStartTag() throws IOException {
    if (stack.isEmpty() || decoder != null && decoder.hasPending()) {
      return false;
    }
    peek(Math.min(in.length - 1, 1024)); // fill the buffer as far as it goes
    if (decoder != null && decoder.hasPending()) {
      return false;
    }
    int from = ip + 1;
    int end = plainName(from);
    if (end < 0) {
      return false;
    }
    int colon = indexOf(':', from, end);
    if (colon >= 0) {
      String prefix = new String(in, from, colon - from);
      if (!prefix.equals("xml") && !prefix.equals("xmlns") && !isDeclared(prefix, null)) {
        return false;
      }
    }
    int p = end;
    int attrs = 0;
    int[] names = attrNames;
    while (p < il && in[p] == ' ') {
      int a = p + 1;
      int aEnd = a < il ? plainName(a) : -1;
      if (aEnd < 0 || indexOf(':', a, aEnd) >= 0 || aEnd + 1 >= il || in[aEnd] != '=' || in[aEnd + 1] != '"') {
        return false;
      }
      for (int k = 0; k < attrs; k++) { // a duplicate needs the slow path's report
        int o = names[2 * k];
        int ol = names[2 * k + 1];
        if (ol == aEnd - a && java.util.Arrays.equals(in, o, o + ol, in, a, aEnd)) {
          return false;
        }
      }
      if (attrs == names.length / 2) {
        return false;
      }
      names[2 * attrs] = a;
      names[2 * attrs + 1] = aEnd - a;
      attrs++;
      int v = aEnd + 2;
      while (v < il && plainValueChar(in[v])) {
        v++;
      }
      if (v >= il || in[v] != '"') {
        return false;
      }
      p = v + 1;
    }
    boolean selfClosing;
    if (p < il && in[p] == '>') {
      selfClosing = false;
    } else if (p + 1 < il && in[p] == '/' && in[p + 1] == '>') {
      selfClosing = true;
    } else {
      return false;
    }
    int length = (selfClosing ? p + 2 : p + 1) - ip;
    if (length > limits.maxTextLength() || !selfClosing && stack.size() >= limits.maxElementDepth()) {
      return false;
    }
    if (!selfClosing) {
      stack.add(new Open(elementName(from, end), null));
    }
    markupSeen = true;
    copyPlain(length);
    return true;
  }

  private final int[] attrNames = new int[32];

  /** A character an attribute value may hold in the fast path: printable, nothing to escape or repair. */
  private static boolean plainValueChar(char c) {
    return c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '"'
        || c >= 0xA0 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE;
  }

  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (in[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Recently seen element names, so a start tag costs no new string in the usual case. */
  private final String[] recentNames = new String[64];

  private String elementName(int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + in[i];
    }
    int slot = (h ^ (h >>> 16)) & (recentNames.length - 1);
    String s = recentNames[slot];
    if (s != null && s.length() == to - from) {
      boolean same = true;
      for (int i = 0; i < s.length() && same; i++) {
        same = s.charAt(i) == in[from + i];
      }
      if (same) {
        return s;
      }
    }
    s = new String(in, from, to - from);
    recentNames[slot] = s;
    return s;
  }

  /** Copies {@code n} buffered characters without newlines or anything to repair to the output. */
  private void copyPlain(int n) {
    room(n);
    System.arraycopy(in, ip, out, olen, n);
    olen += n;
    emitted += n;
    consumed += n;
    ip += n;
    column += n;
  }

  private void startTag() throws IOException {
    next(); // <
    markupSeen = true;
    String name = qname(name());
    if (!rootSeen) {
      rootSeen = true;
      String local = name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
      if (local.equals("html") || local.equals("head") || local.equals("body")
          || doctypeHtml && !(local.equals("rss") || local.equals("rdf") || local.equals("feed"))) {
        throw new NotAFeedException("an HTML document" + htmlTitle() + ", not a feed");
      }
    } else if (stack.isEmpty()) {
      report(Severity.WARNING, "content-after-root", "an element after the root element; it and the rest"
          + " of the document are dropped");
      mode = Mode.DROP;
      dropUntil = null;
      return;
    }
    StringBuilder tag = new StringBuilder(64).append('<').append(name);
    Set<String> seen = new HashSet<>();
    List<String> declared = null;
    List<String> usedPrefixes = new ArrayList<>(2);
    if (name.indexOf(':') > 0) {
      usedPrefixes.add(name.substring(0, name.indexOf(':')));
    }
    int newlines = 0;
    int length = 0;
    boolean selfClosing = false;
    boolean junkReported = false;
    while (true) {
      if (++length > limits.maxTextLength()) {
        throw LimitErrors.exceeded("limit-text-length", "the start tag <" + name + "> is longer than "
            + limits.maxTextLength() + " characters", "maxTextLength()", tokLine, tokColumn);
      }
      int c = peek(0);
      if (c < 0) {
        break;
      }
      if (c == '>') {
        next();
        break;
      }
      if (c == '/') {
        next();
        if (peek(0) == '>') {
          next();
          selfClosing = true;
          break;
        }
        continue;
      }
      if (whitespace(c) == 1) {
        next();
        if (c == '\n') {
          newlines++;
        }
        continue;
      }
      if (c == '<') {
        report(Severity.WARNING, "tag-unclosed", "the start tag <" + name + "> has no '>'; closed");
        break;
      }
      if (!isNameStart(c)) {
        next();
        if (!junkReported) {
          junkReported = true;
          report(Severity.WARNING, "tag-junk", "unexpected '" + (char) c + "' in the start tag <" + name
              + ">; dropped");
        }
        continue;
      }
      String attr = qname(name());
      while (whitespace(peek(0)) == 1) {
        if (next() == '\n') {
          newlines++;
        }
      }
      StringBuilder value = new StringBuilder();
      if (peek(0) == '=') {
        next();
        while (whitespace(peek(0)) == 1) {
          if (next() == '\n') {
            newlines++;
          }
        }
        int q = peek(0);
        if (q == '"' || q == '\'') {
          next();
          while (true) {
            if (++length > limits.maxTextLength()) {
              throw LimitErrors.exceeded("limit-text-length", "an attribute of <" + name + "> is longer than "
                  + limits.maxTextLength() + " characters", "maxTextLength()", tokLine, tokColumn);
            }
            int v = peek(0);
            if (v < 0) {
              break;
            }
            if (v == q) {
              next();
              break;
            }
            attributeChar(v, value);
          }
        } else {
          report(Severity.WARNING, "attribute-unquoted", "the value of " + attr + " in <" + name
              + "> has no quotes; quoted");
          while (true) {
            int v = peek(0);
            if (v < 0 || whitespace(v) == 1 || v == '>' || v == '<' || v == '/' && peek(1) == '>') {
              break;
            }
            if (++length > limits.maxTextLength()) {
              throw LimitErrors.exceeded("limit-text-length", "an attribute of <" + name + "> is longer than "
                  + limits.maxTextLength() + " characters", "maxTextLength()", tokLine, tokColumn);
            }
            attributeChar(v, value);
          }
        }
      } else {
        report(Severity.WARNING, "attribute-no-value", "the attribute " + attr + " in <" + name
            + "> has no value; its name is used");
        value.append(attr);
      }
      if (!seen.add(attr)) {
        report(Severity.WARNING, "attribute-duplicate", "the attribute " + attr + " appears twice in <" + name
            + ">; the first is kept");
        continue;
      }
      if (attr.startsWith("xmlns:")) {
        if (value.length() == 0) {
          report(Severity.WARNING, "namespace-empty", "the namespace prefix " + attr.substring(6)
              + " is bound to an empty name; dropped");
          continue;
        }
        if (declared == null) {
          declared = new ArrayList<>(2);
        }
        declared.add(attr.substring(6));
      } else if (attr.indexOf(':') > 0) {
        usedPrefixes.add(attr.substring(0, attr.indexOf(':')));
      }
      tag.append(' ').append(attr).append("=\"").append(value).append('"');
    }
    for (String p : usedPrefixes) {
      if (!p.equals("xml") && !p.equals("xmlns") && !isDeclared(p, declared)) {
        String uri = KNOWN_PREFIXES.getOrDefault(p, "urn:policyfeed:undeclared:" + p);
        report(Severity.WARNING, "namespace-undeclared", "the namespace prefix " + p + " is not declared; "
            + "bound to " + uri);
        if (declared == null) {
          declared = new ArrayList<>(2);
        }
        declared.add(p);
        tag.append(" xmlns:").append(p).append("=\"").append(uri).append('"');
      }
    }
    for (int i = 0; i < newlines; i++) {
      tag.append('\n');
    }
    if (selfClosing) {
      tag.append("/>");
      emit(tag);
      return;
    }
    tag.append('>');
    if (stack.size() >= limits.maxElementDepth()) {
      throw LimitErrors.exceeded("limit-element-depth", "elements are nested deeper than "
          + limits.maxElementDepth(), "maxElementDepth()", tokLine, tokColumn);
    }
    stack.add(new Open(name, declared));
    emit(tag);
  }

  private boolean isDeclared(String prefix, @Nullable List<String> here) {
    if (here != null && here.contains(prefix)) {
      return true;
    }
    for (int i = stack.size() - 1; i >= 0; i--) {
      List<String> p = stack.get(i).prefixes();
      if (p != null && p.contains(prefix)) {
        return true;
      }
    }
    return false;
  }

  private void attributeChar(int v, StringBuilder value) throws IOException {
    if (v == '&') {
      value.append(amp(true));
    } else if (v == '<') {
      next();
      value.append("&lt;");
    } else if (v == '"') {
      next();
      value.append("&quot;");
    } else {
      next();
      character(v, value);
    }
  }

  private void endTag() throws IOException {
    skip(2); // </
    String raw = name();
    String name = qname(raw);
    boolean closed = false;
    int guard = 0;
    while (guard++ < MAX_NAME) {
      int c = peek(0);
      if (c < 0 || c == '<') {
        break;
      }
      next();
      if (c == '\n') {
        emit('\n');
      }
      if (c == '>') {
        closed = true;
        break;
      }
    }
    if (!closed) {
      report(Severity.WARNING, "tag-unclosed", "the end tag </" + raw + "> has no '>'; closed");
    }
    if (name.isEmpty() || stack.isEmpty()) {
      report(Severity.WARNING, "end-tag-stray", "the end tag </" + raw + "> closes no open element; dropped");
      return;
    }
    int at = -1;
    for (int i = stack.size() - 1; i >= 0 && at < 0; i--) {
      if (stack.get(i).name().equals(name)) {
        at = i;
      }
    }
    for (int i = stack.size() - 1; i >= 0 && at < 0; i--) {
      if (stack.get(i).name().equalsIgnoreCase(name)) {
        at = i;
      }
    }
    if (at < 0) {
      report(Severity.WARNING, "end-tag-stray", "the end tag </" + raw + "> closes no open element; dropped");
      return;
    }
    if (at < stack.size() - 1) {
      StringBuilder names = new StringBuilder();
      for (int i = stack.size() - 1; i > at; i--) {
        names.append(names.length() == 0 ? "" : ", ").append('<').append(stack.get(i).name()).append('>');
      }
      report(Severity.WARNING, "element-unclosed", names + " not closed before </" + raw + ">; closed there");
    }
    while (stack.size() > at) {
      emit("</");
      emit(stack.remove(stack.size() - 1).name());
      emit('>');
    }
  }

  // ---------------------------------------------------------------- the end

  private void atEnd() {
    finished = true;
    if (!rootSeen) {
      if (junk != null) {
        throw new NotAFeedException("not XML (it starts with '" + junk.toString().strip() + "'), not a feed");
      }
      throw new NotAFeedException(markupSeen ? "an XML document without elements, not a feed"
          : "empty input, not a feed");
    }
    if (!stack.isEmpty()) {
      StringBuilder names = new StringBuilder();
      for (int i = stack.size() - 1; i >= 0; i--) {
        names.append(names.length() == 0 ? "" : ", ").append('<').append(stack.get(i).name()).append('>');
      }
      reportHere(Severity.ERROR, "document-truncated", "the document ends inside " + names
          + "; what was read is kept");
      while (!stack.isEmpty()) {
        emit("</");
        emit(stack.remove(stack.size() - 1).name());
        emit('>');
      }
    }
  }

  /** Finds an HTML page's title in the next 64 KiB, for the not-a-feed message. */
  private String htmlTitle() {
    try {
      StringBuilder window = new StringBuilder();
      for (int n = 0; n < 65536; n++) {
        int c = next();
        if (c < 0) {
          return "";
        }
        window.append((char) Character.toLowerCase(c));
        if (window.length() > 6) {
          window.deleteCharAt(0);
        }
        if (window.indexOf("<title") == 0 && (peek(0) == '>' || whitespace(peek(0)) == 1)) {
          while (c >= 0 && c != '>') {
            c = next();
          }
          StringBuilder t = new StringBuilder();
          while ((c = next()) >= 0 && c != '<' && t.length() < 200) {
            t.append((char) c);
          }
          String title = HtmlTextShim.collapse(Parser.unescapeEntities(t.toString(), false));
          return title.isEmpty() ? "" : " (title '" + title + "')";
        }
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }

  /** Whitespace collapsing without a regular expression. */
  private static final class HtmlTextShim {
    static String collapse(String s) {
      StringBuilder sb = new StringBuilder(s.length());
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          space = sb.length() > 0;
        } else {
          if (space) {
            sb.append(' ');
          }
          space = false;
          sb.append(c);
        }
      }
      return sb.toString();
    }
  }
}
