package org.policyfeed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real feed files the differential tests read: the seed feed, the feeds under {@code src/test/resources}
 * and, when {@code ../shared} is beside the project, every file of the feedparser conformance corpus.
 */
public final class RealFeeds {
  private RealFeeds() {}

  /**
   * The files, the seed first, the corpus sorted by name.
   *
   * @return the paths, relative to the project
   */
  public static List<Path> paths() {
    List<Path> feeds = new ArrayList<>();
    feeds.add(Path.of("testdata/icmpd-news-2019-03.rss"));
    try {
      try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
        s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(rss|xml|atom|rdf)"))
            .forEach(feeds::add);
      }
      Path conf = Path.of("../shared/conformance/feedparser");
      if (Files.isDirectory(conf)) {
        try (Stream<Path> s = Files.walk(conf)) {
          s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".xml")).sorted().forEach(feeds::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return feeds;
  }
}
