package org.policyfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policyfeed.internal.DirectScan;
import org.policyfeed.model.Channel;
import org.policyfeed.model.NewsItem;
import org.policyfeed.testing.GeneratedFeed;

/**
 * Input held whole ({@code open(byte[])}) is read directly by the XML parser when {@link DirectScan} admits
 * it, and read again on the lenient path at the first problem. Either way the caller must see exactly
 * what the lenient path ({@code open(InputStream)}) gives: the channel before and after the items, every
 * item, every diagnostic, the charset, and the same exception at the same item.
 *
 * <p>Inputs: the seed feed, every file under {@code src/test/resources}, the feedparser corpus in
 * {@code ../shared/conformance/feedparser} when present, generated feeds, and generated feeds with an
 * error (invented for these tests) put into a late item, so that the direct read has handed out items
 * before it starts over.
 */
class DirectReadTest {
  private static final FeedReader READER = FeedReader.builder().build();
  private static final FeedReader RAW = FeedReader.builder().plainText(false).build();

  /** What a read gives: the channel before and after iteration, the items, the charset, or an exception. */
  record Outcome(Channel before, List<NewsItem> items, Channel after, String charset, String failure) {}

  private static Outcome read(FeedReader reader, Function<FeedReader, FeedStream> open) {
    Channel before = null;
    List<NewsItem> items = new ArrayList<>();
    String charset = null;
    try (FeedStream s = open.apply(reader)) {
      before = s.channel();
      charset = s.charset();
      for (NewsItem item : s) {
        items.add(item);
      }
      return new Outcome(before, items, s.channel(), charset, null);
    } catch (FeedException e) {
      return new Outcome(before, items, null, charset, e.getClass().getName() + " " + e.code() + " " + e.line()
          + ":" + e.column() + " " + e.getMessage());
    } catch (RuntimeException e) {
      return new Outcome(before, items, null, charset, e.getClass().getName() + " " + e.getMessage());
    }
  }

  /**
   * Asserts that both paths give the same, for the bytes and for the text they decode to as UTF-8;
   * returns whether the bytes can be read directly at all.
   */
  private static boolean assertSame(FeedReader reader, byte[] bytes, String name) {
    assertSame(read(reader, r -> r.open(new ByteArrayInputStream(bytes))), read(reader, r -> r.open(bytes)), name);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertSame(read(reader, r -> r.open(new StringReader(text))), read(reader, r -> r.open(text)), name + " (text)");
    return DirectScan.start(bytes, Limits.defaults()) >= 0;
  }

  private static void assertSame(Outcome lenient, Outcome direct, String name) {    assertThat(direct.failure()).as(name + ": failure").isEqualTo(lenient.failure());
    assertThat(direct.charset()).as(name + ": charset").isEqualTo(lenient.charset());
    assertThat(direct.before()).as(name + ": channel before the items").isEqualTo(lenient.before());
    assertThat(direct.items().size()).as(name + ": number of items").isEqualTo(lenient.items().size());
    for (int i = 0; i < lenient.items().size(); i++) {
      assertThat(direct.items().get(i)).as(name + ": item " + i).isEqualTo(lenient.items().get(i));
    }
    assertThat(direct.after()).as(name + ": channel after the items").isEqualTo(lenient.after());
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static byte[] generated(int items, int paragraphs) throws IOException {
    try (InputStream in = new GeneratedFeed(items, paragraphs)) {
      return in.readAllBytes();
    }
  }

  @Test
  void seedAndTestResourcesReadTheSameDirectly() throws IOException {
    byte[] seed = Files.readAllBytes(Path.of("testdata/icmpd-news-2019-03.rss"));
    assertThat(assertSame(READER, seed, "seed")).as("the seed is read directly").isTrue();
    for (Path f : files(Path.of("src/test/resources"))) {
      assertSame(READER, Files.readAllBytes(f), f.toString());
    }
  }

  @Test
  void generatedFeedsReadTheSameDirectly() throws IOException {
    for (int paragraphs : new int[] {0, 2, 6}) {
      byte[] feed = generated(60, paragraphs);
      assertThat(assertSame(READER, feed, "generated " + paragraphs)).as("generated feeds are read directly")
          .isTrue();
    }
    assertThat(assertSame(RAW, generated(300, 6), "generated, parse only")).isTrue();
  }

  @Test
  void theFeedparserCorpusReadsTheSameDirectly() throws IOException {
    List<Path> corpus = files(Path.of("../shared/conformance/feedparser"));
    int direct = 0;
    for (Path f : corpus) {
      if (assertSame(RAW, Files.readAllBytes(f), f.toString())) {
        direct++;
      }
    }
    System.out.println("DirectReadTest: " + direct + " of " + corpus.size() + " corpus files are read directly");
  }

  // ---------------------------------------------------------------- errors after some items

  /** A generated feed with {@code replacement} in place of the first occurrence of {@code target} in item 5. */
  private static byte[] withLateError(String target, String replacement) throws IOException {
    String feed = new String(generated(12, 1), StandardCharsets.UTF_8);
    int at = 0;
    for (int i = 0; i < 5; i++) {
      at = feed.indexOf("<item>", at) + 1;
    }
    int t = feed.indexOf(target, at);
    assertThat(t).as(target + " in item 5").isPositive();
    return (feed.substring(0, t) + replacement + feed.substring(t + target.length())).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anErrorInTheFifthItemRestartsOnTheLenientPath() throws IOException {
    String[][] errors = {
        {"</title>", " &eacute;&foo; </title>"}, // an HTML entity and an undeclared one
        {"</title>", " AT&T </title>"}, // a bare ampersand
        {"</title>", "</titel>"}, // a mismatched end tag
        {"</title>", "<b></title></b>"}, // an element left open, a stray end tag
        {"</title>", "\u0001</title>"}, // a character XML forbids
        {"<title>", "<dc:title>x</dc:title><title>"}, // an undeclared prefix
        {"<title>", "<title lang=\"a\" lang=\"b\">"}, // a duplicate attribute
        {"<title>", "<title xmlns:p=\"\">"}, // an empty namespace name
        {"</title>", "]]></title>"}, // ']]>' in text, which the filter escapes without a note
    };
    for (String[] e : errors) {
      byte[] feed = withLateError(e[0], e[1]);
      assertThat(DirectScan.start(feed, Limits.defaults())).as(e[1] + " is left to the XML parser").isPositive();
      Outcome lenient = read(READER, r -> r.open(new ByteArrayInputStream(feed)));
      assertThat(lenient.items()).hasSizeGreaterThan(4);
      if (!e[1].contains("]]>")) {
        assertThat(lenient.items().get(4).diagnostics().size() + lenient.after().diagnostics().size())
            .as(e[1] + " is reported").isPositive();
      }
      assertSame(READER, feed, e[1]);
      assertSame(RAW, feed, e[1] + ", parse only");
    }
  }

  @Test
  void whatTheScanTurnsAwayIsReadTheSame() throws IOException {
    String[][] changes = {
        {"</title>", " 3 < 4</title>"}, // a bare '<'
        {"<title>", "<title a=1>"}, // an unquoted attribute
        {"</item>", "</item></channel></rss><rss>"}, // content after the root element
        {"</title>", "\u0085</title>"}, // a C1 control: Windows-1252 with a note
        {"</title>", "&#x96;</title>"}, // the same as a reference
        {"</title>", "&#0000000065;</title>"}, // more digits than the filter takes
        {"</title>", "</title ><x/>"}, // white space the filter drops, before a start tag on the same line
        {"<title>", "<title  lang=\"en\"><x/>"}, // the same in a start tag
        {"<title>", "<title lang='\"'><x/>"}, // a quote the filter escapes
        {"</title>", " a > b</title><x>y</x>"}, // '>' written as &gt; before a start tag
    };
    for (String[] c : changes) {
      byte[] feed = withLateError(c[0], c[1]);
      assertThat(DirectScan.start(feed, Limits.defaults())).as(c[1]).isEqualTo(DirectScan.NO);
      assertSame(READER, feed, c[1]);
    }
    byte[] overlong = withLateError("</title>", "</title>");
    String s = new String(overlong, StandardCharsets.ISO_8859_1).replaceFirst("</title>", "\u00c1\u0081</title>");
    byte[] bad = s.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(DirectScan.start(bad, Limits.defaults())).as("an overlong UTF-8 form").isEqualTo(DirectScan.NO);
    assertSame(READER, bad, "overlong");
  }

  @Test
  void whatTheScanTurnsAwayInABodyIsReadTheSame() throws IOException {
    // invented: bytes the lenient path reads differently, at the end of a CDATA body and deep inside a long one
    String[] odd = {"\u00c2\u0085", "\u00c1\u0081", "\u00c0\u00bc", "\u00e0\u0080\u0080", "\u00f0\u0080\u0080\u0080"};
    String feed = new String(withLateError("]]></content:encoded>", "]]></content:encoded>"),
        StandardCharsets.ISO_8859_1);
    int body = feed.indexOf("]]></content:encoded>", feed.indexOf("<item>", feed.length() / 2));
    String filler = "x".repeat(20_000);
    for (String o : odd) {
      for (String at : new String[] {o, filler + o, filler + filler + "\u00c2\u00a0" + o}) {
        byte[] bad = (feed.substring(0, body) + at + feed.substring(body)).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(DirectScan.start(bad, Limits.defaults())).as(at.length() + " bytes").isEqualTo(DirectScan.NO);
        assertSame(READER, bad, "body + " + at.length() + " bytes");
      }
    }
    // the same long body without them is read directly
    byte[] clean = (feed.substring(0, body) + filler + "]] ] \u00c2\u00a0" + filler + feed.substring(body))
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(DirectScan.start(clean, Limits.defaults())).isNotEqualTo(DirectScan.NO);
    assertThat(assertSame(READER, clean, "long body")).isTrue();
  }

  @Test
  void theSameLimitErrorAfterSomeItems() throws IOException {
    byte[] feed = generated(12, 1);
    FeedReader fewItems = FeedReader.builder().limits(Limits.builder().maxItems(7).build()).build();
    assertSame(fewItems, feed, "maxItems 7");
    FeedReader shortTexts = FeedReader.builder().limits(Limits.builder().maxTextLength(feed.length - 1).build())
        .build();
    assertSame(shortTexts, feed, "maxTextLength below the document's length");
    byte[] deep = withLateError("<link>", "<a><b><c><d><e><f><g></g></f></e></d></c></b></a><link>");
    Limits depth8 = Limits.builder().maxElementDepth(8).build();
    FeedReader shallow = FeedReader.builder().limits(depth8).build();
    assertThat(DirectScan.start(deep, depth8)).as("deeper than the limit: the filter's error").isEqualTo(DirectScan.NO);
    Outcome lenient = read(shallow, r -> r.open(new ByteArrayInputStream(deep)));
    Outcome direct = read(shallow, r -> r.open(deep));
    assertThat(direct.failure()).isEqualTo(lenient.failure()).contains("limit-element-depth");
    assertSame(shallow, deep, "depth");
    byte[] deepEmpty = withLateError("<link>", "<a><b><c><d><e><f/></e></d></c></b></a><link>");
    assertThat(DirectScan.start(deepEmpty, depth8)).as("an empty element: the parser's error").isPositive();
    assertThat(read(shallow, r -> r.open(deepEmpty)).failure()).contains("limit-element-depth");
    assertSame(shallow, deepEmpty, "depth, empty element");
    byte[] longTitle = withLateError("</title>", "x".repeat(5000) + "</title>");
    FeedReader tight = FeedReader.builder().limits(Limits.builder().maxTextLength(4000).build()).build();
    assertSame(tight, longTitle, "a title over maxTextLength");
  }

  @Test
  void textWithLoneSurrogatesOrAnyDeclaredEncodingReadsTheSame() throws IOException {
    String feed = new String(generated(8, 1), StandardCharsets.UTF_8);
    String latin = feed.replaceFirst("utf-8", "ISO-8859-1");
    String lone = feed.replaceFirst("</title>", "\uD800</title>");
    for (String v : new String[] {latin, lone, "\uFEFF" + feed, "\uFEFF\uFEFF" + feed}) {
      assertSame(read(READER, r -> r.open(new StringReader(v))), read(READER, r -> r.open(v)), v.substring(0, 50));
    }
    assertThat(DirectScan.startOfText(latin.getBytes(StandardCharsets.UTF_8), Limits.defaults()))
        .as("the declared encoding does not matter for text").isPositive();
    assertThat(DirectScan.pairedSurrogates(lone)).isFalse();
    assertThat(READER.open(feed).charset()).isNull();
  }

  @Test
  void restartsWithAnExecutorGiveTheSameItems() throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      FeedReader ahead = FeedReader.builder().executor(pool, 4).build();
      assertSame(ahead, withLateError("</title>", " AT&T </title>"), "bare ampersand, executor");
      assertSame(ahead, generated(20, 1), "generated, executor");
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void errorsBeforeTheFirstItemAndAfterTheLast() throws IOException {
    String feed = new String(generated(6, 1), StandardCharsets.UTF_8);
    String[] variants = {
        feed.replaceFirst("<title>", "<title>&nbsp;"), // in the channel, before any item
        feed.replace("</channel>", "<copyright>&copy;</copyright></channel>"), // after the items
        feed + "trailing text", // after the root
        feed.substring(0, feed.length() - 30), // cut off
        feed.replaceFirst("<channel>", "<channel><!DOCTYPE x>"),
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + feed.substring(feed.indexOf("?>") + 2),
        "\uFEFF" + feed,
        "\n" + feed, // white space before the XML declaration
        feed.replaceFirst("<\\?xml version=\"1.0\" encoding=\"utf-8\"\\?>", ""),
        feed.replaceFirst("<rss ", "<rss  "),
    };
    for (String v : variants) {
      String name = v.length() > 60 ? v.substring(0, 60) : v;
      assertSame(READER, v.getBytes(StandardCharsets.UTF_8), name);
    }
    assertSame(READER, "<html><head><title>x</title></head></html>".getBytes(StandardCharsets.UTF_8), "html");
    assertSame(READER, "".getBytes(StandardCharsets.UTF_8), "empty");
    assertSame(READER, "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"
        .getBytes(StandardCharsets.UTF_8), "json");
    assertThat(Objects.requireNonNull(READER.open(generated(2, 1)).charset())).isEqualTo("UTF-8");
  }
}
