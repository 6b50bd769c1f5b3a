package org.policyfeed.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.policyfeed.FeedException;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.Limits;

/**
 * Each limit ends the read with a {@link FeedException} whose message names the setting to change, in
 * lenient and strict mode alike. The feeds are invented for these tests.
 */
class LimitsTest {

  private static FeedReader with(Limits limits) {
    return FeedReader.builder().limits(limits).build();
  }

  private static String feed(int items, String title) {
    StringBuilder sb = new StringBuilder("<rss><channel><title>t</title>");
    for (int i = 0; i < items; i++) {
      sb.append("<item><title>").append(title).append("</title></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  @Test
  void maxItems() {
    FeedReader r = with(Limits.builder().maxItems(2).build());
    assertThatThrownBy(() -> r.readAll(feed(3, "x"))).isInstanceOfSatisfying(FeedException.class, e -> {
      assertThat(e.code()).isEqualTo("limit-items");
      assertThat(e.getMessage()).startsWith("the feed has more than 2 items, the maximum allowed (from "
          + "Limits.maxItems()); raise it with Limits.builder().maxItems(…) if the input is trusted");
    });
    assertThat(r.readAll(feed(2, "x")).items()).hasSize(2);
  }

  @Test
  void maxTextLength() {
    FeedReader r = with(Limits.builder().maxTextLength(100).build());
    assertThatThrownBy(() -> r.readAll(feed(1, "x".repeat(101)))).isInstanceOfSatisfying(FeedException.class, e -> {
      assertThat(e.code()).isEqualTo("limit-text-length");
      assertThat(e.getMessage()).contains("longer than 100 characters, the maximum allowed (from "
          + "Limits.maxTextLength()); raise it with Limits.builder().maxTextLength(…) if the input is trusted");
    });
    assertThatThrownBy(() -> r.readAll("<rss><channel><item><title a=\"" + "y".repeat(200) + "\">t</title></item>"
        + "</channel></rss>")).isInstanceOf(FeedException.class).hasMessageContaining("Limits.maxTextLength()");
  }

  @Test
  void maxElementDepth() {
    FeedReader r = with(Limits.builder().maxElementDepth(10).build());
    String deep = "<rss><channel><item><description>" + "<b>".repeat(20) + "x" + "</b>".repeat(20)
        + "</description></item></channel></rss>";
    assertThatThrownBy(() -> r.readAll(deep)).isInstanceOfSatisfying(FeedException.class, e -> {
      assertThat(e.code()).isEqualTo("limit-element-depth");
      assertThat(e.getMessage()).startsWith("elements are nested deeper than 10, the maximum allowed (from "
          + "Limits.maxElementDepth()); raise it with Limits.builder().maxElementDepth(…) if the input is trusted");
      assertThat(e.line()).isEqualTo(1);
    });
  }

  @Test
  void unclosedElementsCannotGrowTheStackPastTheDepthLimit() {
    FeedReader r = FeedReader.builder().build();
    String deep = "<rss><channel><item><description>" + "<b>".repeat(Limits.DEFAULT_MAX_ELEMENT_DEPTH + 5);
    assertThatThrownBy(() -> r.readAll(deep)).isInstanceOf(FeedException.class)
        .hasMessageContaining("Limits.maxElementDepth()");
  }

  @Test
  void maxDocumentChars() {
    FeedReader r = with(Limits.builder().maxDocumentChars(1000).build());
    assertThatThrownBy(() -> r.readAll(feed(100, "a title"))).isInstanceOfSatisfying(FeedException.class, e -> {
      assertThat(e.code()).isEqualTo("limit-document-chars");
      assertThat(e.getMessage()).startsWith("the document is longer than 1000 characters, the maximum allowed "
          + "(from Limits.maxDocumentChars()); raise it with Limits.builder().maxDocumentChars(…) if the input "
          + "is trusted");
    });
  }

  @Test
  @Timeout(30)
  void anEndlessStreamStopsAtTheDocumentLimitWithFlatMemory() {
    FeedReader r = with(Limits.builder().maxDocumentChars(20_000_000).build());
    byte[] item = "<item><title>again</title><description>and again &amp; again</description></item>"
        .getBytes(StandardCharsets.UTF_8);
    InputStream endless = new InputStream() {
      private int i;

      @Override
      public int read() {
        return item[i++ % item.length];
      }
    };
    InputStream in = new SequenceInputStream(
        new java.io.ByteArrayInputStream("<rss><channel>".getBytes(StandardCharsets.UTF_8)), endless);
    long[] count = {0};
    assertThatThrownBy(() -> {
      try (FeedStream s = r.open(in)) {
        s.forEach(x -> count[0]++);
      }
    }).isInstanceOf(FeedException.class).hasMessageContaining("Limits.maxDocumentChars()");
    assertThat(count[0]).isGreaterThan(100_000);
    assertThat(Duration.ofSeconds(1)).isPositive();
  }
}
