package org.policyfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool: formats, exit status, one-line errors. */
class MainTest {
  static final String FEED = "testdata/icmpd-news-2019-03.rss";

  record Run(int status, String out, String err) {}

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin)).run(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(new byte[0], args);
  }

  @Test
  void jsonLinesHasTenItemsWithEveryContractKey() throws IOException {
    Run r = run("--format", "jsonl", FEED);
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(10);
    ObjectMapper m = new ObjectMapper();
    for (String line : lines) {
      JsonNode item = m.readTree(line);
      for (String key : "id title category headline link published authors categories teaser teaserTruncated text bodyHtml links persons projects deadlines events repairs diagnostics".split(" ")) {
        assertThat(item.has(key)).as(key).isTrue();
      }
      assertThat(item.get("link").asText()).startsWith("https://www.icmpd.org/news-centre/");
      assertThat(item.get("published").asText()).matches("2019-0[23]-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+01:00");
    }
  }

  @Test
  void noEntitiesKeepsTheTextAndEmptiesTheEntityLists() throws IOException {
    Run plain = run("--format", "jsonl", "--no-entities", FEED);
    Run full = run("--format", "jsonl", FEED);
    assertThat(plain.status()).isZero();
    ObjectMapper m = new ObjectMapper();
    String[] p = plain.out().split("\n");
    String[] f = full.out().split("\n");
    assertThat(p).hasSameSizeAs(f).hasSize(10);
    int found = 0;
    for (int i = 0; i < p.length; i++) {
      JsonNode pi = m.readTree(p[i]);
      JsonNode fi = m.readTree(f[i]);
      assertThat(pi.get("text")).isEqualTo(fi.get("text"));
      assertThat(pi.get("repairs")).isEqualTo(fi.get("repairs"));
      for (String kind : List.of("persons", "projects", "deadlines", "events")) {
        assertThat(pi.get(kind)).as(kind).isEmpty();
        found += fi.get(kind).size();
      }
    }
    assertThat(found).isPositive();
  }

  @Test
  void jsonIsOneDocumentWithChannelAndItems() throws IOException {
    Run r = run("--format=json", FEED);
    assertThat(r.status()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("channel").get("title").asText()).isEqualTo("www.icmpd.org");
    assertThat(doc.get("items")).hasSize(10);
  }

  @Test
  void textListsEveryItem() {
    Run r = run(FEED);
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("1. 2019-03-21 12:57 +01:00  [Project News]", "[Expert Voice]",
        "[ICMPD Around the Globe]", "10 items").contains("   | Among the guests were:");
  }

  @Test
  void standardInputIsRead() throws IOException {
    Run r = run(Files.readAllBytes(Path.of(FEED)), "--format", "jsonl", "-");
    assertThat(r.status()).isZero();
    assertThat(r.out().split("\n")).hasSize(10);
  }

  @Test
  void helpExplainsEverything() {
    Run r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("--format text", "--format json", "--format jsonl", "--strict", "--no-repairs",
        "--no-entities", "Exit status");
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(run().status()).isEqualTo(2);
    assertThat(run("--format", "xml", FEED).status()).isEqualTo(2);
    assertThat(run("--bogus", FEED).status()).isEqualTo(2);
    assertThat(run("--format").status()).isEqualTo(2);
  }

  @Test
  void missingFileIsOneLineAndExit1() {
    Run r = run("no/such/feed.rss");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("policyfeed: no/such/feed.rss: no such file");
  }

  @Test
  void notAFeedIsOneLineAndExit1(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("error.html");
    Files.writeString(html, "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>");
    Run r = run(html.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("an HTML document (title '502 Bad Gateway'), not a feed").doesNotContain("\tat ");
  }

  @Test
  void strictTurnsADiagnosticIntoAnError(@TempDir Path dir) throws IOException {
    Path feed = dir.resolve("two-digit-year.rss"); // invented: a date with a two-digit year
    Files.writeString(feed, "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title>"
        + "<link>https://example.org/a</link><pubDate>Thu, 21 Mar 19 12:57:30 +0100</pubDate></item>"
        + "</channel></rss>");
    Run lenient = run(feed.toString());
    assertThat(lenient.status()).isZero();
    assertThat(lenient.err()).contains("item 1: line 1", "warning date-two-digit-year");
    Run strict = run("--strict", feed.toString());
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.err().strip()).startsWith("policyfeed: ").contains("two-digit year").contains("(line 1");
  }

  @Test
  void severalFilesAreReadInParallelAndKeepTheirOrder(@TempDir Path dir) throws IOException {
    // invented feeds: file i has i+1 items whose links name the file
    for (int i = 0; i < 6; i++) {
      StringBuilder items = new StringBuilder();
      for (int k = 0; k <= i; k++) {
        items.append("<item><title>t</title><link>https://example.org/f").append(i).append("/").append(k)
            .append("</link><description>").append("x".repeat(2000 * (6 - i))).append("</description></item>");
      }
      Files.writeString(dir.resolve("feed-" + i + ".rss"), "<rss version=\"2.0\"><channel><title>f" + i
          + "</title>" + items + "</channel></rss>");
    }
    Files.writeString(dir.resolve(".hidden"), "not read");
    Run r = run("--format", "jsonl", "--jobs", "3", dir.toString());
    assertThat(r.status()).isZero();
    ObjectMapper m = new ObjectMapper();
    List<String> links = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      links.add(m.readTree(line).get("link").asText());
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      for (int k = 0; k <= i; k++) {
        expected.add("https://example.org/f" + i + "/" + k);
      }
    }
    assertThat(links).isEqualTo(expected);
  }

  @Test
  void oneBadFileDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("a-bad.rss");
    Files.writeString(bad, "<html><head><title>404 Not Found</title></head></html>");
    Run r = run("--format", "jsonl", bad.toString(), FEED);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out().split("\n")).hasSize(10);
    assertThat(r.err().strip()).isEqualTo("policyfeed: " + bad + ": an HTML document (title '404 Not Found'), not a feed");
  }

  @Test
  void textFormatHeadsEachFileWhenThereAreSeveral() {
    Run r = run("--no-progress", FEED, FEED);
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("== " + FEED + "\n");
    assertThat(r.out().split("== " + FEED, -1)).hasSize(3);
  }

  @Test
  void progressLineSaysBytesItemsRateAndTimeLeft() {
    assertThat(Progress.line(370_200_000L, 12_345, 4_000_000_000L, 1_000_000_000L))
        .isEqualTo(" 37% 370.2/1000.0 MB  12,345 items  92.6 MB/s  0:06 left");
    assertThat(Progress.line(5_000_000L, 3, 1_000_000_000L, 0)).isEqualTo("5.0 MB  3 items  5.0 MB/s");
  }

  @Test
  void forcedProgressIsErasedWhenDone(@TempDir Path dir) throws IOException {
    Run r = run("--progress", "--format", "jsonl", FEED);
    assertThat(r.status()).isZero();
    // drawn or not (that depends on how long the run takes), no progress line is left after the last erase
    String err = r.err();
    int erase = err.lastIndexOf("\r\033[K");
    assertThat(erase < 0 ? err : err.substring(erase + 4)).doesNotContain("items  ");
    assertThat(run("--jobs", "0", FEED).status()).isEqualTo(2);
    assertThat(run("-", FEED).status()).isEqualTo(2);
  }
}
