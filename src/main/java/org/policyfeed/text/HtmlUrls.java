package org.policyfeed.text;

import java.net.MalformedURLException;
import java.net.URL;
import org.jspecify.annotations.Nullable;

/**
 * Resolves an {@code href} against a base URI exactly as jsoup's {@code Element.absUrl("href")}
 * does for an element of a document parsed with that base URI (jsoup 1.21: its internal
 * {@code StringUtil.resolve}, which the module does not export), without its per-call regexes and
 * with the parsed base kept from one call to the next. {@code HtmlFastPathTest} checks it against
 * {@code absUrl}.
 *
 * <p>The steps: C0 controls (U+0000 to U+001F) are removed from both strings. If the base is not a
 * URL, the href is taken on its own ({@code new URL(href)}). Else a href starting with {@code ?} gets
 * the base's path before it; {@code new URL(base, href)} resolves it; leading {@code ./} and
 * {@code ../} segments left at the start of the path are dropped; the URL is rebuilt from protocol,
 * host, port, path and query, and fragment. When {@code java.net.URL} refuses, the href is kept if
 * it starts with a scheme ({@code ^[a-zA-Z][a-zA-Z0-9+-.]*:}), else the result is empty.
 */
final class HtmlUrls {
  private HtmlUrls() {}

  /** The last base seen on this thread and its parse (null when it is not a URL). */
  private static final class LastBase {
    @Nullable String text;
    @Nullable URL url;
  }

  private static final ThreadLocal<LastBase> LAST = ThreadLocal.withInitial(LastBase::new);

  /**
   * The absolute form of {@code href}, as {@code absUrl} gives it; may be empty.
   *
   * @param baseUri the document's base URI
   * @param href the attribute's value, not stripped
   * @return the resolved URL, the href itself for schemes Java does not know, or {@code ""}
   */
  static String resolve(String baseUri, String href) {
    String base = withoutControls(baseUri);
    String rel = withoutControls(href);
    try {
      URL b = parsedBase(base);
      if (b == null) {
        return new URL(rel).toExternalForm();
      }
      if (rel.startsWith("?")) {
        rel = b.getPath() + rel;
      }
      URL u = new URL(b, rel);
      String file = withoutLeadingDotSegments(u.getFile());
      if (u.getRef() != null) {
        file = file + "#" + u.getRef();
      }
      return new URL(u.getProtocol(), u.getHost(), u.getPort(), file).toExternalForm();
    } catch (MalformedURLException e) {
      return startsWithScheme(rel) ? rel : "";
    }
  }

  private static @Nullable URL parsedBase(String base) {
    LastBase last = LAST.get();
    if (!base.equals(last.text)) {
      URL url;
      try {
        url = new URL(base);
      } catch (MalformedURLException e) {
        url = null;
      }
      last.text = base;
      last.url = url;
    }
    return last.url;
  }

  /** The text without U+0000 to U+001F (the regex {@code [\x00-\x1f]*} replaced by nothing). */
  static String withoutControls(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= 0x20) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c >= 0x20) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A path with the {@code ./} and {@code ../} segments at its start dropped (the regex {@code ^/(?>(?>\.\.?/)+)} replaced by {@code /}). */
  static String withoutLeadingDotSegments(String file) {
    if (!file.startsWith("/")) {
      return file;
    }
    int i = 1;
    while (true) {
      if (file.startsWith("./", i)) {
        i += 2;
      } else if (file.startsWith("../", i)) {
        i += 3;
      } else {
        break;
      }
    }
    return i == 1 ? file : "/" + file.substring(i);
  }

  /** Whether the text starts with a URI scheme: the regex {@code ^[a-zA-Z][a-zA-Z0-9+-.]*:} ({@code +-.} is the range + , - .). */
  static boolean startsWithScheme(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isAsciiLetter(c) || (c >= '0' && c <= '9') || (c >= '+' && c <= '.')) {
        i++;
      } else {
        break;
      }
    }
    return i < s.length() && s.charAt(i) == ':';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
