package org.policyfeed.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed of real text: the items of the bundled ICMPD feed ({@code testdata/icmpd-news-2019-03.rss}, ten items),
 * repeated in order until there are as many as asked, each copy's link made unique with {@code ?copy=N}. Its
 * words, entities, links and damage are the seed's, which the generated feed only imitates.
 */
final class SeedFeed {
  private static final Pattern ITEM = Pattern.compile("<item>.*?</item>", Pattern.DOTALL);

  private SeedFeed() {}

  /** The bundled feed with {@code items} items. */
  static byte[] repeated(int items) throws IOException {
    String seed;
    try (InputStream in = SeedFeed.class.getResourceAsStream("/icmpd-news-2019-03.rss")) {
      if (in == null) {
        throw new IOException("icmpd-news-2019-03.rss is not on the class path (bench/pom.xml copies it)");
      }
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> blocks = new ArrayList<>();
    Matcher m = ITEM.matcher(seed);
    int first = -1;
    int last = -1;
    while (m.find()) {
      blocks.add(m.group());
      first = first < 0 ? m.start() : first;
      last = m.end();
    }
    if (blocks.isEmpty()) {
      throw new IOException("icmpd-news-2019-03.rss has no items");
    }
    StringBuilder sb = new StringBuilder(seed.length() * (items / blocks.size() + 1));
    sb.append(seed, 0, first);
    for (int i = 0; i < items; i++) {
      String block = blocks.get(i % blocks.size());
      int link = block.indexOf("</link>"); // each item has a link: the copy number goes at its end
      sb.append(block, 0, link).append("?copy=").append(i / blocks.size()).append(block, link, block.length())
          .append('\n');
    }
    sb.append(seed, last, seed.length());
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
