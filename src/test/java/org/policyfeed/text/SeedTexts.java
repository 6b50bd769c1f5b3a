package org.policyfeed.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policyfeed.FeedReader;
import org.policyfeed.model.Feed;
import org.policyfeed.model.NewsItem;

/** The seed feed, read with and without repairs. */
final class SeedTexts {
  static final Path FEED = Path.of("testdata/icmpd-news-2019-03.rss");

  private SeedTexts() {}

  static Feed read(FeedReader reader) {
    try {
      return reader.readAll(Files.readAllBytes(FEED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Feed repaired() {
    return read(FeedReader.builder().build());
  }

  static Feed unrepaired() {
    return read(FeedReader.builder().repairs(false).build());
  }

  /** Every headline, teaser and body text of the seed after repair. */
  static List<String> repairedTexts() {
    List<String> out = new ArrayList<>();
    for (NewsItem item : repaired().items()) {
      if (item.headline() != null) {
        out.add(item.headline());
      }
      if (item.teaser() != null) {
        out.add(item.teaser());
      }
      out.add(item.text());
    }
    return out;
  }
}
