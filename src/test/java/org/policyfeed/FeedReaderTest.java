package org.policyfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.policyfeed.model.Feed;
import org.policyfeed.model.Field;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Repair;

/** The reader's API contract, on small feeds invented for each test and on the seed. */
class FeedReaderTest {
  static final FeedReader READER = FeedReader.builder().build();

  static String rss(String items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Invented</title>"
        + "<link>https://www.example.org/news/</link><description>d</description>" + items + "</channel></rss>";
  }

  @Test
  void guidWinsOverLinkAndRelativeLinksResolveAgainstTheChannel() {
    Feed f = READER.readAll(rss("<item><guid isPermaLink=\"false\">urn:x:1</guid><title>No category here</title>"
        + "<link>/a//b/c.html</link><description><![CDATA[<p>Read <a href=\"../x.pdf\">this</a>.</p>]]>"
        + "</description></item>"));
    NewsItem item = f.items().get(0);
    assertThat(item.id()).isEqualTo("urn:x:1");
    assertThat(item.link()).isEqualTo("https://www.example.org/a/b/c.html");
    assertThat(item.category()).isNull();
    assertThat(item.headline()).isEqualTo("No category here");
    assertThat(item.text()).isEqualTo("Read this.");
    assertThat(item.bodyHtml()).isEqualTo("<p>Read <a href=\"../x.pdf\">this</a>.</p>");
    assertThat(item.links()).extracting(l -> l.url()).containsExactly("https://www.example.org/x.pdf");
    assertThat(item.teaserTruncated()).isFalse();
  }

  @Test
  void anItemWithoutGuidOrLinkGetsAStableId() {
    String xml = rss("<item><title>Only a title</title></item>");
    String id = READER.readAll(xml).items().get(0).id();
    assertThat(id).startsWith("urn:policyfeed:").hasSize("urn:policyfeed:".length() + 32);
    assertThat(READER.readAll(xml).items().get(0).id()).isEqualTo(id);
  }

  @Test
  void authorsAndCategoriesAreKeptAsGiven() {
    NewsItem item = READER.readAll("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel><title>t</title><item><title>x</title><author>a@example.org (Ana)</author>"
        + "<dc:creator>Bo</dc:creator><category>Migration</category><category> </category></item>"
        + "</channel></rss>").items().get(0);
    assertThat(item.authors()).containsExactly("a@example.org (Ana)", "Bo");
    assertThat(item.categories()).containsExactly("Migration");
  }

  @Test
  void aStreamIsIteratedOnceAndClosesItsInput() {
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayInputStream in = new ByteArrayInputStream(rss("<item><title>a</title></item>").getBytes()) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    FeedStream s = READER.open(in);
    assertThat(s).hasSize(1);
    assertThatThrownBy(s::iterator).isInstanceOf(IllegalStateException.class);
    s.close();
    assertThat(closed).isTrue();
  }

  @Test
  void channelElementsAfterTheItemsAppearOnceIterationEnds() {
    try (FeedStream s = READER.open(rss("<item><title>a</title></item>").replace("</channel>",
        "<generator>late</generator></channel>"))) {
      assertThat(s.channel().generator()).isNull();
      s.forEach(i -> { });
      assertThat(s.channel().generator()).isEqualTo("late");
    }
  }

  @Test
  void oneReaderServesManyThreads() throws Exception {
    byte[] seed = Files.readAllBytes(Path.of("testdata/icmpd-news-2019-03.rss"));
    Feed expected = READER.readAll(seed);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Feed>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> READER.readAll(seed)));
      }
      for (Future<Feed> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rebuildKeepsTheSettings() {
    FeedReader strict = FeedReader.builder().strict(true).repairs(false).build();
    String twoDigitYear = rss("<item><title>a</title><pubDate>21 Mar 19 12:00:00 GMT</pubDate></item>");
    assertThatThrownBy(() -> strict.rebuild().build().readAll(twoDigitYear)).isInstanceOf(FeedException.class);
    assertThat(READER.readAll(twoDigitYear).items().get(0).diagnostics()).extracting(d -> d.code())
        .containsExactly("date-two-digit-year");
  }

  @Test
  void unknownRepairRuleIsRefused() {
    assertThatThrownBy(() -> FeedReader.builder().disableRepair("no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-rule");
  }

  @Test
  void rss10ItemsOutsideTheChannelAreRead() {
    Feed f = READER.readAll("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel rdf:about=\"https://www.example.org/\"><title>R</title><link>https://www.example.org/</link>"
        + "</channel><item rdf:about=\"https://www.example.org/1\"><title>Expert Voice: One</title>"
        + "<link>https://www.example.org/1</link><dc:date>2019-03-01T10:00:00+01:00</dc:date></item>"
        + "</rdf:RDF>");
    assertThat(f.channel().title()).isEqualTo("R");
    NewsItem item = f.items().get(0);
    assertThat(item.category()).isEqualTo("Expert Voice");
    assertThat(item.published()).hasToString("2019-03-01T10:00+01:00");
  }

  @Test
  void withoutPlainTextItemsKeepOnlyTheirHtml() throws Exception {
    byte[] seed = Files.readAllBytes(Path.of("testdata/icmpd-news-2019-03.rss"));
    Feed full = READER.readAll(seed);
    Feed raw = FeedReader.builder().plainText(false).build().readAll(seed);
    assertThat(raw.items()).hasSameSizeAs(full.items());
    for (int i = 0; i < raw.items().size(); i++) {
      NewsItem r = raw.items().get(i);
      NewsItem f = full.items().get(i);
      assertThat(r.bodyHtml()).isEqualTo(f.bodyHtml());
      assertThat(r.headline()).isEqualTo(f.headline());
      assertThat(r.published()).isEqualTo(f.published());
      assertThat(r.text()).isEmpty();
      assertThat(r.links()).isEmpty();
      assertThat(r.persons()).isEmpty();
      assertThat(r.repairs()).isEmpty();
    }
  }

  @Test
  void withoutEntitiesItemsKeepTheirTextAndRepairs() throws Exception {
    byte[] seed = Files.readAllBytes(Path.of("testdata/icmpd-news-2019-03.rss"));
    Feed full = READER.readAll(seed);
    Feed plain = FeedReader.builder().entities(false).build().readAll(seed);
    assertThat(full.items()).flatExtracting(NewsItem::persons).isNotEmpty();
    assertThat(full.items()).flatExtracting(NewsItem::projects).isNotEmpty();
    assertThat(full.items()).flatExtracting(NewsItem::deadlines).isNotEmpty();
    assertThat(full.items()).flatExtracting(NewsItem::events).isNotEmpty();
    assertThat(plain.items()).hasSameSizeAs(full.items());
    for (int i = 0; i < plain.items().size(); i++) {
      NewsItem p = plain.items().get(i);
      NewsItem f = full.items().get(i);
      assertThat(p).isEqualTo(new NewsItem(f.id(), f.title(), f.category(), f.headline(), f.link(), f.published(),
          f.authors(), f.categories(), f.teaser(), f.teaserTruncated(), f.text(), f.bodyHtml(), f.links(),
          List.of(), List.of(), List.of(), List.of(), f.repairs(), f.diagnostics(), f.language(), f.extras()));
    }
    assertThat(plain.channel()).isEqualTo(full.channel());
  }

  // invented: a teaser with sentences run together, once beside a body and once as the only text
  private static final String RUN_TOGETHER = "Close to 40 countries took part in the meeting with many participants."
      + "The next one is in May.";

  @Test
  void withoutPlainTextHeadlinesAndTeasersAreNotRepaired() {
    String feed = rss("<item><title>T</title><description>" + RUN_TOGETHER + "</description>"
        + "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">&lt;p&gt;Body.&lt;/p&gt;"
        + "</content:encoded></item>");
    NewsItem full = READER.readAll(feed).items().get(0);
    assertThat(full.teaser()).contains("participants. The");
    assertThat(full.repairs()).extracting(Repair::kind, Repair::field).containsExactly(
        tuple("run-together", Field.TEASER));

    NewsItem raw = FeedReader.builder().plainText(false).build().readAll(feed).items().get(0);
    assertThat(raw.teaser()).isEqualTo(RUN_TOGETHER);
    assertThat(raw.repairs()).isEmpty();
    assertThat(raw.bodyHtml()).isEqualTo("<p>Body.</p>");
  }

  @Test
  void aDescriptionWithoutContentIsRepairedAsTeaserAndAsText() {
    NewsItem item = READER.readAll(rss("<item><title>T</title><description>&lt;p&gt;" + RUN_TOGETHER
        + "&lt;/p&gt;</description></item>")).items().get(0);
    assertThat(item.teaser()).isEqualTo(item.text()).contains("participants. The");
    assertThat(item.repairs()).extracting(Repair::kind, Repair::field, Repair::before, Repair::offset)
        .containsExactly(tuple("run-together", Field.TEASER, "", 70),
            tuple("run-together", Field.TEXT, "", 70));
  }
}
