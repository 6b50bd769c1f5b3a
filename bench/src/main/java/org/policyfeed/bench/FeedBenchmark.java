package org.policyfeed.bench;

import com.ctc.wstx.stax.WstxInputFactory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.model.NewsItem;
import org.policyfeed.testing.GeneratedFeed;

/**
 * One feed of about 10 MB, read in several ways in the same run so the ratios compare like with like. The feed is
 * {@link #source}: {@code generated}, invented text in the seed's shape (bodies of a few kilobytes with entities
 * and non-ASCII text, {@link GeneratedFeed}), or {@code seed}, the real items of the bundled ICMPD feed repeated
 * ({@link SeedFeed}), whose text costs the full pipeline several times more per character.
 *
 * <ul>
 *   <li>{@code woodstoxScan}: a raw Woodstox event scan that touches every character of text, the floor
 *       for any StAX design;
 *   <li>{@code woodstoxRecords}: the least a StAX mapper to records can do: Woodstox, each item's title,
 *       link, description, body, date and guid taken as strings with {@code getElementText()} into a
 *       record, nothing checked or converted (the "Woodstox mapped to simple records");
 *   <li>{@code parseOnly}: policyfeed with {@code plainText(false)}: records with {@code bodyHtml}, no
 *       text processing of bodies (headlines and teasers plain text, not repaired);
 *   <li>{@code textOnly}: policyfeed with {@code entities(false)}: plain, repaired text and links, no search
 *       for entities: the output closest to what {@code romeJsoup} gives;
 *   <li>{@code fullPipeline}: policyfeed as configured by default: text, repairs, extraction;
 *   <li>{@code fullPipelineTwoThreads}: the same with {@code executor(pool of 2, 8)}: items converted on two
 *       threads while the caller's thread reads the XML;
 *   <li>{@code romeJsoup}: ROME 2.1 ({@code SyndFeedInput}) plus jsoup's {@code Jsoup.parse(html).text()}
 *       for each body, what a user would pick instead.
 * </ul>
 *
 * <p>One operation reads the whole feed: MB/s is ops/s times the feed's size ({@link #bytes}, printed
 * at setup), items/s is ops/s times {@link #items}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class FeedBenchmark {

  /** The default of {@link #items}: 2,200 items of {@value #PARAGRAPHS} paragraphs make about 10 MB. */
  static final String ITEMS = "2200";
  /** Paragraphs in each item's body. */
  static final int PARAGRAPHS = 6;

  /** Items in the feed. */
  @Param({ITEMS})
  public int items;

  /** {@code generated} ({@link GeneratedFeed}) or {@code seed} (the bundled feed's items repeated, {@link SeedFeed}). */
  @Param({"generated", "seed"})
  public String source;

  private byte[] feed;
  private long bytes;
  private final XMLInputFactory woodstox = new WstxInputFactory();
  private final FeedReader full = FeedReader.builder().build();
  private final FeedReader parseOnly = FeedReader.builder().plainText(false).build();
  private final FeedReader textOnly = FeedReader.builder().entities(false).build();
  private ExecutorService pool;
  private FeedReader fullOnTwoThreads;

  /** Makes the feed once. */
  @Setup
  public void setUp() throws IOException {
    feed = feed(source, items);
    bytes = feed.length;
    pool = Executors.newFixedThreadPool(2);
    fullOnTwoThreads = FeedReader.builder().executor(pool, 8).build();
    woodstox.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    System.out.printf("%nfeed: %s, %d items, %d bytes (%.2f MB)%n", source, items, bytes, bytes / 1e6);
  }

  /** The feed of {@link #source} {@code source} with {@code items} items. */
  static byte[] feed(String source, int items) throws IOException {
    if (source.equals("seed")) {
      return SeedFeed.repeated(items);
    }
    try (GeneratedFeed g = new GeneratedFeed(items, PARAGRAPHS)) {
      return g.readAllBytes();
    }
  }

  /** The floor: every event, every character of text touched. */
  @Benchmark
  public long woodstoxScan() throws XMLStreamException {
    XMLStreamReader r = woodstox.createXMLStreamReader(new ByteArrayInputStream(feed));
    long sum = 0;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        char[] text = r.getTextCharacters();
        int end = r.getTextStart() + r.getTextLength();
        for (int i = r.getTextStart(); i < end; i++) {
          sum += text[i];
        }
      }
    }
    r.close();
    return sum;
  }

  /** The fields a minimal mapper keeps, as strings. */
  record Item(String title, String link, String description, String body, String date, String guid) {}

  /** Woodstox into {@link Item} records: the ceiling for any StAX design that hands out strings. */
  @Benchmark
  public void woodstoxRecords(Blackhole bh) throws XMLStreamException {
    XMLStreamReader r = woodstox.createXMLStreamReader(new ByteArrayInputStream(feed));
    String title = null;
    String link = null;
    String description = null;
    String body = null;
    String date = null;
    String guid = null;
    boolean inItem = false;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("item")) {
          inItem = true;
          title = link = description = body = date = guid = null;
        } else if (inItem) {
          switch (name) {
            case "title" -> title = r.getElementText();
            case "link" -> link = r.getElementText();
            case "description" -> description = r.getElementText();
            case "encoded" -> body = r.getElementText();
            case "pubDate" -> date = r.getElementText();
            case "guid" -> guid = r.getElementText();
            default -> { }
          }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && inItem && r.getLocalName().equals("item")) {
        inItem = false;
        bh.consume(new Item(title, link, description, body, date, guid));
      }
    }
    r.close();
  }

  /** policyfeed, records only. */
  @Benchmark
  public void parseOnly(Blackhole bh) {
    readAll(parseOnly, bh);
  }

  /** policyfeed, text and repairs, no entities. */
  @Benchmark
  public void textOnly(Blackhole bh) {
    readAll(textOnly, bh);
  }

  /** policyfeed, the whole pipeline. */
  @Benchmark
  public void fullPipeline(Blackhole bh) {
    readAll(full, bh);
  }

  private void readAll(FeedReader reader, Blackhole bh) {
    try (FeedStream s = reader.open(feed)) {
      for (NewsItem item : s) {
        bh.consume(item);
      }
    }
  }

  /** Stops the pool of {@link #fullPipelineTwoThreads}. */
  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  /** policyfeed, the whole pipeline, items converted on a pool of two threads (the XML on the caller's). */
  @Benchmark
  public void fullPipelineTwoThreads(Blackhole bh) {
    readAll(fullOnTwoThreads, bh);
  }

  /** ROME plus jsoup text of each body. */
  @Benchmark
  public void romeJsoup(Blackhole bh) throws Exception {
    SyndFeed f = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(feed)));
    for (SyndEntry e : f.getEntries()) {
      for (SyndContent c : e.getContents()) {
        bh.consume(Jsoup.parse(c.getValue()).text());
      }
      bh.consume(e.getTitle());
    }
  }
}
