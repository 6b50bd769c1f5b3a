package org.policyfeed.text;

import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Link;

/**
 * A one-pass HTML-to-text converter for the plain HTML feeds carry (paragraphs, headings, lists,
 * links, emphasis, line breaks, character references), giving exactly what the jsoup path of
 * {@link HtmlText} gives, without building a document.
 *
 * <p>It reads the fragment with the rules of jsoup's tokeniser and keeps a stack of open elements.
 * It only goes on while it is sure jsoup's tree builder would build the same tree, i.e. the tree the
 * tags spell out literally. It gives up ({@link #convert} returns null, and the caller falls back to
 * jsoup) at the first sign of anything else:
 * <ul>
 *   <li>a tag it does not know (tables, forms, frames, {@code <html>}, {@code <body>}, {@code <head>},
 *       {@code <base>}, foreign content, custom elements...), a doctype, CDATA, {@code <?...>};
 *   <li>any end tag that is not the current element's (misnesting, stray end tags), except
 *       {@code </ul>} or {@code </ol>} closing a last {@code <li>} whose end tag was left out;
 *   <li>implied end tags other than a {@code <p>} or {@code <li>} that is the current element
 *       ({@code <p>} before a block, {@code <li>} before the next item);
 *   <li>a block inside an inline element, anything but text and phrasing inside {@code <a>},
 *       nested formatting elements of one name, {@code <a>} inside {@code <a>} or {@code <pre>};
 *   <li>self-closing syntax on elements that are not void, unusual tag or attribute syntax, a NUL,
 *       {@code <!-->}, {@code --!>}, {@code <!--} inside a script, unterminated tags, comments or
 *       scripts;
 *   <li>character references jsoup decodes in a special way (without {@code ;}, by prefix, to
 *       control characters or through its Windows-1252 table).
 * </ul>
 *
 * <p>Keeping the active formatting elements of the HTML tree-building algorithm in step is what the
 * end-tag rule is for: a formatting element only leaves the stack through its own end tag (or at the
 * end of input), so jsoup never has to reconstruct one.
 */
final class HtmlScanner {

  // Element kinds.
  /** {@code <p>}. */
  private static final int P = 1;
  /** Blocks that close an open {@code <p>} and that the layout ends a block on. */
  private static final int BLOCK = 2;
  /** {@code <h1>} to {@code <h6>}. */
  private static final int HEADING = 3;
  private static final int PRE = 4;
  private static final int UL = 5;
  private static final int OL = 6;
  private static final int LI = 7;
  private static final int HR = 8;
  private static final int BR = 9;
  /** Void phrasing elements: {@code <img>}, {@code <wbr>}. */
  private static final int VOID_INLINE = 10;
  private static final int A = 11;
  /** Formatting elements of the HTML tree-building algorithm (the active formatting list). */
  private static final int FORMATTING = 12;
  /** Other phrasing elements, inline in jsoup's tag set. */
  private static final int INLINE = 13;
  /** {@code <script>} and {@code <style>}: raw text, skipped. */
  private static final int RAW = 14;

  private static final String[] NAMES = {
      "p",
      "div", "blockquote", "section", "article", "header", "footer", "nav", "aside", "figure",
      "figcaption", "address", "center",
      "h1", "h2", "h3", "h4", "h5", "h6",
      "pre", "ul", "ol", "li", "hr", "br", "img", "wbr", "a",
      "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u",
      "span", "sup", "sub", "abbr", "cite", "q", "mark", "time", "dfn", "kbd", "samp", "var",
      "script", "style"};
  private static final int[] KINDS = {
      P,
      BLOCK, BLOCK, BLOCK, BLOCK, BLOCK, BLOCK, BLOCK, BLOCK, BLOCK,
      BLOCK, BLOCK, BLOCK,
      HEADING, HEADING, HEADING, HEADING, HEADING, HEADING,
      PRE, UL, OL, LI, HR, BR, VOID_INLINE, VOID_INLINE, A,
      FORMATTING, FORMATTING, FORMATTING, FORMATTING, FORMATTING, FORMATTING, FORMATTING, FORMATTING,
      FORMATTING, FORMATTING, FORMATTING, FORMATTING,
      INLINE, INLINE, INLINE, INLINE, INLINE, INLINE, INLINE, INLINE, INLINE, INLINE, INLINE, INLINE,
      RAW, RAW};
  /** Indexes into {@link #NAMES} by name length. */
  private static final int[][] BY_LENGTH = new int[11][];

  static {
    for (int len = 0; len < BY_LENGTH.length; len++) {
      int count = 0;
      int[] ids = new int[NAMES.length];
      for (int id = 0; id < NAMES.length; id++) {
        if (NAMES[id].length() == len) {
          ids[count++] = id;
        }
      }
      BY_LENGTH[len] = Arrays.copyOf(ids, count);
    }
  }

  /** Named references common in feeds, checked against jsoup's table by the tests. */
  static final String[] COMMON_ENTITIES = {
      "amp", "lt", "gt", "quot", "apos", "nbsp", "ndash", "mdash", "rsquo", "lsquo", "rdquo", "ldquo",
      "hellip", "euro", "copy", "reg", "bull", "laquo", "raquo", "shy", "middot", "trade"};
  static final char[] COMMON_ENTITY_CHARS = {
      '&', '<', '>', '"', '\'', '\u00A0', '\u2013', '\u2014', '\u2019', '\u2018', '\u201D', '\u201C',
      '\u2026', '\u20AC', '\u00A9', '\u00AE', '\u2022', '\u00AB', '\u00BB', '\u00AD', '\u00B7', '\u2122'};

  private static final int BAIL = -1;
  /** Deeper nesting (unusual in feeds) is left to jsoup. */
  private static final int MAX_DEPTH = 100;

  /** Thrown where giving up cannot be returned; caught in {@link #run}. */
  private static final class GiveUp extends RuntimeException {
    GiveUp() {
      super(null, null, false, false);
    }
  }

  /** One scanner a thread, its buffers reused from one fragment to the next. */
  private static final ThreadLocal<HtmlScanner> SCANNERS = ThreadLocal.withInitial(HtmlScanner::new);

  private String s = "";
  private int n;
  private @Nullable String baseUri;
  private final HtmlBlocks blocks = new HtmlBlocks(1024);
  private boolean busy;

  /** Open elements: their ids in {@link #NAMES}, innermost last. */
  private int[] stack = new int[16];
  private int depth;
  /** How many elements of each id are open. */
  private final int[] open = new int[NAMES.length];
  private int openP;
  private int openLi;
  private int openPre;
  private int openInline;

  // the open <a>, if any
  private boolean inLink;
  private @Nullable String href;
  private StringBuilder linkText = new StringBuilder();
  /**
   * A detached {@code <a>} carrying the base URI: its {@code absUrl("href")} resolves exactly as
   * the same element in a document parsed with that base URI does. Kept while the base stays.
   */
  private @Nullable Element resolver;

  // attributes of the tag being read
  private boolean selfClosing;
  private @Nullable String hrefAttr;
  private @Nullable String startAttr;

  // a decoded character reference
  private final int[] codepoints = new int[2];
  private int codepointCount;

  private HtmlScanner() {}

  /**
   * Converts a fragment as {@code HtmlText.convert} does with jsoup, or gives up.
   *
   * @param html the fragment
   * @param baseUri the URI links resolve against, or null to leave them as given
   * @return the result, or null when the fragment leaves the subset this reader is sure about
   */
  static HtmlText.@Nullable Result convert(String html, @Nullable String baseUri) {
    HtmlScanner scanner = SCANNERS.get();
    if (scanner.busy) {
      scanner = new HtmlScanner(); // not reentrant; cannot happen today
    }
    return scanner.run(html, baseUri);
  }

  private HtmlText.@Nullable Result run(String html, @Nullable String base) {
    busy = true;
    s = html;
    n = html.length();
    baseUri = base;
    depth = 0;
    Arrays.fill(open, 0);
    openP = 0;
    openLi = 0;
    openPre = 0;
    openInline = 0;
    inLink = false;
    href = null;
    if (linkText.capacity() > 1 << 16) {
      linkText = new StringBuilder(); // do not keep a huge buffer for the thread's lifetime
    }
    blocks.reset(n);
    try {
      return scan();
    } catch (GiveUp e) {
      return null;
    } finally {
      s = "";
      href = null;
      busy = false;
    }
  }

  private HtmlText.@Nullable Result scan() {
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '<') {
        i = markup(i);
      } else if (c == '&') {
        i = textReference(i);
      } else {
        int j = blocks.inlineUntilMarkup(s, i, n);
        if (j < n && s.charAt(j) == 0) {
          return null;
        }
        if (inLink) {
          linkText.append(s, i, j);
        }
        i = j;
      }
      if (i < 0) {
        return null;
      }
    }
    while (depth > 0) {
      pop();
    }
    return blocks.result();
  }

  private void text(char c) {
    blocks.inline(c);
    if (inLink) {
      linkText.append(c);
    }
  }

  // ---------------------------------------------------------------- markup

  /** Reads what starts with the {@code <} at {@code i}; returns the index after it or {@link #BAIL}. */
  private int markup(int i) {
    if (i + 1 >= n) {
      return BAIL;
    }
    char c = s.charAt(i + 1);
    if (isAsciiLetter(c)) {
      return startTag(i);
    }
    if (c == '/') {
      return endTag(i);
    }
    if (c == '!') {
      return comment(i);
    }
    if (c == '?' || (c >= 0x80 && Character.isLetter(c))) {
      return BAIL;
    }
    text('<'); // "<" not starting a tag is text, e.g. "a < b"
    return i + 1;
  }

  /** A comment {@code <!--...-->}; anything else after {@code <!} gives up. */
  private int comment(int i) {
    if (!s.startsWith("<!--", i)) {
      return BAIL;
    }
    int from = i + 4;
    if (from < n && (s.charAt(from) == '>' || s.startsWith("->", from))) {
      return BAIL; // <!--> and <!--->
    }
    int end = s.indexOf("-->", from);
    if (end < 0) {
      return BAIL;
    }
    int bang = s.indexOf("--!", from);
    if (bang >= 0 && bang < end) {
      return BAIL;
    }
    return end + 3;
  }

  /** The element name at {@code from} (ASCII letters and digits), or -1 when it is not one we know. */
  private int tagId(int from, int to) {
    int len = to - from;
    if (len >= BY_LENGTH.length) {
      return -1;
    }
    for (int id : BY_LENGTH[len]) {
      String name = NAMES[id];
      int k = 0;
      // the name is ASCII letters and digits: c | 0x20 lowercases letters and keeps digits
      while (k < len && (s.charAt(from + k) | 0x20) == name.charAt(k)) {
        k++;
      }
      if (k == len) {
        return id;
      }
    }
    return -1;
  }

  /** End of an ASCII tag name starting at {@code from}, or -1 unless whitespace, '/' or '>' ends it. */
  private int tagNameEnd(int from) {
    int j = from;
    while (j < n && isAsciiLetterOrDigit(s.charAt(j))) {
      j++;
    }
    if (j >= n) {
      return -1;
    }
    char t = s.charAt(j);
    return isSpace(t) || t == '/' || t == '>' ? j : -1;
  }

  private int startTag(int lt) {
    int nameEnd = tagNameEnd(lt + 1);
    if (nameEnd < 0) {
      return BAIL;
    }
    int id = tagId(lt + 1, nameEnd);
    if (id < 0) {
      return BAIL;
    }
    int kind = KINDS[id];
    int after = attributes(nameEnd, kind == A, kind == OL);
    if (after < 0) {
      return BAIL;
    }
    if (selfClosing && kind != BR && kind != VOID_INLINE && kind != HR) {
      return BAIL;
    }
    switch (kind) {
      case BR:
        if (inLink) {
          return BAIL; // jsoup's text() puts a space for it in the link's text
        }
        blocks.lineBreak();
        return after;
      case VOID_INLINE:
        return after;
      case HR:
        if (!beforeBlock()) {
          return BAIL;
        }
        blocks.endBlock();
        blocks.endBlock();
        return after;
      case P:
      case BLOCK:
      case PRE:
      case UL:
      case OL:
        if (!beforeBlock()) {
          return BAIL;
        }
        push(id);
        if (kind == UL || kind == OL) {
          blocks.startList(kind == OL, startAttr == null ? "" : startAttr);
        } else {
          blocks.endBlock();
        }
        return after;
      case HEADING:
        if (!beforeBlock() || (depth > 0 && KINDS[stack[depth - 1]] == HEADING)) {
          return BAIL; // jsoup closes a heading that is the current element
        }
        push(id);
        blocks.endBlock();
        return after;
      case LI:
        if (openInline > 0) {
          return BAIL;
        }
        if (depth > 0 && KINDS[stack[depth - 1]] == LI) {
          pop(); // the previous item's end tag was left out
        } else if (openLi > 0 && !(depth > 0 && isList(stack[depth - 1]))) {
          return BAIL; // jsoup would close that outer item and what is inside it
        }
        if (!beforeBlock()) {
          return BAIL;
        }
        push(id);
        blocks.startItem();
        return after;
      case A:
        if (inLink || openPre > 0) {
          return BAIL;
        }
        push(id);
        inLink = true;
        href = hrefAttr;
        linkText.setLength(0);
        return after;
      case FORMATTING:
        if (open[id] > 0) {
          return BAIL; // nested formatting elements of one name: Noah's Ark clause, adoption agency
        }
        push(id);
        return after;
      case INLINE:
        push(id);
        return after;
      case RAW:
        if (inLink) {
          return BAIL;
        }
        return rawText(after, NAMES[id]);
      default:
        return BAIL;
    }
  }

  /**
   * What jsoup does before a block start tag: it closes an open {@code <p>} (when it is the current
   * element; deeper down we give up). False when the block may not start here (inside inline
   * elements).
   */
  private boolean beforeBlock() {
    if (openInline > 0) {
      return false;
    }
    if (openP > 0) {
      if (KINDS[stack[depth - 1]] != P) {
        return false;
      }
      pop();
      return openP == 0;
    }
    return true;
  }

  /**
   * Skips the raw text of a script or style up to its end tag: {@code </script} or {@code </style}
   * (any case), optional whitespace, {@code >} (as the regex {@code </script[ \t\n\r\f]*>}).
   * Gives up on {@code <!--} in a script (jsoup's escaped states), on end tags with attributes or
   * a slash, and when the end tag is missing.
   */
  private int rawText(int from, String name) {
    int i = from;
    while (true) {
      int lt = s.indexOf("</", i);
      if (lt < 0) {
        return BAIL;
      }
      int nameEnd = lt + 2 + name.length();
      if (nameEnd < n && s.regionMatches(true, lt + 2, name, 0, name.length())) {
        int j = nameEnd;
        while (j < n && isSpace(s.charAt(j))) {
          j++;
        }
        char t = j < n ? s.charAt(j) : 0;
        if (t == '>') {
          int comment = s.indexOf("<!--", from);
          if (name.equals("script") && comment >= 0 && comment < lt) {
            return BAIL;
          }
          return j + 1;
        }
        if (j > nameEnd || t == '/') {
          return BAIL; // an end tag with attributes or a slash
        }
      }
      i = lt + 2;
    }
  }

  private int endTag(int lt) {
    if (lt + 2 >= n || !isAsciiLetter(s.charAt(lt + 2))) {
      return BAIL;
    }
    int nameEnd = tagNameEnd(lt + 2);
    if (nameEnd < 0) {
      return BAIL;
    }
    int id = tagId(lt + 2, nameEnd);
    if (id < 0 || depth == 0) {
      return BAIL;
    }
    int j = nameEnd;
    while (j < n && isSpace(s.charAt(j))) {
      j++;
    }
    if (j >= n || s.charAt(j) != '>') {
      return BAIL;
    }
    int current = stack[depth - 1];
    if (current == id) {
      pop();
    } else if (isList(id) && KINDS[current] == LI && depth > 1 && stack[depth - 2] == id) {
      pop(); // </ul> closes the last <li> whose end tag was left out
      pop();
    } else {
      return BAIL;
    }
    return j + 1;
  }

  private static boolean isList(int id) {
    return KINDS[id] == UL || KINDS[id] == OL;
  }

  private void push(int id) {
    if (depth == MAX_DEPTH) {
      throw new GiveUp();
    }
    if (depth == stack.length) {
      stack = Arrays.copyOf(stack, depth * 2);
    }
    stack[depth++] = id;
    open[id]++;
    switch (KINDS[id]) {
      case P -> openP++;
      case LI -> openLi++;
      case PRE -> openPre++;
      case A, FORMATTING, INLINE -> openInline++;
      default -> { }
    }
  }

  /** Closes the current element: what the jsoup walk does at the element's end. */
  private void pop() {
    int id = stack[--depth];
    open[id]--;
    switch (KINDS[id]) {
      case P, BLOCK, HEADING, PRE -> {
        if (KINDS[id] == P) {
          openP--;
        } else if (KINDS[id] == PRE) {
          openPre--;
        }
        blocks.endBlock();
      }
      case LI -> {
        openLi--;
        blocks.endBlock();
      }
      case UL, OL -> blocks.endList();
      case A -> {
        openInline--;
        inLink = false;
        addLink();
      }
      case FORMATTING, INLINE -> openInline--;
      default -> { }
    }
  }

  /** As the jsoup walk adds the link of an {@code <a>} element. */
  private void addLink() {
    String attr = href;
    if (attr == null) {
      return;
    }
    String stripped = attr.strip();
    if (stripped.isEmpty() || stripped.startsWith("#")
        || stripped.regionMatches(true, 0, "javascript:", 0, 11)) {
      return;
    }
    String url = stripped;
    String plain = baseUri == null ? null : resolvePlain(baseUri, attr);
    if (plain != null) {
      url = plain;
    } else if (baseUri != null) {
      Element a = resolver;
      if (a == null || !a.baseUri().equals(baseUri)) {
        a = new Element("a");
        a.setBaseUri(baseUri);
        resolver = a;
      }
      url = a.attr("href", attr).absUrl("href");
    }
    if (url.isEmpty()) {
      url = stripped;
    }
    String text = HtmlText.collapseInline(elementText(linkText)).strip();
    blocks.addLink(new Link(text, url));
  }

  /**
   * The usual cases of {@code absUrl}, without jsoup's URL parsing: an absolute http(s) {@code href} with a plain
   * lower-case ASCII authority (no port) and a plain path, such as {@code https://www.icmpd.org/news/}, is given
   * as it is; a root-relative {@code href} such as {@code /news/item?id=3} against a plain http(s) base gives the
   * base's scheme and authority followed by the {@code href}. Null (for jsoup to resolve) for anything else:
   * whitespace or characters outside the URL-safe ASCII set, {@code //} in the path, dot segments, a fragment,
   * an authority that is not plain lower-case ASCII, an absolute {@code href} without a path.
   */
  static @Nullable String resolvePlain(String base, String href) {
    int scheme = schemeEnd(href);
    if (scheme > 0) {
      int end = authorityEnd(href, scheme);
      // no port: jsoup writes it as a number (":080" becomes ":80")
      return end > 0 && end < href.length() && href.charAt(end) == '/' && href.lastIndexOf(':', end) < scheme
          && plainPath(href, end) ? href : null;
    }
    if (!plainPath(href, 0)) {
      return null;
    }
    int start = schemeEnd(base);
    int end = start < 0 ? -1 : authorityEnd(base, start);
    if (end < 0) {
      return null;
    }
    for (int i = end; i < base.length(); i++) {
      char c = base.charAt(i);
      if (c <= ' ' || c >= 0x7F) {
        return null;
      }
    }
    return base.substring(0, end).concat(href);
  }

  /** The length of {@code https://} or {@code http://} when {@code s} starts with it, else -1. */
  private static int schemeEnd(String s) {
    return s.startsWith("https://") ? 8 : s.startsWith("http://") ? 7 : -1;
  }

  /**
   * The end of a plain authority of {@code s} starting at {@code start} (lower-case ASCII letters, digits,
   * {@code - . :}, up to {@code / ? #} or the end; not empty, not starting with {@code .} or {@code :}, not
   * ending with {@code :}), or -1.
   */
  private static int authorityEnd(String s, int start) {
    int end = start;
    while (end < s.length() && s.charAt(end) != '/' && s.charAt(end) != '?' && s.charAt(end) != '#') {
      char c = s.charAt(end);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == ':')) {
        return -1;
      }
      end++;
    }
    if (end == start || s.charAt(start) == '.' || s.charAt(start) == ':' || s.charAt(end - 1) == ':') {
      return -1;
    }
    return end;
  }

  /**
   * Whether {@code s} from {@code from} is a plain root-relative path: a single {@code /} first, then URL-safe
   * ASCII (valid {@code %} escapes), no {@code //} and no dot segment.
   */
  private static boolean plainPath(String s, int from) {
    int n = s.length();
    if (from >= n || s.charAt(from) != '/' || from + 1 < n && s.charAt(from + 1) == '/'
        || s.indexOf("/.", from) >= 0 || s.indexOf("//", from) >= 0) {
      return false;
    }
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= n || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
          return false;
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~:@!$&'()*+,;=/?".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /**
   * What jsoup's {@code Element.text()} gives for an element holding this text (and phrasing
   * elements only): runs of whitespace, U+00A0 included, become one space, zero-width spaces and
   * soft hyphens are dropped, and the result is {@code trim()}med.
   */
  static String elementText(CharSequence raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    boolean lastWasWhite = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
        if (!lastWasWhite) {
          sb.append(' ');
          lastWasWhite = true;
        }
      } else if (c != '\u200B' && c != '\u00AD') {
        sb.append(c);
        lastWasWhite = false;
      }
    }
    return sb.toString().trim();
  }

  // ---------------------------------------------------------------- attributes

  /**
   * Reads the attributes of a start tag from {@code i} (just after the name) to its {@code >}, as
   * jsoup's tokeniser does for the usual forms: {@code name}, {@code name=value},
   * {@code name="value"}, {@code name='value'}, whitespace between, {@code />} at the end. Keeps the
   * first {@code href} and {@code start} (decoded) when asked. Returns the index after {@code >}.
   */
  private int attributes(int i, boolean wantHref, boolean wantStart) {
    selfClosing = false;
    hrefAttr = null;
    startAttr = null;
    int j = i;
    while (true) {
      while (j < n && isSpace(s.charAt(j))) {
        j++;
      }
      if (j >= n) {
        return BAIL;
      }
      char c = s.charAt(j);
      if (c == '>') {
        return j + 1;
      }
      if (c == '/') {
        if (j + 1 < n && s.charAt(j + 1) == '>') {
          selfClosing = true;
          return j + 2;
        }
        return BAIL;
      }
      if (c == '"' || c == '\'' || c == '<' || c == '=' || c == 0) {
        return BAIL;
      }
      int nameFrom = j;
      while (j < n) {
        c = s.charAt(j);
        if (isSpace(c) || c == '/' || c == '=' || c == '>') {
          break;
        }
        if (c == '"' || c == '\'' || c == '<' || c == 0) {
          return BAIL;
        }
        j++;
      }
      int nameTo = j;
      while (j < n && isSpace(s.charAt(j))) {
        j++;
      }
      if (j >= n) {
        return BAIL;
      }
      int valueFrom = j;
      int valueTo = j;
      if (s.charAt(j) == '=') {
        j++;
        while (j < n && isSpace(s.charAt(j))) {
          j++;
        }
        if (j >= n) {
          return BAIL;
        }
        char q = s.charAt(j);
        if (q == '"' || q == '\'') {
          int end = s.indexOf(q, j + 1);
          if (end < 0) {
            return BAIL;
          }
          valueFrom = j + 1;
          valueTo = end;
          j = end + 1;
        } else if (q == '>') {
          valueFrom = j;
          valueTo = j; // "name=>": empty value, the tag ends
        } else {
          valueFrom = j;
          while (j < n) {
            c = s.charAt(j);
            if (isSpace(c) || c == '>') {
              break;
            }
            if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`' || c == 0) {
              return BAIL;
            }
            j++;
          }
          valueTo = j;
        }
      }
      int nameLen = nameTo - nameFrom;
      if (wantHref && hrefAttr == null && nameLen == 4 && s.regionMatches(true, nameFrom, "href", 0, 4)) {
        hrefAttr = attributeValue(valueFrom, valueTo);
        if (hrefAttr == null) {
          return BAIL;
        }
      } else if (wantStart && startAttr == null && nameLen == 5
          && s.regionMatches(true, nameFrom, "start", 0, 5)) {
        startAttr = attributeValue(valueFrom, valueTo);
        if (startAttr == null) {
          return BAIL;
        }
      }
    }
  }

  /** An attribute value with its character references decoded; null to give up (control chars). */
  private @Nullable String attributeValue(int from, int to) {
    StringBuilder sb = null;
    int copied = from;
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        return null;
      }
      if (c != '&') {
        i++;
        continue;
      }
      int next = reference(i, to, true);
      if (next == BAIL) {
        return null;
      }
      if (codepointCount == 0) {
        i++; // a literal '&'
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(to - from);
      }
      sb.append(s, copied, i);
      for (int k = 0; k < codepointCount; k++) {
        int cp = codepoints[k];
        if (cp < 0x20 || cp == 0x7F) {
          return null;
        }
        sb.appendCodePoint(cp);
      }
      i = next;
      copied = next;
    }
    if (sb == null) {
      return s.substring(from, to);
    }
    return sb.append(s, copied, to).toString();
  }

  // ---------------------------------------------------------------- character references

  /** A reference in text at the {@code &} at {@code amp}; returns the index after it. */
  private int textReference(int amp) {
    int next = reference(amp, n, false);
    if (next == BAIL) {
      return BAIL;
    }
    if (codepointCount == 0) {
      text('&');
      return amp + 1;
    }
    for (int k = 0; k < codepointCount; k++) {
      int cp = codepoints[k];
      if (Character.isBmpCodePoint(cp)) {
        text((char) cp);
      } else {
        text(Character.highSurrogate(cp));
        text(Character.lowSurrogate(cp));
      }
    }
    return next;
  }

  /**
   * Decodes the character reference at the {@code &} at {@code amp} as jsoup's tokeniser does, in
   * text or in an attribute value ending at {@code end}. On return {@link #codepoints} holds the
   * decoded code points ({@link #codepointCount} of them), or none when the {@code &} is a literal
   * one. Returns the index after the reference, or {@link #BAIL} for the cases where jsoup does
   * something special: numeric references outside the plain ranges (NUL, C0/C1 controls, the
   * Windows-1252 table, surrogates, out of range), names jsoup decodes by a prefix (in text),
   * digits or letters outside ASCII after {@code &}. A base entity (the HTML 4 set, e.g.
   * {@code &amp}, {@code &nbsp}) is decoded without {@code ;} as jsoup does, except in an attribute
   * value before a letter, digit, {@code =}, {@code _} or {@code -}.
   */
  private int reference(int amp, int end, boolean inAttribute) {
    codepointCount = 0;
    int i = amp + 1;
    if (i >= end) {
      return amp + 1;
    }
    char c = s.charAt(i);
    // jsoup: not a reference before \t \n \r \f space < &
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ' ' || c == '<' || c == '&') {
      return amp + 1;
    }
    if (c == '#') {
      return numericReference(amp, end);
    }
    if (!isAsciiLetter(c)) {
      if (c >= '0' && c <= '9' || (c >= 0x80 && Character.isLetter(c))) {
        return BAIL;
      }
      return amp + 1; // "&" then no name: a literal "&"
    }
    // the name: letters then digits
    int k = i;
    while (k < end && isAsciiLetter(s.charAt(k))) {
      k++;
    }
    while (k < end && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    char after = k < end ? s.charAt(k) : 0;
    if (after >= 0x80 && Character.isLetter(after)) {
      return BAIL;
    }
    if (after == ';') {
      int common = commonEntity(i, k);
      if (common >= 0) {
        codepoints[0] = COMMON_ENTITY_CHARS[common];
        codepointCount = 1;
        return k + 1;
      }
      String name = s.substring(i, k);
      if (Entities.isNamedEntity(name)) {
        codepointCount = Entities.codepointsForName(name, codepoints);
        return codepointCount > 0 ? k + 1 : BAIL;
      }
      if (Entities.isBaseNamedEntity(name)) {
        return BAIL;
      }
      // not an entity: jsoup then tries prefixes in text, never in attributes
      return inAttribute || Entities.findPrefix(name).isEmpty() ? amp + 1 : BAIL;
    }
    String name = s.substring(i, k);
    if (Entities.isBaseNamedEntity(name)) {
      // decoded without ';' too, except in an attribute before [A-Za-z0-9=_-]
      if (inAttribute && (isAsciiLetterOrDigit(after) || after == '=' || after == '_' || after == '-')) {
        return amp + 1;
      }
      codepointCount = Entities.codepointsForName(name, codepoints);
      return codepointCount > 0 ? k : BAIL;
    }
    return inAttribute || Entities.findPrefix(name).isEmpty() ? amp + 1 : BAIL;
  }

  /** {@code &#digits;} or {@code &#xhex;} ({@code ;} optional), to plain characters only. */
  private int numericReference(int amp, int end) {
    int k = amp + 2;
    boolean hex = k < end && (s.charAt(k) == 'x' || s.charAt(k) == 'X');
    if (hex) {
      k++;
    }
    int digits = k;
    int value = 0;
    while (k < end) {
      int d = digit(s.charAt(k), hex);
      if (d < 0) {
        break;
      }
      if (k - digits == 7) {
        return BAIL; // long numbers overflow in jsoup
      }
      value = value * (hex ? 16 : 10) + d;
      k++;
    }
    if (k == digits) {
      return amp + 1; // "&#" without digits: a literal "&"
    }
    boolean plain = value == '\t' || value == '\n' || value == '\r'
        || value >= 0x20 && value < 0x7F || value >= 0xA0 && value < 0xD800
        || value >= 0xE000 && value <= 0x10FFFF;
    if (!plain) {
      return BAIL;
    }
    codepoints[0] = value;
    codepointCount = 1;
    return k < end && s.charAt(k) == ';' ? k + 1 : k;
  }

  private static int digit(char c, boolean hex) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (hex && c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (hex && c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Index in {@link #COMMON_ENTITIES} of the name at [from, to), case-sensitive, or -1. */
  private int commonEntity(int from, int to) {
    int len = to - from;
    for (int e = 0; e < COMMON_ENTITIES.length; e++) {
      String name = COMMON_ENTITIES[e];
      if (name.length() == len && s.startsWith(name, from)) {
        return e;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- characters

  private static boolean isSpace(char c) {
    return HtmlBlocks.isSpace(c);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
