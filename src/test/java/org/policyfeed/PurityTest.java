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

/**
 * The library does no file, network or clock access of its own: only the CLI opens files. This scans
 * the library's sources for the APIs that would do it.
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
}
