package org.policyfeed.text;

import java.util.ArrayList;
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

  private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("\\d+\\.");
  private static final java.util.regex.Pattern SPACED_BREAKS = java.util.regex.Pattern.compile(" *\n+ *");

  private HtmlText() {}

  /**
   * Converts a fragment.
   *
   * @param html the HTML as given
   * @param baseUri the URI relative links resolve against, or null to leave them as given
   * @return the text and the absolute links
   */
  public static Result convert(String html, @Nullable String baseUri) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return new Result(collapseInline(html).strip(), List.of());
    }
    if (html.indexOf('<') < 0 && html.indexOf('\0') < 0) {
      // text with character references only: decoded as jsoup's tokeniser does, without a document
      String decoded = decodeSimple(html);
      if (decoded == null) {
        decoded = Parser.unescapeEntities(html, false);
      }
      return new Result(trimSpaces(collapseInline(decoded)), List.of());
    }
    Document doc = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
    Walker walker = new Walker(baseUri != null);
    NodeTraversor.traverse(walker, doc.body());
    walker.endBlock();
    return new Result(walker.out.toString(), List.copyOf(walker.links));
  }

  /**
   * Decodes the character references jsoup's tokeniser decodes the same way everywhere: a bare
   * {@code &} (before whitespace, {@code &} or the end), the five XML entities and numeric references
   * to ordinary characters. Null when the text holds anything else, for jsoup to decode.
   */
  static @Nullable String decodeSimple(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s;
    }
    int n = s.length();
    StringBuilder sb = new StringBuilder(n);
    int from = 0;
    while (amp >= 0) {
      sb.append(s, from, amp);
      int i = amp + 1;
      char c = i < n ? s.charAt(i) : ' ';
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '&') {
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

  private static final class Walker implements NodeVisitor {
    final StringBuilder out = new StringBuilder();
    final List<Link> links = new ArrayList<>();
    private final boolean resolve;
    private final StringBuilder block = new StringBuilder();
    private boolean pendingSpace;
    private boolean blockIsListItem;
    private boolean lastWasListItem;
    private int skipDepth;
    private final ArrayList<int[]> listCounters = new ArrayList<>(); // {ordered?1:0, next number}

    Walker(boolean resolve) {
      this.resolve = resolve;
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
        appendInline(t.getWholeText());
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (SKIPPED.contains(name)) {
          skipDepth = 1;
          return;
        }
        if (name.equals("br")) {
          lineBreak();
        } else if (name.equals("ul") || name.equals("ol")) {
          endBlock();
          int start = 1;
          if (name.equals("ol")) {
            try {
              start = Integer.parseInt(e.attr("start").strip());
            } catch (NumberFormatException ignored) {
              start = 1;
            }
          }
          listCounters.add(new int[] {name.equals("ol") ? 1 : 0, start});
        } else if (name.equals("li")) {
          endBlock();
          blockIsListItem = true;
          if (listCounters.isEmpty()) {
            block.append("• ");
          } else {
            int[] list = listCounters.get(listCounters.size() - 1);
            block.append(list[0] == 1 ? (list[1]++) + ". " : "• ");
          }
        } else if (BLOCKS.contains(name)) {
          endBlock();
        } else if (name.equals("td") || name.equals("th")) {
          pendingSpace = block.length() > 0;
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
          endBlock();
          if (!listCounters.isEmpty()) {
            listCounters.remove(listCounters.size() - 1);
          }
          lastWasListItem = false;
        } else if (BLOCKS.contains(name) || name.equals("li")) {
          endBlock();
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
      links.add(new Link(collapseInline(a.text()).strip(), url));
    }

    private void appendInline(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          pendingSpace = true;
        } else {
          if (pendingSpace && block.length() > 0 && !endsWithBreakOrMarker()) {
            block.append(' ');
          }
          pendingSpace = false;
          block.append(c);
        }
      }
    }

    private boolean endsWithBreakOrMarker() {
      char last = block.charAt(block.length() - 1);
      return last == '\n' || (blockIsListItem && last == ' ' && block.length() <= 8);
    }

    private void lineBreak() {
      // trailing spaces before the break are dropped; the break itself is kept
      int end = block.length();
      while (end > 0 && block.charAt(end - 1) == ' ') {
        end--;
      }
      block.setLength(end);
      if (block.length() > 0) {
        block.append('\n');
      }
      pendingSpace = false;
    }

    void endBlock() {
      pendingSpace = false;
      String text = stripBlock(block);
      block.setLength(0);
      boolean listItem = blockIsListItem;
      blockIsListItem = false;
      if (text.isEmpty() || (listItem && isBareMarker(text))) {
        return;
      }
      if (out.length() > 0) {
        out.append(listItem && lastWasListItem ? "\n" : "\n\n");
      }
      out.append(text);
      lastWasListItem = listItem;
    }

    private static boolean isBareMarker(String text) {
      return text.equals("•") || BARE_NUMBER.matcher(text).matches();
    }

    /** Trims spaces and line breaks at both ends and spaces around inner line breaks. */
    private static String stripBlock(StringBuilder sb) {
      int start = 0;
      int end = sb.length();
      while (start < end && (sb.charAt(start) == ' ' || sb.charAt(start) == '\n')) {
        start++;
      }
      while (end > start && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\n')) {
        end--;
      }
      String s = sb.substring(start, end);
      return s.indexOf('\n') < 0 ? s : SPACED_BREAKS.matcher(s).replaceAll("\n");
    }
  }
}
