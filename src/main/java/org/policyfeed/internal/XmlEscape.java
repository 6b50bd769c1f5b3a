package org.policyfeed.internal;

/** Escaping for markup the readers write back: {@code & < >} always, {@code "} in attribute values. */
final class XmlEscape {
  private XmlEscape() {}

  /** Appends {@code s} escaped. */
  static void append(StringBuilder sb, String s, boolean attribute) {
    append(sb, s, 0, s.length(), attribute);
  }

  /** Appends {@code s[from, to)} escaped. */
  static void append(StringBuilder sb, CharSequence s, int from, int to, boolean attribute) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        default -> sb.append(c);
      }
    }
  }

  /** {@code s} escaped as text, or {@code s} itself when nothing needs escaping. */
  static String text(String s) {
    if (s.indexOf('<') < 0 && s.indexOf('&') < 0 && s.indexOf('>') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    append(sb, s, 0, s.length(), false);
    return sb.toString();
  }
}
