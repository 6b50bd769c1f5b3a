package org.policyfeed.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Severity;

/**
 * Turns a feed's bytes into characters, streaming. Chooses the charset once, from the first bytes:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16, UTF-32), or the UTF-16/UTF-32 shape of {@code <?xml} (XML 1.0
 *       appendix F);
 *   <li>the {@code charset} parameter of the caller's Content-Type (RFC 7303 section 3);
 *   <li>for a {@code text/*} type without a charset, US-ASCII as RFC 3023 prescribes, changed to the
 *       document's own encoding (with a warning) at the first byte that is not ASCII;
 *   <li>the XML declaration's {@code encoding};
 *   <li>UTF-8.
 * </ol>
 *
 * <p>UTF-8 is decoded leniently: a byte sequence that is not UTF-8 is read as Windows-1252, the usual
 * lie of a feed that says UTF-8 but was written by a Windows tool, with a warning. Other charsets
 * replace undecodable bytes with U+FFFD, with a warning. A charset the JDK does not know falls back
 * to UTF-8, with a warning. Memory: one 8 KiB buffer.
 */
public final class FeedDecoder extends Reader {
  private static final int PREFIX = 1024;
  private static final Pattern ENCODING =
      Pattern.compile("encoding\\s*=\\s*[\"']\\s*([A-Za-z0-9._:()+-]{1,64})\\s*[\"']");
  /** Windows-1252 for bytes 0x80-0x9F; undefined bytes keep their C1 code point. */
  private static final char[] CP1252 = {
      '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030',
      '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f', '\u0090', '\u2018', '\u2019', '\u201c',
      '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d',
      '\u017e', '\u0178'};

  /** The Windows-1252 character for a byte (or C1 control code point) 0x80-0x9F. */
  static char cp1252(int b) {
    return CP1252[b - 0x80];
  }

  /** A diagnostic about decoded character {@code at}, waiting for the filter to reach it. */
  private record Pending(Severity severity, String code, String message, long at) {}

  private final InputStream in;
  /** Bytes read at a time; the first read is what the charset is chosen from. */
  private static final int BUFFER = 8192;

  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int lim;
  private boolean eof;
  /** Null: lenient UTF-8 with Windows-1252 repair. */
  private final @Nullable CharsetDecoder decoder;
  private String charsetName;
  /** The name reported until the first non-ASCII byte (RFC 3023 text/* default), or null. */
  private @Nullable String asciiClaim;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private long produced;
  private final ByteBuffer bytes;
  private final CharBuffer chars = CharBuffer.allocate(4096);

  /**
   * Opens a decoder on {@code in}, reading its first bytes to choose the charset.
   *
   * @param contentType an HTTP Content-Type such as {@code application/rss+xml; charset=utf-8}, or null
   * @throws IOException from {@code in}
   */
  public static FeedDecoder open(InputStream in, @Nullable String contentType) throws IOException {
    return new FeedDecoder(in, contentType);
  }

  private FeedDecoder(InputStream in, @Nullable String contentType) throws IOException {
    this.in = in;
    fill(PREFIX);
    Choice c = choose(buf, lim, contentType);
    this.pos = c.skip;
    this.charsetName = c.name;
    this.decoder = c.decoder;
    this.asciiClaim = c.asciiClaim;
    this.bytes = ByteBuffer.wrap(buf);
    this.chars.flip();
    for (String[] n : c.notes) {
      note(Severity.valueOf(n[0]), n[1], n[2]);
    }
  }

  /** The charset in effect: its canonical Java name, such as {@code UTF-8} or {@code windows-1252}. */
  public String charsetName() {
    return asciiClaim != null ? asciiClaim : charsetName;
  }

  /** Whether diagnostics wait to be moved to the queue. */
  boolean hasPending() {
    return !pending.isEmpty();
  }

  /**
   * Moves the diagnostics raised at or before decoded character {@code consumed} to {@code queue}, tagged with
   * {@code outOffset}. The filter calls this after each character it consumes while diagnostics wait, so the one
   * about character {@code consumed} is met when the filter's position ({@code line}, {@code column}) is that
   * character's; those about the first character (the charset notes among them) are at line 1, column 1.
   */
  void flush(long consumed, long outOffset, DiagnosticQueue queue, int line, int column) {
    while (!pending.isEmpty() && pending.peekFirst().at() <= consumed) {
      Pending p = pending.pollFirst();
      boolean first = p.at() == 0;
      queue.report(p.severity(), p.code(), p.message(), first ? 1 : line, first ? 1 : column, outOffset);
    }
  }

  private void note(Severity severity, String code, String message) {
    pending.add(new Pending(severity, code, message, produced));
  }

  // ---------------------------------------------------------------- choosing the charset

  /**
   * For input held whole: where its characters start (after a UTF-8 byte-order mark) when a decoder
   * opened on it without a Content-Type would read it as UTF-8 without a note, else -1. Looks at the
   * same bytes the decoder would choose from: as many as its first read of the array gives.
   */
  static int directStart(byte[] b) {
    Choice c = choose(b, Math.min(b.length, BUFFER), null);
    boolean plain = c.name.equals("UTF-8") && c.decoder == null && c.asciiClaim == null && c.notes.isEmpty();
    return plain && (c.skip == 0 || c.skip == 3) ? c.skip : -1;
  }

  private static final class Choice {
    String name = "UTF-8";
    @Nullable CharsetDecoder decoder;
    @Nullable String asciiClaim;
    int skip;
    final java.util.List<String[]> notes = new java.util.ArrayList<>();

    void note(Severity s, String code, String message) {
      notes.add(new String[] {s.name(), code, message});
    }
  }

  private static Choice choose(byte[] b, int n, @Nullable String contentType) {
    Choice c = new Choice();
    String structural = null;
    if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      structural = "UTF-8";
      c.skip = 3;
    } else if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
      structural = "UTF-32BE";
      c.skip = 4;
    } else if (n >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
      structural = "UTF-32LE";
      c.skip = 4;
    } else if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      structural = "UTF-16BE";
      c.skip = 2;
    } else if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      structural = "UTF-16LE";
      c.skip = 2;
    } else if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == '<') {
      structural = "UTF-32BE";
    } else if (n >= 4 && b[0] == '<' && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      structural = "UTF-32LE";
    } else if (n >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
      structural = "UTF-16BE";
    } else if (n >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
      structural = "UTF-16LE";
    }
    String declared = declaredEncoding(b, c.skip, n, structural);
    MediaType media = MediaType.parse(contentType);
    if (media != null && !media.xml()) {
      c.note(media.plausible() ? Severity.INFO : Severity.WARNING, "content-type-not-xml",
          "the Content-Type '" + media.type() + "' is not an XML media type; read as XML anyway");
    }

    if (structural != null) {
      use(c, structural, null);
      if (media != null && media.charset() != null && !sameCharset(media.charset(), structural)) {
        c.note(Severity.INFO, "charset-overridden", "the byte-order mark says " + structural
            + "; the Content-Type charset '" + media.charset() + "' is ignored");
      }
      return c;
    }
    if (media != null && media.charset() != null) {
      Charset cs = lookup(media.charset());
      if (cs != null && asciiCompatible(cs)) {
        use(c, cs.name(), cs);
        if (declared != null && !sameCharset(declared, cs.name())) {
          c.note(Severity.INFO, "charset-overridden", "the Content-Type charset " + cs.name()
              + " overrides the XML declaration's encoding '" + declared + "'");
        }
        return c;
      }
      c.note(Severity.WARNING, "charset-unknown", "the Content-Type charset '" + media.charset()
          + "' is not supported here; the document's own encoding is used");
    }
    String docName = "UTF-8";
    Charset docCharset = StandardCharsets.UTF_8;
    if (declared != null) {
      Charset cs = lookup(declared);
      if (cs == null) {
        c.note(Severity.WARNING, "charset-unknown", "the declared encoding '" + declared
            + "' is not known; read as UTF-8");
      } else if (!asciiCompatible(cs)) {
        c.note(Severity.WARNING, "charset-mismatch", "the declared encoding '" + declared
            + "' does not match the bytes, which are ASCII-compatible; read as UTF-8");
      } else {
        docName = cs.name();
        docCharset = cs;
      }
    }
    use(c, docName, docCharset);
    if (media != null && media.charset() == null && media.textType() && media.xml()) {
      c.asciiClaim = "US-ASCII";
    }
    return c;
  }

  private static void use(Choice c, String name, @Nullable Charset cs) {
    if (name.equals("UTF-8") || name.equals("US-ASCII")) {
      c.name = "UTF-8";
      c.decoder = null;
      if (name.equals("US-ASCII")) {
        c.asciiClaim = "US-ASCII";
      }
      return;
    }
    Charset charset = cs != null ? cs : Charset.forName(name);
    c.name = charset.name();
    c.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static @Nullable String declaredEncoding(byte[] b, int from, int n, @Nullable String structural) {
    String head;
    if (structural == null || structural.equals("UTF-8")) {
      head = new String(b, from, n - from, StandardCharsets.ISO_8859_1);
    } else {
      head = new String(b, from, n - from, Charset.forName(structural));
    }
    int decl = head.indexOf("<?xml");
    if (decl < 0) {
      return null;
    }
    int end = head.indexOf("?>", decl);
    Matcher m = ENCODING.matcher(end < 0 ? head.substring(decl) : head.substring(decl, end));
    return m.find() ? m.group(1) : null;
  }

  /** The JDK charset for a label, with the labels feeds use mapped to the superset they mean. */
  static @Nullable Charset lookup(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    switch (l) {
      case "gb2312", "gbk", "x-gbk", "euc-cn", "csgb2312", "gb_2312-80" -> l = "gb18030";
      case "ascii", "us-ascii", "ansi_x3.4-1968", "iso646-us" -> {
        return StandardCharsets.US_ASCII;
      }
      case "utf8" -> l = "utf-8";
      case "latin1", "latin-1" -> l = "iso-8859-1";
      default -> {
        // the JDK knows most labels and aliases
      }
    }
    try {
      return Charset.isSupported(l) ? Charset.forName(l) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  private static boolean sameCharset(String label, String name) {
    Charset a = lookup(label);
    return a != null && a.name().equalsIgnoreCase(name);
  }

  private static boolean asciiCompatible(Charset cs) {
    try {
      CharsetDecoder d = cs.newDecoder();
      return d.decode(ByteBuffer.wrap("<?xml".getBytes(StandardCharsets.US_ASCII))).toString().equals("<?xml");
    } catch (CharacterCodingException | UnsupportedOperationException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- decoding

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = decoder == null ? readUtf8(cbuf, off, len) : readCharset(cbuf, off, len);
    if (n > 0) {
      produced += n;
    }
    return n;
  }

  private int readUtf8(char[] cbuf, int off, int len) throws IOException {
    int o = off;
    int end = off + len - 1; // room for a surrogate pair
    while (o < end) {
      if (lim - pos < 4 && !eof) {
        fill(4);
      }
      if (pos >= lim) {
        break;
      }
      int b0 = buf[pos] & 0xff;
      if (b0 < 0x80) {
        cbuf[o++] = (char) b0;
        pos++;
        // the rest of an ASCII run, without the per-byte refill check
        final byte[] b = buf;
        int p = pos;
        int stop = p + Math.min(end - o, lim - p);
        while (p < stop) {
          byte x = b[p];
          if (x < 0) {
            break;
          }
          cbuf[o++] = (char) x;
          p++;
        }
        pos = p;
        continue;
      }
      if (asciiClaim != null) {
        pendingAt(o - off, Severity.WARNING, "charset-overridden", "the charset is " + asciiClaim
            + " (from the Content-Type or the XML declaration) but the document has non-ASCII bytes; read as "
            + charsetName);
        asciiClaim = null;
      }
      int cp = utf8(b0);
      if (cp >= 0) {
        if (cp >= 0x10000) {
          cbuf[o++] = Character.highSurrogate(cp);
          cbuf[o++] = Character.lowSurrogate(cp);
        } else {
          cbuf[o++] = (char) cp;
        }
      } else {
        pos++;
        cbuf[o++] = b0 < 0xA0 ? CP1252[b0 - 0x80] : (char) b0;
        pendingAt(o - off - 1, Severity.WARNING, "encoding-windows-1252", String.format(Locale.ROOT,
            "byte 0x%02X is not UTF-8; read as Windows-1252 '%s'", b0, cbuf[o - 1]));
      }
    }
    return o == off && pos >= lim && eof ? -1 : o - off;
  }

  /** Decodes one UTF-8 sequence at pos, advancing; -1 (not advancing) when it is not valid UTF-8. */
  private int utf8(int b0) {
    int need;
    int min;
    int cp;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1;
      min = 0x80;
      cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2;
      min = 0x800;
      cp = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3;
      min = 0x10000;
      cp = b0 & 0x07;
    } else {
      return -1;
    }
    if (pos + need >= lim) {
      return -1;
    }
    for (int i = 1; i <= need; i++) {
      int b = buf[pos + i] & 0xff;
      if ((b & 0xC0) != 0x80) {
        return -1;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return -1;
    }
    pos += need + 1;
    return cp;
  }

  private int readCharset(char[] cbuf, int off, int len) throws IOException {
    CharsetDecoder d = decoder;
    while (!chars.hasRemaining()) {
      if (lim - pos < 16 && !eof) {
        fill(16);
      }
      if (pos >= lim && eof) {
        return -1;
      }
      if (asciiClaim != null) {
        for (int i = pos; i < lim; i++) {
          if (buf[i] < 0) {
            pendingAt(0, Severity.WARNING, "charset-overridden", "the charset is " + asciiClaim
                + " (from the Content-Type) but the document has non-ASCII bytes; read as " + charsetName);
            asciiClaim = null;
            break;
          }
        }
      }
      chars.clear();
      bytes.limit(lim).position(pos);
      CoderResult r = d.decode(bytes, chars, eof);
      pos = bytes.position();
      if (r.isError()) {
        int bad = r.length();
        pos += bad;
        chars.put('\ufffd');
        pendingAt(chars.position() - 1, Severity.WARNING, "encoding-invalid-bytes", bad
            + " byte(s) are not valid " + charsetName + "; replaced by U+FFFD");
      } else if (r.isUnderflow() && eof && pos >= lim) {
        chars.flip();
        if (!chars.hasRemaining()) {
          return -1;
        }
        break;
      }
      chars.flip();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  /** A diagnostic about the character {@code index} places after the first one this read gives out. */
  private void pendingAt(int index, Severity severity, String code, String message) {
    pending.add(new Pending(severity, code, message, produced + index));
  }

  /** Reads until at least {@code want} bytes are buffered after pos, or end of input. */
  private void fill(int want) throws IOException {
    if (pos > 0 && lim - pos < want) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    while (lim - pos < want && !eof) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** A parsed Content-Type: media type and charset parameter. */
  record MediaType(String type, @Nullable String charset) {
    static @Nullable MediaType parse(@Nullable String contentType) {
      if (contentType == null || contentType.isBlank()) {
        return null;
      }
      String[] parts = contentType.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      String charset = null;
      for (int i = 1; i < parts.length; i++) {
        int eq = parts[i].indexOf('=');
        if (eq > 0 && parts[i].substring(0, eq).strip().equalsIgnoreCase("charset")) {
          String v = parts[i].substring(eq + 1).strip();
          if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.endsWith(v.substring(0, 1))) {
            v = v.substring(1, v.length() - 1).strip();
          }
          charset = v.isEmpty() ? null : v;
        }
      }
      return new MediaType(type, charset);
    }

    boolean xml() {
      return type.endsWith("/xml") || type.endsWith("+xml") || type.equals("application/xml-dtd")
          || type.endsWith("/xml-external-parsed-entity");
    }

    boolean textType() {
      return type.startsWith("text/");
    }

    /** Types that servers commonly send for feeds although they are not XML types. */
    boolean plausible() {
      return !type.equals("text/plain") && !type.equals("text/html");
    }
  }
}
