package org.policyfeed.text;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Link;

/**
 * Turns an HTML fragment into plain text a person can read: paragraphs and headings separated by a
 * blank line, list items one per line ({@code "• "} or {@code "1. "} before each), {@code <br>} as a
 * line break, entities decoded, collapsible whitespace collapsed. Non-breaking spaces are kept: they
 * are the repair stage's business. Also collects the fragment's hyperlinks.
 *
 * <p>Stateless and thread-safe. Iterative, so deep nesting cannot overflow the stack.
 */
public final class HtmlText {

  /** The text of a fragment and its links. */
  public record Result(String text, List<Link> links) {}

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article",
      "header", "footer", "table", "tr", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption",
      "hr", "address", "main", "nav", "aside", "form", "fieldset", "details", "summary", "center",
      "caption", "tbody", "thead", "tfoot");
  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "math");


  private HtmlText() {}

  /**
   * Converts a fragment.
   *
   * @param html the HTML as given
   * @param baseUri the URI relative links resolve against, or null to leave them as given
   * @return the text and the absolute links
   */
  public static Result convert(String html, @Nullable String baseUri) {
    if (html.indexOf('<') < 0) {
      if (html.indexOf('&') < 0) {
        return new Result(collapseInline(html).strip(), List.of());
      }
      if (html.indexOf('\0') < 0) {
        // text with character references only: decoded as jsoup's tokeniser does, without a document
        String decoded = decodeSimple(html);
        if (decoded == null) {
          decoded = Parser.unescapeEntities(html, false);
        }
        return new Result(trimSpaces(collapseInline(decoded)), List.of());
      }
    }
    Result fast = HtmlScanner.convert(html, baseUri);
    return fast != null ? fast : convertWithJsoup(html, baseUri);
  }

  /**
   * The reference conversion: jsoup parses the fragment into a document, a walk over its body lays
   * out the text. {@link HtmlScanner} gives the same result without a document for the usual HTML
   * and falls back to this for the rest; the tests compare the two.
   */
  static Result convertWithJsoup(String html, @Nullable String baseUri) {
    Document doc = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
    Walker walker = new Walker(baseUri != null, new HtmlBlocks(html.length()));
    NodeTraversor.traverse(walker, doc.body());
    return walker.blocks.result();
  }

  /**
   * Decodes the character references jsoup's tokeniser decodes the same way everywhere: a bare
   * {@code &} (before whitespace, {@code &} or the end), the five XML entities and numeric references
   * to ordinary characters. Null when the text holds anything else, for jsoup to decode.
   */
  static @Nullable String decodeSimple(String s) {
    int amp = s.indexOf('&');
    int n = s.length();
    // the text itself when every & is a bare one (as in "Tom & Jerry"): nothing to decode, nothing to copy
    while (amp >= 0 && isBareAmpersand(s, amp)) {
      amp = s.indexOf('&', amp + 1);
    }
    if (amp < 0) {
      return s;
    }
    // bare ones before amp are copied as they are
    StringBuilder sb = new StringBuilder(n);
    int from = 0;
    while (amp >= 0) {
      sb.append(s, from, amp);
      int i = amp + 1;
      char c = i < n ? s.charAt(i) : ' ';
      if (isBareAmpersand(s, amp)) {
        sb.append('&');
      } else if (s.startsWith("amp;", i)) {
        sb.append('&');
        i += 4;
      } else if (s.startsWith("lt;", i)) {
        sb.append('<');
        i += 3;
      } else if (s.startsWith("gt;", i)) {
        sb.append('>');
        i += 3;
      } else if (s.startsWith("quot;", i)) {
        sb.append('"');
        i += 5;
      } else if (s.startsWith("apos;", i)) {
        sb.append('\'');
        i += 5;
      } else if (c == '#') {
        int k = i + 1;
        boolean hex = k < n && (s.charAt(k) == 'x' || s.charAt(k) == 'X');
        if (hex) {
          k++;
        }
        int digits = k;
        int cp = 0;
        while (k < n && k - digits < 6) {
          int v = Character.digit(s.charAt(k), hex ? 16 : 10);
          if (v < 0 || s.charAt(k) > 'f') {
            break;
          }
          cp = cp * (hex ? 16 : 10) + v;
          k++;
        }
        if (k == digits || k >= n || s.charAt(k) != ';'
            || !(cp >= 0x20 && cp < 0x7F || cp >= 0xA0 && cp < 0xD800)) {
          return null;
        }
        sb.append((char) cp);
        i = k + 1;
      } else {
        return null;
      }
      from = i;
      amp = s.indexOf('&', from);
    }
    sb.append(s, from, n);
    return sb.toString();
  }

  /** Whether the {@code &} at {@code amp} starts no reference: whitespace, another {@code &} or the end follows. */
  private static boolean isBareAmpersand(String s, int amp) {
    if (amp + 1 >= s.length()) {
      return true;
    }
    char c = s.charAt(amp + 1);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '&';
  }

  /** Drops one leading and one trailing space (there is at most one after collapsing). */
  private static String trimSpaces(String s) {
    int start = 0;
    int end = s.length();
    if (start < end && s.charAt(start) == ' ') {
      start++;
    }
    if (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * Collapses runs of HTML whitespace (space, tab, CR, LF, FF) to one space; keeps U+00A0.
   *
   * @param s any text
   * @return the text with whitespace runs collapsed (not trimmed)
   */
  public static String collapseInlineText(String s) {
    return collapseInline(s);
  }

  static String collapseInline(String s) {
    // nothing to do without tab, CR, LF, FF, a leading space or two spaces in a row (String.indexOf is
    // vectorised: six of them take less time than one loop over the chars)
    if ((s.isEmpty() || s.charAt(0) != ' ') && s.indexOf('\n') < 0 && s.indexOf("  ") < 0 && s.indexOf('\t') < 0
        && s.indexOf('\r') < 0 && s.indexOf('\f') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    if (space && sb.length() > 0) {
      sb.append(' ');
    }
    return sb.toString();
  }

  /** The walk over jsoup's tree: element starts and ends and text, told to {@link HtmlBlocks}. */
  private static final class Walker implements NodeVisitor {
    final HtmlBlocks blocks;
    private final boolean resolve;
    private int skipDepth;

    Walker(boolean resolve, HtmlBlocks blocks) {
      this.resolve = resolve;
      this.blocks = blocks;
    }

    @Override
    public void head(Node node, int depth) {
      if (skipDepth > 0) {
        if (node instanceof Element) {
          skipDepth++;
        }
        return;
      }
      if (node instanceof TextNode t) {
        String text = t.getWholeText();
        blocks.inline(text, 0, text.length());
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (SKIPPED.contains(name)) {
          skipDepth = 1;
          return;
        }
        if (name.equals("br")) {
          blocks.lineBreak();
        } else if (name.equals("ul") || name.equals("ol")) {
          blocks.startList(name.equals("ol"), name.equals("ol") ? e.attr("start") : "");
        } else if (name.equals("li")) {
          blocks.startItem();
        } else if (BLOCKS.contains(name)) {
          blocks.endBlock();
        } else if (name.equals("td") || name.equals("th")) {
          blocks.cell();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (skipDepth > 0) {
        if (node instanceof Element) {
          skipDepth--;
        }
        return;
      }
      if (node instanceof Element e) {
        String name = e.normalName();
        if (name.equals("a")) {
          addLink(e);
        } else if (name.equals("ul") || name.equals("ol")) {
          blocks.endList();
        } else if (BLOCKS.contains(name) || name.equals("li")) {
          blocks.endBlock();
        }
      }
    }

    private void addLink(Element a) {
      if (!a.hasAttr("href")) {
        return;
      }
      String href = a.attr("href").strip();
      if (href.isEmpty() || href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11)) {
        return;
      }
      String url = resolve ? a.absUrl("href") : href;
      if (url.isEmpty()) {
        url = href;
      }
      blocks.addLink(new Link(collapseInline(a.text()).strip(), url));
    }
  }
}
