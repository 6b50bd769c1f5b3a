package org.policyfeed.internal;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/** Resolves and normalises links. */
public final class Urls {
  private static final java.util.regex.Pattern SLASHES = java.util.regex.Pattern.compile("/{2,}");

  private Urls() {}

  /**
   * Resolves {@code raw} against {@code base} (when relative and a base is known) and collapses runs of
   * slashes in the path of an http(s) URL. Returns null when the value cannot be read as a URI.
   */
  public static @Nullable String normalise(String raw, @Nullable String base) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return null;
    }
    int pathEnd = plainHttpPathEnd(s);
    if (pathEnd < 0) {
      return general(s, base);
    }
    int slashes = s.indexOf("//", schemeEnd(s));
    if (slashes < 0 || slashes >= pathEnd) {
      return s;
    }
    // what the general path gives: the runs of slashes in the path collapsed, the rest as it is
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, slashes + 1);
    for (int i = slashes + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '/' || i >= pathEnd || s.charAt(i - 1) != '/') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int schemeEnd(String s) {
    return s.startsWith("http://") ? 7 : s.startsWith("https://") ? 8 : -1;
  }

  /** {@link #normalise} without the fast path for plain http(s) URLs; {@code s} is stripped, not empty. */
  static @Nullable String general(String s, @Nullable String base) {
    try {
      URI uri = new URI(s.replace(" ", "%20"));
      if (!uri.isAbsolute() && base != null && !base.isBlank()) {
        URI b = new URI(base.strip().replace(" ", "%20"));
        if (b.isAbsolute()) {
          uri = b.resolve(uri);
        }
      }
      String scheme = uri.getScheme();
      if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getRawAuthority() != null) {
        String path = uri.getRawPath();
        String collapsed = path == null ? "" : path.indexOf("//") < 0 ? path : SLASHES.matcher(path).replaceAll("/");
        StringBuilder sb = new StringBuilder();
        sb.append(scheme.toLowerCase(java.util.Locale.ROOT)).append("://").append(uri.getRawAuthority());
        sb.append(collapsed);
        if (uri.getRawQuery() != null) {
          sb.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
          sb.append('#').append(uri.getRawFragment());
        }
        return sb.toString();
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * Where the path of {@code s} ends (at {@code ?}, {@code #} or the end) when it is an absolute http(s) URL that the
   * general path would return with nothing changed but the runs of slashes in its path: a lower-case scheme, an
   * authority, only ASCII characters {@link URI} accepts everywhere (no brackets, no spaces, each {@code %} before two
   * hex digits) and at most one {@code #}; -1 otherwise.
   */
  static int plainHttpPathEnd(String s) {
    int start = schemeEnd(s);
    int n = s.length();
    if (start < 0 || start >= n || s.charAt(start) == '/' || s.charAt(start) == '?' || s.charAt(start) == '#') {
      return -1;
    }
    int pathEnd = n;
    boolean fragment = false;
    for (int i = start; i < n; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= n || !hex(s.charAt(i + 1)) || !hex(s.charAt(i + 2))) {
          return -1;
        }
      } else if (c == '#' || c == '?') {
        pathEnd = Math.min(pathEnd, i);
        if (c == '#') {
          if (fragment) {
            return -1;
          }
          fragment = true;
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~:@!$&'()*+,;=/".indexOf(c) >= 0)) {
        return -1;
      }
    }
    return pathEnd;
  }

  private static boolean hex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

}
