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
}
