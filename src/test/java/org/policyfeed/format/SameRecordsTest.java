package org.policyfeed.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.model.Channel;
import org.policyfeed.model.Feed;
import org.policyfeed.model.NewsItem;

/**
 * The bundled RSS 2.0 feed rendered as Atom 1.0 and as RSS 1.0 ({@code src/test/resources/formats/})
 * gives the same records, field by field.
 */
class SameRecordsTest {
  private static final FeedReader READER = FeedReader.builder().build();

  static Feed read(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      return READER.readAll(in);
    }
  }

  static Feed rss() throws IOException {
    return read(Path.of("testdata/icmpd-news-2019-03.rss"));
  }

  static Feed resource(String name) throws IOException {
    try (InputStream in = SameRecordsTest.class.getResourceAsStream("/formats/" + name)) {
      return READER.readAll(in);
    }
  }

  @Test
  void atomGivesTheSameItems() throws IOException {
    Feed rss = rss();
    Feed atom = resource("icmpd-news-2019-03.atom");
    assertThat(atom.items()).hasSize(10);
    for (int i = 0; i < rss.items().size(); i++) {
      NewsItem want = rss.items().get(i);
      NewsItem got = atom.items().get(i);
      // Atom's xml:lang on <feed> is inherited by every entry (XML scoping); RSS 2.0's <language> is
      // channel metadata only. Every other field is equal, id and bodyHtml included.
      assertThat(got.language()).isEqualTo("en");
      assertThat(want.language()).isNull();
      assertThat(withLanguage(got, null)).as("item %d", i).usingRecursiveComparison().isEqualTo(want);
      assertThat(got).usingRecursiveComparison().ignoringFields("language").isEqualTo(want);
    }
    assertSameChannel(atom.channel(), rss.channel());
    assertThat(atom.channel().generator()).isEqualTo(rss.channel().generator());
    assertThat(atom.channel().image()).isNotNull();
    assertThat(atom.channel().image().url()).isEqualTo(rss.channel().image().url());
  }

  @Test
  void rss10GivesTheSameItems() throws IOException {
    Feed rss = rss();
    Feed rdf = resource("icmpd-news-2019-03.rdf");
    assertThat(rdf.items()).hasSize(10);
    for (int i = 0; i < rss.items().size(); i++) {
      assertThat(rdf.items().get(i)).as("item %d", i).usingRecursiveComparison().isEqualTo(rss.items().get(i));
      assertThat(rdf.items().get(i)).isEqualTo(rss.items().get(i));
    }
    assertSameChannel(rdf.channel(), rss.channel());
    assertThat(rdf.channel().image().url()).isEqualTo(rss.channel().image().url());
  }

  @Test
  void recordsAreEqualAsValues() throws IOException {
    List<NewsItem> rss = rss().items();
    assertThat(resource("icmpd-news-2019-03.rdf").items()).isEqualTo(rss);
    assertThat(resource("icmpd-news-2019-03.atom").items().stream().map(n -> withLanguage(n, null)).toList())
        .isEqualTo(rss);
  }

  private static void assertSameChannel(Channel got, Channel want) {
    assertThat(got.title()).isEqualTo(want.title());
    assertThat(got.link()).isEqualTo(want.link());
    assertThat(got.description()).isEqualTo(want.description());
    assertThat(got.language()).isEqualTo(want.language());
    assertThat(got.lastBuildDate()).isEqualTo(want.lastBuildDate());
    assertThat(got.diagnostics()).isEqualTo(want.diagnostics());
  }

  static NewsItem withLanguage(NewsItem n, String language) {
    return new NewsItem(n.id(), n.title(), n.category(), n.headline(), n.link(), n.published(), n.authors(),
        n.categories(), n.teaser(), n.teaserTruncated(), n.text(), n.bodyHtml(), n.links(), n.persons(),
        n.projects(), n.deadlines(), n.events(), n.repairs(), n.diagnostics(), language);
  }
}
