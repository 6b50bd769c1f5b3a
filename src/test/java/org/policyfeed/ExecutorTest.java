package org.policyfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.policyfeed.extract.Extractor;
import org.policyfeed.extract.ItemFields;
import org.policyfeed.model.Entity;
import org.policyfeed.model.Feed;
import org.policyfeed.model.NewsItem;
import org.policyfeed.testing.GeneratedFeed;

/** Items converted on an executor are the same records, in the same order, as on the caller's thread. */
class ExecutorTest {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

  @AfterAll
  static void shutDown() throws InterruptedException {
    POOL.shutdownNow();
    POOL.awaitTermination(10, TimeUnit.SECONDS);
  }

  private static List<byte[]> feeds() throws IOException {
    List<byte[]> feeds = new ArrayList<>();
    feeds.add(Files.readAllBytes(Path.of("testdata/icmpd-news-2019-03.rss")));
    feeds.add(Files.readAllBytes(Path.of("src/test/resources/extract/own-items.rss")));
    feeds.add(Files.readAllBytes(Path.of("src/test/resources/extract/holdout-items.rss")));
    feeds.add(Files.readAllBytes(Path.of("src/test/resources/formats/icmpd-news-2019-03.atom")));
    try (InputStream g = new GeneratedFeed(150, 3)) {
      feeds.add(g.readAllBytes());
    }
    return feeds;
  }

  @Test
  void sameRecordsInTheSameOrder() throws IOException {
    FeedReader plain = FeedReader.builder().build();
    for (int ahead : new int[] {1, 4, 16}) {
      FeedReader parallel = FeedReader.builder().executor(POOL, ahead).build();
      for (byte[] feed : feeds()) {
        Feed expected = plain.readAll(feed);
        assertThat(expected.items()).isNotEmpty();
        assertThat(parallel.readAll(feed)).isEqualTo(expected);
      }
    }
  }

  @Test
  void orderHoldsWhenLaterItemsFinishFirst() throws IOException {
    // an invented extractor that makes early items slow, so later ones finish first
    AtomicInteger seen = new AtomicInteger();
    Extractor slowFirst = new Extractor() {
      @Override
      public String kind() {
        return "slow";
      }

      @Override
      public List<Entity> extract(ItemFields item) {
        if (seen.getAndIncrement() % 8 == 0) {
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return List.of();
      }
    };
    byte[] feed;
    try (InputStream g = new GeneratedFeed(120, 1)) {
      feed = g.readAllBytes();
    }
    List<String> expected = FeedReader.builder().build().readAll(feed).items().stream().map(NewsItem::id).toList();
    List<String> got = FeedReader.builder().addExtractor(slowFirst).executor(POOL, 8).build().readAll(feed).items()
        .stream().map(NewsItem::id).toList();
    assertThat(got).hasSize(120).isEqualTo(expected);
  }

  @Test
  void aStrictErrorComesAfterTheItemsBeforeIt() {
    String feed = "<rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>One</title><guid>1</guid></item>"
        + "<item><title>Two</title><guid>2</guid></item>"
        + "<item><title>Three</title><guid>3</guid><pubDate>21 Mar 19 12:00:00 GMT</pubDate></item>"
        + "<item><title>Four</title><guid>4</guid></item>"
        + "<item><title>Five &bogus; five</title><guid>5</guid></item>"
        + "</channel></rss>";
    for (FeedReader reader : List.of(FeedReader.builder().strict(true).build(),
        FeedReader.builder().strict(true).executor(POOL, 4).build())) {
      List<String> ids = new ArrayList<>();
      try (FeedStream s = reader.open(feed)) {
        assertThatThrownBy(() -> s.forEach(i -> ids.add(i.id()))).isInstanceOf(FeedException.class)
            .hasMessageContaining("two-digit");
      }
      assertThat(ids).containsExactly("1", "2");
    }
  }

  @Test
  void aRejectingExecutorMeansTheCallersThread() throws IOException {
    byte[] seed = Files.readAllBytes(Path.of("testdata/icmpd-news-2019-03.rss"));
    FeedReader rejecting = FeedReader.builder().executor(r -> {
      throw new RejectedExecutionException("full");
    }, 4).build();
    assertThat(rejecting.readAll(seed)).isEqualTo(FeedReader.builder().build().readAll(seed));
  }

  @Test
  void closingWithItemsInFlight() throws IOException {
    byte[] feed;
    try (InputStream g = new GeneratedFeed(200, 2)) {
      feed = g.readAllBytes();
    }
    FeedStream s = FeedReader.builder().executor(POOL, 16).build().open(feed);
    NewsItem first = s.iterator().next();
    s.close();
    assertThat(first.id()).isNotBlank();
    assertThatThrownBy(() -> FeedReader.builder().executor(POOL, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
