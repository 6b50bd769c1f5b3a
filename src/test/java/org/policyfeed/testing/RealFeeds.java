package org.policyfeed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.model.NewsItem;

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

  /**
   * Every file a reader may be tried on, feed or not: the seed, then each file under the test resources and
   * the corpus (each folder sorted by name) but JSON, JSON Lines and class files.
   *
   * @return the paths, relative to the project
   */
  public static List<Path> allFiles() {
    List<Path> files = new ArrayList<>();
    files.add(Path.of("testdata/icmpd-news-2019-03.rss"));
    for (String dir : new String[] {"src/test/resources", "../shared/conformance/feedparser"}) {
      Path d = Path.of(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> w = Files.walk(d)) {
          w.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")
              && !p.toString().endsWith(".jsonl") && !p.toString().endsWith(".class")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }

  /**
   * Texts of the real feeds: each file's raw characters, then the headline, teaser and text of every item
   * the reader gives (of the files and of a generated feed of 300 items); a file the reader refuses still
   * gives its raw text.
   *
   * @return the texts, in that order
   */
  public static List<String> texts() {
    List<String> out = new ArrayList<>();
    FeedReader reader = FeedReader.builder().build();
    try {
      for (Path p : paths()) {
        byte[] bytes = Files.readAllBytes(p);
        out.add(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        itemTexts(reader, bytes, out);
      }
      java.io.ByteArrayOutputStream gen = new java.io.ByteArrayOutputStream();
      new GeneratedFeed(300).transferTo(gen);
      itemTexts(reader, gen.toByteArray(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void itemTexts(FeedReader reader, byte[] bytes, List<String> out) {
    try (FeedStream s = reader.open(bytes)) {
      for (NewsItem it : s) {
        for (String x : new String[] {it.headline(), it.teaser(), it.text()}) {
          if (x != null && !x.isEmpty()) {
            out.add(x);
          }
        }
      }
    } catch (RuntimeException e) {
      // a feed the reader refuses still counts as a raw text
    }
  }

  /**
   * Invented texts: {@code count} strings of up to {@code maxParts - 1} fragments drawn at random, each
   * followed by a space one time in three.
   *
   * @param fragments what the texts are made of
   * @param seed the random seed
   * @param count how many texts
   * @param maxParts one more than the most fragments in a text
   * @return the texts
   */
  public static List<String> randomTexts(String[] fragments, long seed, int count, int maxParts) {
    List<String> out = new ArrayList<>(count);
    Random r = new Random(seed);
    for (int k = 0; k < count; k++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(maxParts);
      for (int j = 0; j < n; j++) {
        sb.append(fragments[r.nextInt(fragments.length)]);
        if (r.nextInt(3) == 0) {
          sb.append(' ');
        }
      }
      out.add(sb.toString());
    }
    return out;
  }
}
