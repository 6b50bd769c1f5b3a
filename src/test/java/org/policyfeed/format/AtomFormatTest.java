package org.policyfeed.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.model.Channel;
import org.policyfeed.model.Feed;
import org.policyfeed.model.Link;
import org.policyfeed.model.NewsItem;

/** Atom 1.0 and 0.3 read into the same records as RSS: text constructs, xml:base, xml:lang, modules. */
class AtomFormatTest {
  private static final FeedReader READER = FeedReader.builder().discoverFormats(false).build();

  @Test
  void atom10FeedAndEntry() {
    Feed f = READER.readAll("""
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-AT" xml:base="https://example.org/news/">
          <title type="html">Neues &amp;amp; Altes</title>
          <subtitle>Migration policy</subtitle>
          <link rel="self" href="feed.atom"/>
          <link href="./"/>
          <updated>2019-03-21T12:57:30+01:00</updated>
          <generator uri="https://example.org/gen" version="1">Gen</generator>
          <icon>icon.png</icon>
          <logo>logo.png</logo>
          <author><name>Desk</name></author>
          <entry xml:base="2019/">
            <id>tag:example.org,2019:1</id>
            <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Project News: <b>Kick-off</b></div></title>
            <link rel="enclosure" href="a.mp3"/>
            <link rel="alternate" type="text/html" href="kick-off.html"/>
            <published>2019-03-21T12:57:30+01:00</published>
            <updated>2019-03-22T00:00:00Z</updated>
            <summary>Short &lt;b&gt; text</summary>
            <content type="xhtml" xml:base="/projects/" xml:lang="en"><div xmlns="http://www.w3.org/1999/xhtml"><p>See <a href="ibm/">the project</a>.</p></div></content>
            <category term="borders" label="Borders"/>
            <category label="Only a label"/>
            <source><title>Other</title><author><name>Not this one</name></author></source>
          </entry>
          <entry>
            <id>tag:example.org,2019:2</id>
            <title>Plain &lt;title&gt;</title>
            <author><name>Jane</name><email>jane@example.org</email></author>
            <updated>2019-03-01</updated>
          </entry>
        </feed>
        """);
    Channel c = f.channel();
    assertThat(c.title()).isEqualTo("Neues &amp; Altes");
    assertThat(c.description()).isEqualTo("Migration policy");
    assertThat(c.link()).isEqualTo("https://example.org/news/");
    assertThat(c.language()).isEqualTo("de-AT");
    assertThat(c.generator()).isEqualTo("Gen");
    assertThat(c.lastBuildDate()).isEqualTo(OffsetDateTime.parse("2019-03-21T12:57:30+01:00"));
    assertThat(c.image().url()).isEqualTo("https://example.org/news/logo.png");

    NewsItem a = f.items().get(0);
    assertThat(a.id()).isEqualTo("tag:example.org,2019:1");
    assertThat(a.title()).isEqualTo("Project News: <b>Kick-off</b>");
    assertThat(a.category()).isEqualTo("Project News");
    assertThat(a.headline()).isEqualTo("Kick-off");
    assertThat(a.link()).isEqualTo("https://example.org/news/2019/kick-off.html");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-03-21T12:57:30+01:00"));
    assertThat(a.teaser()).isEqualTo("Short <b> text");
    assertThat(a.bodyHtml()).isEqualTo("<p>See <a href=\"ibm/\">the project</a>.</p>");
    assertThat(a.text()).isEqualTo("See the project.");
    assertThat(a.links()).containsExactly(new Link("the project", "https://example.org/projects/ibm/"));
    assertThat(a.authors()).containsExactly("Desk"); // inherited from the feed
    assertThat(a.categories()).containsExactly("borders", "Only a label");
    assertThat(a.language()).isEqualTo("en"); // the body's xml:lang
    assertThat(a.diagnostics()).isEmpty();

    NewsItem b = f.items().get(1);
    assertThat(b.title()).isEqualTo("Plain &lt;title&gt;");
    assertThat(b.headline()).isEqualTo("Plain <title>");
    assertThat(b.authors()).containsExactly("Jane");
    assertThat(b.published()).isEqualTo(OffsetDateTime.parse("2019-03-01T00:00Z"));
    assertThat(b.language()).isEqualTo("de-AT");
    assertThat(b.link()).isNull();
  }

  @Test
  void atom03ModesAndDates() {
    Feed f = READER.readAll("""
        <feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:base="http://example.com/a/b/">
          <title>Old</title>
          <tagline>Tagline</tagline>
          <link rel="alternate" type="text/html" href="../"/>
          <modified>2004-01-01T19:48:21Z</modified>
          <entry>
            <title mode="escaped" type="text/html">Escaped &lt;i&gt;title&lt;/i&gt;</title>
            <link rel="alternate" type="text/html" href="one"/>
            <id>urn:one</id>
            <issued>2003-12-31T10:14:55Z</issued>
            <modified>2004-01-01T19:48:21Z</modified>
            <content type="text/html" mode="base64">PHA+Qm9keTwvcD4=</content>
            <summary type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">In <b>XML</b></div></summary>
          </entry>
        </feed>
        """);
    assertThat(f.channel().description()).isEqualTo("Tagline");
    assertThat(f.channel().link()).isEqualTo("http://example.com/a/");
    assertThat(f.channel().lastBuildDate()).isEqualTo(OffsetDateTime.parse("2004-01-01T19:48:21Z"));
    NewsItem e = f.items().get(0);
    assertThat(e.headline()).isEqualTo("Escaped title");
    assertThat(e.link()).isEqualTo("http://example.com/a/b/one");
    assertThat(e.published()).isEqualTo(OffsetDateTime.parse("2003-12-31T10:14:55Z"));
    assertThat(e.bodyHtml()).isEqualTo("<p>Body</p>");
    assertThat(e.teaser()).isEqualTo("In XML");
  }

  @Test
  void atomInsideRss() {
    Feed f = READER.readAll("""
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel><title>T</title><link>https://example.org/</link>
            <item>
              <atom:link rel="alternate" href="https://example.org/a"/>
              <guid isPermaLink="false">id-1</guid>
              <dc:creator>Ann</dc:creator><dc:subject>Asylum</dc:subject>
              <dc:date>2019-03-01T10:00:00+01:00</dc:date>
            </item>
          </channel>
        </rss>
        """);
    NewsItem i = f.items().get(0);
    assertThat(i.link()).isEqualTo("https://example.org/a");
    assertThat(i.id()).isEqualTo("id-1");
    assertThat(i.authors()).containsExactly("Ann");
    assertThat(i.categories()).containsExactly("Asylum");
    assertThat(i.published()).isEqualTo(OffsetDateTime.parse("2019-03-01T10:00:00+01:00"));
  }
}
