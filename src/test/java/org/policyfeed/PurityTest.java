package org.policyfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policyfeed.cli.Main;
import org.policyfeed.testing.ChildJvm;

/**
 * The library does no file, network or clock access of its own: only the CLI opens files. This scans
 * the library's sources for the APIs that would do it, and reads feeds under other JVM defaults.
 */
class PurityTest {
  static final Pattern FORBIDDEN = Pattern.compile(
      "\\bjava\\.nio\\.file\\b|\\bjava\\.io\\.File\\b|\\bFileInputStream\\b|\\bFileOutputStream\\b|\\bFileReader\\b"
          + "|\\bjava\\.net\\.(?:URL|Socket|HttpURLConnection|http)\\b|\\bHttpClient\\b|\\bopenConnection\\b"
          + "|\\bSystem\\.currentTimeMillis\\b|\\bSystem\\.nanoTime\\b|\\bClock\\b|\\b(?:LocalDate|LocalDateTime|OffsetDateTime|ZonedDateTime|Instant)\\.now\\b"
          + "|\\bSystem\\.getenv\\b|\\bSystem\\.getProperty\\b");

  @Test
  void onlyTheCliTouchesFilesNetworkOrClock() throws IOException {
    Path root = Path.of("src/main/java/org/policyfeed");
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (f.startsWith(root.resolve("cli"))) {
          continue;
        }
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = FORBIDDEN.matcher(lines.get(i));
          if (m.find() && !lines.get(i).strip().startsWith("*") && !lines.get(i).strip().startsWith("//")) {
            hits.add(f + ":" + (i + 1) + ": " + m.group());
          }
        }
      }
    }
    assertThat(hits).isEmpty();
  }

  @Test
  void theScanFindsWhatItLooksFor() {
    assertThat(FORBIDDEN.matcher("Files.readString(java.nio.file.Path.of(x))").find()).isTrue();
    assertThat(FORBIDDEN.matcher("OffsetDateTime.now()").find()).isTrue();
    assertThat(FORBIDDEN.matcher("new java.net.URL(u).openConnection()").find()).isTrue();
    assertThat(FORBIDDEN.matcher("OffsetDateTime.parse(s)").find()).isFalse();
  }

  /**
   * Nor does it read the JVM's defaults: a Turkish locale (where "I" lower-cases to a dotless "ı"), a time zone
   * fourteen hours ahead of UTC and Latin-1 as the default charset give the same JSON Lines for the bundled feed
   * and the extraction sets as English, UTC and the usual charset, each in a JVM of its own (so that tables built
   * when a class loads see the setting too).
   */
  @Test
  void theOutputDoesNotDependOnTheJvmsDefaultLocaleTimeZoneOrCharset() throws Exception {
    List<String> cli = List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--format", "jsonl",
        "--no-progress", "testdata/icmpd-news-2019-03.rss", "src/test/resources/extract/own-items.rss",
        "src/test/resources/extract/holdout-items.rss");
    List<String> usual = new ArrayList<>(List.of("-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC",
        "-Dfile.encoding=UTF-8"));
    usual.addAll(cli);
    List<String> other = new ArrayList<>(List.of("-Duser.language=tr", "-Duser.country=TR",
        "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1"));
    other.addAll(cli);
    String expected = ChildJvm.run(usual.toArray(new String[0]));
    assertThat(expected.lines().count()).isGreaterThan(40);
    assertThat(ChildJvm.run(other.toArray(new String[0]))).isEqualTo(expected);
  }
}
