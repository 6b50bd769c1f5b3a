package org.policyfeed.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.NotAFeedException;
import org.policyfeed.model.Feed;
import org.policyfeed.model.Link;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Severity;

/** A format added through the SPI alone: {@link JsonFeedFormat}, registered in the builder or found. */
class JsonFeedFormatTest {
  static final String FEED = """
      {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Migration news",
        "home_page_url": "https://news.example.org/",
        "description": "Policy news",
        "language": "en",
        "items": [
          {
            "id": "1",
            "url": "/2019/03/kick-off",
            "title": "Project News: Kick-off in Beirut",
            "content_html": "<p>The project starts. <a href=\\"/projects/ibm\\">Details</a></p>",
            "summary": "The project starts.",
            "date_published": "2019-03-21T12:57:30+01:00",
            "authors": [{"name": "Jane Doe"}, {"url": "https://example.org/"}],
            "tags": ["borders", "Lebanon"]
          },
          {
            "id": 2,
            "url": "https://news.example.org/2019/03/call",
            "title": "Call for applications <2019>",
            "content_text": "Apply by 1 May 2019 & tell others.",
            "date_modified": "2019-03-01T10:00:00Z",
            "language": "fr",
            "extra": {"nested": [1, 2, {"x": null}]}
          }
        ],
        "icon": "https://news.example.org/icon.png"
      }
      """;

  private static void assertRead(Feed feed) {
    assertThat(feed.channel().title()).isEqualTo("Migration news");
    assertThat(feed.channel().link()).isEqualTo("https://news.example.org/");
    assertThat(feed.channel().description()).isEqualTo("Policy news");
    assertThat(feed.channel().language()).isEqualTo("en");
    assertThat(feed.channel().image().url()).isEqualTo("https://news.example.org/icon.png");
    assertThat(feed.items()).hasSize(2);
    NewsItem a = feed.items().get(0);
    assertThat(a.id()).isEqualTo("1");
    assertThat(a.link()).isEqualTo("https://news.example.org/2019/03/kick-off");
    assertThat(a.category()).isEqualTo("Project News");
    assertThat(a.headline()).isEqualTo("Kick-off in Beirut");
    assertThat(a.teaser()).isEqualTo("The project starts.");
    assertThat(a.text()).isEqualTo("The project starts. Details");
    assertThat(a.links()).containsExactly(new Link("Details", "https://news.example.org/projects/ibm"));
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-03-21T12:57:30+01:00"));
    assertThat(a.authors()).containsExactly("Jane Doe");
    assertThat(a.categories()).containsExactly("borders", "Lebanon");
    assertThat(a.language()).isEqualTo("en");
    NewsItem b = feed.items().get(1);
    assertThat(b.id()).isEqualTo("2");
    assertThat(b.headline()).isEqualTo("Call for applications <2019>");
    assertThat(b.text()).isEqualTo("Apply by 1 May 2019 & tell others.");
    assertThat(b.bodyHtml()).isEqualTo("Apply by 1 May 2019 &amp; tell others.");
    assertThat(b.published()).isEqualTo(OffsetDateTime.parse("2019-03-01T10:00:00Z"));
    assertThat(b.language()).isEqualTo("fr");
    assertThat(b.diagnostics()).isEmpty();
  }

  @Test
  void registeredInTheBuilder() {
    FeedReader reader = FeedReader.builder().discoverFormats(false).addFormat(new JsonFeedFormat()).build();
    assertRead(reader.readAll(FEED));
    assertRead(reader.readAll(FEED.getBytes(StandardCharsets.UTF_8)));
    assertRead(reader.rebuild().build().readAll(FEED));
  }

  @Test
  void foundThroughServiceLoader() {
    // src/test/resources/META-INF/services/org.policyfeed.format.FeedFormat lists JsonFeedFormat
    assertRead(FeedReader.builder().build().readAll(FEED));
  }

  @Test
  void withoutTheFormatJsonIsNotAFeed() {
    FeedReader reader = FeedReader.builder().discoverFormats(false).build();
    assertThatThrownBy(() -> reader.readAll(FEED)).isInstanceOf(NotAFeedException.class);
  }

  @Test
  void xmlFeedsStillGoToTheBuiltInFormats() {
    FeedReader reader = FeedReader.builder().addFormat(new JsonFeedFormat()).build();
    Feed f = reader.readAll("<feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>"
        + "<entry><id>x</id><title>T</title></entry></feed>");
    assertThat(f.channel().title()).isEqualTo("A");
    assertThat(f.items()).extracting(NewsItem::id).containsExactly("x");
  }

  @Test
  void malformedJsonKeepsTheItemsReadAndReportsAnError() {
    String broken = FEED.substring(0, FEED.indexOf("\"id\": 2")) + "\"id\": ]";
    Feed f = FeedReader.builder().build().readAll(broken);
    assertThat(f.items()).hasSize(1);
    assertThat(f.channel().diagnostics()).anySatisfy(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.code()).isEqualTo("format-malformed");
    });
  }

  @Test
  void streamsItemByItem() throws IOException {
    int count = 200_000;
    AtomicLong served = new AtomicLong();
    InputStream in = counting(generated(count), served);
    try (FeedStream s = FeedReader.builder().build().open(in)) {
      Iterator<NewsItem> it = s.iterator();
      assertThat(it.next().id()).isEqualTo("0");
      assertThat(served.get()).as("bytes read for the first item").isLessThan(1 << 20);
      long n = 1;
      while (it.hasNext()) {
        it.next();
        n++;
      }
      assertThat(n).isEqualTo(count);
      assertThat(served.get()).isGreaterThan(10L << 20);
    }
  }

  private static InputStream generated(int count) {
    byte[] head = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"gen\",\"items\":[".getBytes(
        StandardCharsets.UTF_8);
    byte[] tail = "]}".getBytes(StandardCharsets.UTF_8);
    Enumeration<InputStream> parts = new Enumeration<>() {
      int i = -1;

      @Override
      public boolean hasMoreElements() {
        return i <= count;
      }

      @Override
      public InputStream nextElement() {
        int k = i++;
        if (k < 0) {
          return new ByteArrayInputStream(head);
        }
        if (k == count) {
          return new ByteArrayInputStream(tail);
        }
        String item = (k > 0 ? "," : "") + "{\"id\":\"" + k + "\",\"title\":\"Item " + k
            + "\",\"content_html\":\"<p>" + "Body text of the item. ".repeat(3) + "</p>\"}";
        return new ByteArrayInputStream(item.getBytes(StandardCharsets.UTF_8));
      }
    };
    return new SequenceInputStream(parts);
  }

  private static InputStream counting(InputStream in, AtomicLong served) {
    return new java.io.FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          served.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          served.addAndGet(n);
        }
        return n;
      }
    };
  }
}
