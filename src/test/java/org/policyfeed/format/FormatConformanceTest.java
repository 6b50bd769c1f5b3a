package org.policyfeed.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyfeed.FeedException;
import org.policyfeed.FeedReader;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.Feed;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Severity;

/**
 * The feedparser corpus ({@code ../shared/conformance/feedparser/}) for the folders that test formats:
 * RSS 1.0, Atom 1.0 and 0.3, {@code xml:base}, {@code xml:lang}, namespaces and XML. Each case's
 * expectations ({@code expectations.jsonl}) are mapped onto our records by {@link FeedparserPaths};
 * paths with no counterpart are counted as not applicable, by name. A well-formed case must also give
 * no error diagnostic. Cases under {@code base/} named {@code http_*} resolve against the URL the feed
 * was fetched from or an HTTP {@code Content-Location}, which the library never sees: not applicable.
 *
 * <p>Each folder must pass at least 95% of its mapped checks. The figures are written to
 * {@code target/conformance-formats/<folder>.txt}. Skipped when {@code ../shared} is absent.
 */
class FormatConformanceTest {
  static final Path ROOT = Path.of("../shared/conformance/feedparser");
  static final double REQUIRED = 0.95;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FeedReader READER = FeedReader.builder().repairs(false).build();

  @ParameterizedTest(name = "wellformed/{0}")
  @ValueSource(strings = {"rdf", "atom10", "atom", "base", "lang", "namespace", "xml"})
  void folder(String folder) throws IOException {
    Path expectations = ROOT.resolve("expectations.jsonl");
    assumeTrue(Files.isRegularFile(expectations),
        "skipped: the feedparser corpus is not at " + expectations.toAbsolutePath().normalize()
            + " (run from the project root with ../shared present)");
    String prefix = "wellformed/" + folder + "/";
    int cases = 0;
    int mapped = 0;
    int passed = 0;
    int notApplicable = 0;
    List<String> failures = new ArrayList<>();
    Map<String, Integer> unmapped = new TreeMap<>();
    try (BufferedReader lines = Files.newBufferedReader(expectations, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        JsonNode c = JSON.readTree(line);
        String file = c.get("file").asText();
        if (!file.startsWith(prefix)) {
          continue;
        }
        cases++;
        String name = file.substring(prefix.length());
        boolean needsDocumentUrl = folder.equals("base") && name.startsWith("http_")
            || c.has("http_headers");
        Feed feed = null;
        String error = null;
        try (InputStream in = Files.newInputStream(ROOT.resolve(file))) {
          feed = READER.readAll(in);
        } catch (FeedException | IOException e) {
          error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (c.path("bozo").isBoolean() && !c.get("bozo").asBoolean()) {
          mapped++;
          List<Diagnostic> errors = feed == null ? List.of() : errors(feed);
          if (feed != null && errors.isEmpty()) {
            passed++;
          } else {
            failures.add(name + " [not bozo]: " + (error != null ? error : errors));
          }
        }
        for (JsonNode check : c.path("checks")) {
          String key = FeedparserPaths.key(check.get("path"));
          if (needsDocumentUrl) {
            notApplicable++;
            unmapped.merge(key + " (needs the document URL or HTTP headers)", 1, Integer::sum);
            continue;
          }
          if (feed == null) {
            FeedparserPaths.Outcome o = FeedparserPaths.check(new Feed(
                new org.policyfeed.model.Channel(null, null, null, null, null, null, null, null, null), List.of()),
                check.get("path"), check.get("op").asText(), check.get("value"));
            if (o.mapped()) {
              mapped++;
              failures.add(name + " [" + key + "]: " + error);
            } else {
              notApplicable++;
              unmapped.merge(key, 1, Integer::sum);
            }
            continue;
          }
          FeedparserPaths.Outcome o = FeedparserPaths.check(feed, check.get("path"), check.get("op").asText(),
              check.get("value"));
          if (!o.mapped()) {
            notApplicable++;
            unmapped.merge(key, 1, Integer::sum);
          } else {
            mapped++;
            if (o.passed()) {
              passed++;
            } else {
              failures.add(name + " [" + key + "]: " + o.detail());
            }
          }
        }
      }
    }
    double rate = mapped == 0 ? 1.0 : (double) passed / mapped;
    StringBuilder report = new StringBuilder();
    report.append("folder wellformed/").append(folder).append(": cases ").append(cases)
        .append(", checks mapped ").append(mapped).append(", passed ").append(passed)
        .append(String.format(java.util.Locale.ROOT, " (%.1f%%)", rate * 100))
        .append(", not applicable ").append(notApplicable).append('\n');
    failures.forEach(f -> report.append("  FAIL ").append(f).append('\n'));
    unmapped.forEach((k, v) -> report.append("  n/a ").append(k).append(" ×").append(v).append('\n'));
    Path out = Path.of("target/conformance-formats/" + folder + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println(report.substring(0, report.indexOf("\n")) + "; failures in " + out.toAbsolutePath());
    assertThat(cases).as("cases in wellformed/%s", folder).isPositive();
    assertThat(rate).as("share of mapped checks passed in wellformed/%s:%n%s", folder, report)
        .isGreaterThanOrEqualTo(REQUIRED);
  }

  private static List<Diagnostic> errors(Feed feed) {
    List<Diagnostic> out = new ArrayList<>();
    feed.channel().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(out::add);
    for (NewsItem n : feed.items()) {
      n.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(out::add);
    }
    return out;
  }
}
