package org.policyfeed.text;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;

/**
 * {@code double-escaped-entity}: HTML character references left as literal text after the HTML was
 * decoded, because the source escaped them twice ({@code &amp;amp;}, {@code &amp;#8217;},
 * {@code &#38;#8217;}) or escaped text that was already plain ({@code &quot;}, {@code &#8220;}).
 *
 * <p>A reference is decoded only when it is complete (ends with {@code ;}) and real: a name that HTML
 * defines, or a decimal or hexadecimal number of a valid character. Any number of escaped ampersands in
 * front of it are decoded with it. {@code M&E;} or {@code R&D;} stay: {@code E} and {@code D} are no
 * entity names.
 */
final class DoubleEscapedEntityRule implements RepairRule {
  static final String NAME = "double-escaped-entity";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(String text, TextEditor editor) {
    int i = text.indexOf('&');
    while (i >= 0) {
      int end = i + 1;
      String decoded = null;
      boolean onlyAmpersands = true;
      while (true) {
        int semi = referenceEnd(text, end);
        if (semi < 0) {
          break;
        }
        String value = decode(text, end, semi);
        if (value == null) {
          break;
        }
        end = semi + 1;
        decoded = value;
        if (!value.equals("&")) {
          onlyAmpersands = false;
          break;
        }
      }
      if (decoded != null) {
        editor.replace(i, end, onlyAmpersands ? "&" : decoded);
        i = text.indexOf('&', end);
      } else {
        i = text.indexOf('&', i + 1);
      }
    }
  }

  /** The position of the {@code ;} that closes a reference body starting at {@code from}, or -1. */
  private static int referenceEnd(String s, int from) {
    int n = s.length();
    int limit = Math.min(n, from + 33);
    for (int j = from; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ';') {
        return j > from ? j : -1;
      }
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || (c == '#' && j == from);
      if (!ok) {
        return -1;
      }
    }
    return -1;
  }

  /** The text of the reference body {@code s[from, semi)}, or null when it is not a real reference. */
  private static @Nullable String decode(String s, int from, int semi) {
    if (s.charAt(from) == '#') {
      boolean hex = semi > from + 1 && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X');
      int digits = from + (hex ? 2 : 1);
      if (digits >= semi || semi - digits > (hex ? 6 : 7)) {
        return null;
      }
      int cp = 0;
      for (int j = digits; j < semi; j++) {
        int d = Character.digit(s.charAt(j), hex ? 16 : 10);
        if (d < 0) {
          return null;
        }
        cp = cp * (hex ? 16 : 10) + d;
      }
      if (cp >= 0x80 && cp <= 0x9f) {
        // as HTML does: the C1 range means the Windows-1252 character of that byte
        String c = new String(CP1252.decode(ByteBuffer.wrap(new byte[] {(byte) cp})).array());
        return c.charAt(0) == '\ufffd' ? null : c.substring(0, 1);
      }
      if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || (cp < 0x20 && cp != '\t'
          && cp != '\n')) {
        return null;
      }
      return new String(Character.toChars(cp));
    }
    String name = s.substring(from, semi);
    if (!Character.isLetter(name.charAt(0)) || !Entities.isNamedEntity(name)) {
      return null;
    }
    String value = Entities.getByName(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
