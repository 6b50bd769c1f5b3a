package org.policyfeed.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.Limits;
import org.policyfeed.model.NewsItem;

/**
 * The text repair stage on one item with a large body, through the public reader: a feed of one item
 * whose {@code content:encoded} holds {@code sizeMb} of text. {@code repairs} off is the baseline
 * (parsing and HTML-to-text); the difference is the repair stage.
 *
 * <p>Shapes: {@code repeated}, one sentence repeated (about 250,000 times at 10 MB), everything after the
 * first copy removed as one repair; {@code distinct}, distinct sentences in paragraphs, nothing to repair;
 * {@code damaged}, distinct sentences with run-together ends, no-break-space runs, mojibake and a glued
 * repeat every few sentences.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class RepairBenchmark {

  @Param({"1", "10"})
  public int sizeMb;

  @Param({"repeated", "distinct", "damaged"})
  public String shape;

  @Param({"true", "false"})
  public boolean repairs;

  private byte[] feed;
  private FeedReader reader;

  @Setup(Level.Trial)
  public void setUp() {
    int size = sizeMb * 1024 * 1024;
    String body = switch (shape) {
      case "repeated" -> repeated(size);
      case "distinct" -> distinct(size, false);
      default -> distinct(size, true);
    };
    feed = feed(body).getBytes(StandardCharsets.UTF_8);
    reader = FeedReader.builder().repairs(repairs)
        .limits(Limits.builder().maxTextLength(size * 2).build()).build();
  }

  @Benchmark
  public int readOneLargeItem() {
    try (FeedStream stream = reader.open(feed)) {
      int n = 0;
      for (NewsItem item : stream) {
        n += item.text().length() + item.repairs().size();
      }
      return n;
    }
  }

  static String repeated(int size) {
    String s = "The Summer School selection procedure will take place until 30 April 2019. ";
    StringBuilder sb = new StringBuilder(size + s.length());
    sb.append("<p>");
    while (sb.length() < size) {
      sb.append(s);
    }
    return sb.append("</p>").toString();
  }

  static String distinct(int size, boolean damaged) {
    String[] words = {"migration", "border", "policy", "dialogue", "partners", "training", "experts", "Vienna",
        "ministers", "agreed", "project", "support", "countries", "reception", "return", "labour", "München"};
    Random rnd = new Random(42);
    StringBuilder sb = new StringBuilder(size + 400);
    sb.append("<p>");
    int n = 0;
    while (sb.length() < size) {
      StringBuilder sentence = new StringBuilder("In ").append(1900 + n % 200).append(" meeting ").append(n);
      for (int w = 0, k = 5 + rnd.nextInt(12); w < k; w++) {
        String word = words[rnd.nextInt(words.length)];
        if (damaged && n % 11 == 0 && word.equals("München")) {
          word = "MÃ¼nchen";
        }
        sentence.append(damaged && n % 13 == 0 && w == 2 ? "&nbsp;&nbsp;" : " ").append(word);
      }
      sentence.append('.');
      if (damaged && n % 17 == 0) {
        String s = sentence.toString();
        sb.append(s, 0, s.length() / 2); // a fragment glued onto the full copy
      }
      sb.append(sentence);
      n++;
      sb.append(n % 7 == 0 ? "</p>\n<p>" : damaged && n % 5 == 0 ? "" : " ");
    }
    return sb.append("</p>").toString();
  }

  static String feed(String bodyHtml) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>Bench</title><link>https://example.org/</link><description>one large item</description>"
        + "<item><title>Large item</title><link>https://example.org/large</link><guid>large</guid>"
        + "<description>A teaser...</description><content:encoded><![CDATA[" + bodyHtml
        + "]]></content:encoded></item></channel></rss>";
  }
}
