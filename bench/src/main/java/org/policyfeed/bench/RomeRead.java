package org.policyfeed.bench;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.BufferedInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;

/**
 * Reads a feed file with ROME 2.1 and jsoup's text of each body, printing the item count and the text
 * length: ROME's side of the memory comparison in {@code docs/performance.md}.
 * {@code java -Xmx64m -cp target/benchmarks.jar org.policyfeed.bench.RomeRead FILE}
 */
public final class RomeRead {
  private RomeRead() {}

  /**
   * Reads the file named by the first argument.
   *
   * @param args the file
   * @throws Exception when ROME fails
   */
  public static void main(String[] args) throws Exception {
    try (var in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
      SyndFeed f = new SyndFeedInput().build(new XmlReader(in));
      long chars = 0;
      for (SyndEntry e : f.getEntries()) {
        for (SyndContent c : e.getContents()) {
          chars += Jsoup.parse(c.getValue()).text().length();
        }
      }
      System.out.println(f.getEntries().size() + " items, " + chars + " characters of text");
    }
  }
}
