package org.policyfeed.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;

/**
 * {@code mojibake}: UTF-8 bytes that were decoded as Windows-1252 or ISO-8859-1, once or several times
 * ({@code â€™} for {@code ’}, {@code Ã¶} for {@code ö}, {@code Ã¢â‚¬â„¢} for {@code ’} after two layers).
 *
 * <p>The rule looks only at runs of characters that a Windows-1252 or Latin-1 decoder can produce from a
 * byte of 0x80 or above. Each run is turned back into those bytes and re-read as UTF-8 piece by piece:
 * a piece is replaced only where the bytes form a complete, well-formed UTF-8 multi-byte sequence (no
 * overlong form, no surrogate) of a plausible character; every other byte keeps its character. This is
 * repeated, up to four layers, while it changes something. Legitimate text such as {@code São},
 * {@code âge}, {@code SÃO} or {@code INTEGRAÇÃO} is left alone: there a lead byte is followed by ASCII
 * or by another lead byte, which is no UTF-8.
 *
 * <p>Two-byte sequences must decode to a letter of the Latin, Greek, Cyrillic, Armenian, Hebrew or Arabic
 * blocks or to a Latin-1 sign; a non-Latin letter is not accepted right next to an ASCII letter (in
 * {@code ADIÓ”} the {@code Ó”} would read as the Cyrillic {@code Ӕ}).
 */
final class MojibakeRule implements RepairRule {
  static final String NAME = "mojibake";
  private static final int MAX_LAYERS = 4;
  /** For each character below U+2200: the byte a single-byte decoder made it from, or -1. */
  private static final short[] BYTE_OF = new short[0x2200];

  static {
    java.util.Arrays.fill(BYTE_OF, (short) -1);
    for (int b = 0x80; b <= 0xff; b++) {
      BYTE_OF[b] = (short) b; // ISO-8859-1, and Windows-1252 above 0x9f
    }
    Charset cp1252 = Charset.forName("windows-1252");
    for (int b = 0x80; b <= 0x9f; b++) {
      CharBuffer c = cp1252.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
      char ch = c.get(0);
      if (ch != '\ufffd') {
        BYTE_OF[ch] = (short) b;
      }
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  static int byteOf(char c) {
    return c < BYTE_OF.length ? BYTE_OF[c] : -1;
  }

  @Override
  public void apply(String text, TextEditor editor) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (byteOf(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && byteOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (end - i >= 2) {
        String run = text.substring(i, end);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = end < n ? text.charAt(end) : ' ';
        // Inner layers may hold characters that only make sense as bytes of the next layer (C1 controls,
        // ˆ, ˜); accept them in between, but only if none is left over at the end.
        String fixed = layers(run, before, after, true);
        if (intermediates(fixed) > intermediates(run)) {
          fixed = layers(run, before, after, false);
        }
        if (!fixed.equals(run)) {
          // one repair per changed stretch, not per run: unchanged characters at either end stay out
          int a = 0;
          while (a < run.length() && a < fixed.length() && run.charAt(a) == fixed.charAt(a)) {
            a++;
          }
          int b = 0;
          while (b < run.length() - a && b < fixed.length() - a
              && run.charAt(run.length() - 1 - b) == fixed.charAt(fixed.length() - 1 - b)) {
            b++;
          }
          editor.replace(i + a, end - b, fixed.substring(a, fixed.length() - b));
        }
      }
      i = end;
    }
  }

  private static String layers(String run, char before, char after, boolean lenient) {
    String fixed = run;
    boolean[] produced = new boolean[run.length()];
    boolean strong = hasStrongSequence(run);
    for (int layer = 0; layer < MAX_LAYERS; layer++) {
      boolean[][] flags = {produced};
      String next = fixLayer(fixed, before, after, lenient, strong, flags);
      if (next.equals(fixed)) {
        break;
      }
      fixed = next;
      produced = flags[0];
    }
    return fixed;
  }

  /** Characters that a two-byte sequence may give only as a step to a further layer. */
  private static boolean isIntermediate(int cp) {
    return (cp >= 0x80 && cp <= 0x9f) || cp == 0x2c6 || cp == 0x2dc;
  }

  private static int intermediates(String s) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (isIntermediate(s.charAt(i))) {
        k++;
      }
    }
    return k;
  }

  /** One layer: re-reads every well-formed UTF-8 sequence among the run's bytes. */
  static String fixLayer(String run, char before, char after, boolean lenient) {
    return fixLayer(run, before, after, lenient, hasStrongSequence(run), new boolean[][] {new boolean[run.length()]});
  }

  /**
   * Whether the run holds a well-formed sequence without a no-break space among its continuation bytes.
   * A sequence that needs one ({@code Å}+NBSP for {@code Š}, {@code é}+NBSP+NBSP for a CJK character) is
   * weak: an accented letter before a no-break space is common in clean text, so such a sequence is
   * taken only in a run that is mojibake for certain, or after {@code Â} or {@code Ã}, and only when
   * all its characters come from the same layer (a letter that an inner layer produced next to a
   * no-break space of the text is left as it is).
   */
  private static boolean hasStrongSequence(String run) {
    for (int i = 0; i + 1 < run.length(); i++) {
      int b0 = byteOf(run.charAt(i));
      int need = b0 >= 0xc2 && b0 <= 0xdf ? 1 : b0 >= 0xe0 && b0 <= 0xef ? 2 : b0 >= 0xf0 && b0 <= 0xf4 ? 3 : 0;
      if (need == 0 || i + need >= run.length()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k <= need && ok; k++) {
        int bk = byteOf(run.charAt(i + k));
        ok = bk >= 0x80 && bk <= 0xbf && bk != 0xa0;
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /**
   * One layer. {@code flags[0]} tells, for each character of {@code run}, whether an earlier layer
   * produced it; on return it tells the same for the output.
   */
  private static String fixLayer(String run, char before, char after, boolean lenient, boolean strong,
      boolean[][] flags) {
    boolean[] produced = flags[0];
    int n = run.length();
    StringBuilder sb = null;
    boolean[] out = null;
    int copied = 0;
    int i = 0;
    while (i < n) {
      int b0 = byteOf(run.charAt(i));
      int need = b0 >= 0xc2 && b0 <= 0xdf ? 1 : b0 >= 0xe0 && b0 <= 0xef ? 2 : b0 >= 0xf0 && b0 <= 0xf4 ? 3 : 0;
      if (b0 < 0 || need == 0 || i + need >= n) {
        i++;
        continue;
      }
      int cp = b0 & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
      boolean ok = true;
      for (int k = 1; k <= need; k++) {
        int bk = byteOf(run.charAt(i + k));
        if (bk < 0x80 || bk > 0xbf) {
          ok = false;
          break;
        }
        if (k == 1 && ((b0 == 0xe0 && bk < 0xa0) || (b0 == 0xed && bk > 0x9f) || (b0 == 0xf0 && bk < 0x90)
            || (b0 == 0xf4 && bk > 0x8f))) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (bk & 0x3f);
        if (bk == 0xa0 && (produced[i] != produced[i + k]
            || (!produced[i] && !strong && !(need == 1 && (b0 == 0xc2 || b0 == 0xc3))))) {
          ok = false;
          break;
        }
      }
      if (ok && ((lenient && need == 1 && isIntermediate(cp)) || plausible(cp, need, run, i, before, after))) {
        if (sb == null) {
          sb = new StringBuilder(n);
          out = new boolean[n];
        }
        for (int c = copied; c < i; c++) {
          out[sb.length()] = produced[c];
          sb.append(run.charAt(c));
        }
        for (int c = Character.charCount(cp); c > 0; c--) {
          out[sb.length() + c - 1] = true;
        }
        sb.appendCodePoint(cp);
        i += need + 1;
        copied = i;
      } else {
        i++;
      }
    }
    if (sb == null) {
      return run;
    }
    for (int c = copied; c < n; c++) {
      out[sb.length()] = produced[c];
      sb.append(run.charAt(c));
    }
    flags[0] = java.util.Arrays.copyOf(out, sb.length());
    return sb.toString();
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean plausible(int cp, int need, String run, int i, char before, char after) {
    if (need == 1) {
      boolean block = (cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x370 && cp <= 0x52f) || (cp >= 0x531 && cp <= 0x58f)
          || (cp >= 0x5d0 && cp <= 0x5ea) || (cp >= 0x620 && cp <= 0x6ff);
      if (!block || !(Character.isLetter(cp) || cp <= 0xbf)) {
        return false;
      }
      if (cp < 0x370) {
        return true;
      }
      // a Greek, Cyrillic, Armenian, Hebrew or Arabic letter straight after or before a Latin letter is
      // no mojibake of a word in that script but, say, an upper-case Ó closing a word before a quote
      char prev = i > 0 ? run.charAt(i - 1) : before;
      char next = i + 2 < run.length() ? run.charAt(i + 2) : after;
      return !isAsciiLetter(prev) && !isAsciiLetter(next);
    }
    if (Character.getType(cp) == Character.PRIVATE_USE || Character.getType(cp) == Character.UNASSIGNED
        || Character.getType(cp) == Character.CONTROL || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe) {
      return false;
    }
    return true;
  }
}
