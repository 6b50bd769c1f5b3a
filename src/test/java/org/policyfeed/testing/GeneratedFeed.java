package org.policyfeed.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * An RSS 2.0 feed in the seed's shape, generated on the fly as it is read: invented text, varied
 * titles, HTML bodies of about one kilobyte with entities and non-ASCII letters. Deterministic for a
 * given item count. Memory is constant whatever the count, so it can stand for feeds far larger than
 * the heap.
 */
public final class GeneratedFeed extends InputStream {
  private static final String[] CATEGORIES = {"Project News", "ICMPD Around the Globe", "Expert Voice"};
  private static final String[] WORDS = ("migration dialogue partnership border management capacity"
      + " training ministry délégation cooperation integration policy résilience protection mobility"
      + " strategy municipality Zürich São Tomé Łódź Ελλάδα research conference programme facility")
      .split(" ");

  private static final String[] FIRST = {"Ana", "Jan", "Maria", "Omar", "Claire", "Tomasz", "Aigerim", "Luc"};
  private static final String[] LAST = {"Lopez", "Novak", "Healy", "Haddad", "Kowalski", "Dubois", "Öztürk"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private final long items;
  private final int paragraphs;
  private long next;
  private byte[] chunk;
  private int pos;
  private boolean footerDone;
  private final SplittableRandom random = new SplittableRandom(42);

  /**
   * A feed of {@code items} items.
   *
   * @param items how many items to generate
   */
  public GeneratedFeed(long items) {
    this(items, 2);
  }

  /**
   * A feed of {@code items} items whose bodies have {@code paragraphs} paragraphs of prose (about 500
   * bytes each) besides a heading, a list and a link; 6 gives bodies of a few kilobytes, like the seed's.
   *
   * @param items how many items to generate
   * @param paragraphs paragraphs of prose in each body
   */
  public GeneratedFeed(long items, int paragraphs) {
    this.items = items;
    this.paragraphs = paragraphs;
    this.chunk = header().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes a generated feed to standard output, for measurements on files:
   * {@code java -cp target/test-classes org.policyfeed.testing.GeneratedFeed ITEMS > feed.rss}
   * (about 1.7 kB an item: 640,000 items make about 1 GB).
   *
   * @param args the number of items
   * @throws java.io.IOException when standard output fails
   */
  public static void main(String[] args) throws java.io.IOException {
    try (GeneratedFeed feed = new GeneratedFeed(Long.parseLong(args[0]))) {
      feed.transferTo(System.out);
    }
    System.out.flush();
  }

  /** The id (link) of item {@code n}, 0-based. */
  public static String link(long n) {
    return "https://www.example.org/news/item-" + n + "/";
  }

  private static String header() {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- Generated test data, invented text in the shape of the ICMPD feed. -->
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
        <title>Generated feed</title>
        <link>https://www.example.org/</link>
        <description>Invented items for tests and benchmarks</description>
        <language>en</language>
        """;
  }

  private String item(long n) {
    StringBuilder sb = new StringBuilder(1600);
    String category = CATEGORIES[(int) (n % CATEGORIES.length)];
    sb.append("<item>\n<title>").append(category).append(": ").append(words(6)).append(" &amp; ")
        .append(words(3)).append(" no. ").append(n).append("</title>\n");
    sb.append("<link>").append(link(n)).append("</link>\n");
    sb.append("<description>").append(words(14)).append("...</description>\n");
    sb.append("<content:encoded><![CDATA[");
    sb.append("<p class=\"bodytext\">On ").append(1 + n % 28).append(" March 2019 the ").append(words(20))
        .append(".</p>\n<h3>").append(words(3)).append("</h3>\n");
    for (int p = 0; p < paragraphs; p++) {
      String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
      sb.append("<p>").append(words(25)).append(". Dr ").append(name).append(", Director of the ")
          .append(words(2)).append(" Programme, said the ").append(words(12)).append(" &ndash; ")
          .append(words(10)).append(". The deadline for applications is ").append(1 + random.nextInt(28))
          .append(' ').append(MONTHS[random.nextInt(12)]).append(" 2019.</p>\n");
    }
    sb.append("<ul><li>").append(words(8))
        .append("</li><li>").append(words(8)).append("</li></ul>\n<p>More information <a href=\"/item/")
        .append(n).append("\">here</a>.</p>");
    sb.append("]]></content:encoded>\n");
    sb.append("<pubDate>Thu, 21 Mar 2019 12:57:30 +0100</pubDate>\n</item>\n");
    return sb.toString();
  }

  private String words(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private boolean refill() {
    if (next < items) {
      chunk = item(next++).getBytes(StandardCharsets.UTF_8);
    } else if (!footerDone) {
      footerDone = true;
      chunk = "</channel>\n</rss>\n".getBytes(StandardCharsets.UTF_8);
    } else {
      return false;
    }
    pos = 0;
    return true;
  }

  @Override
  public int read() {
    if (pos == chunk.length && !refill()) {
      return -1;
    }
    return chunk[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len) {
      if (pos == chunk.length && !refill()) {
        break;
      }
      int k = Math.min(len - n, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off + n, k);
      pos += k;
      n += k;
    }
    return n == 0 ? -1 : n;
  }
}
