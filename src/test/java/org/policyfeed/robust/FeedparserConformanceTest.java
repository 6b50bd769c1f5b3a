package org.policyfeed.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedException;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.NotAFeedException;
import org.policyfeed.model.Channel;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Severity;
import org.policyfeed.text.HtmlText;

/**
 * Runs the feedparser corpus in {@code ../shared/conformance/feedparser} (see its README) through the
 * reader and checks, per folder, the bozo flag and every expectation whose feedparser path maps onto
 * our records. The rest is counted as not applicable, by name. Writes
 * {@code target/conformance-report.md}, the source of {@code docs/conformance.md}.
 *
 * <p>Run: {@code mvn -o test -Dtest=FeedparserConformanceTest}; add {@code -Dconformance.all=true} to
 * also report (without asserting) the folders outside this scope.
 */
class FeedparserConformanceTest {
  private static final Path CORPUS = Path.of("../shared/conformance/feedparser");
  /** The folders whose pass rate is asserted. */
  private static final List<String> SCOPE =
      List.of("wellformed/rss", "wellformed/amp", "entities", "encoding", "illformed");
  private static final double TARGET = 0.95;

  /** What one read gave. */
  private record Outcome(@Nullable Channel channel, List<NewsItem> items, @Nullable String charset,
      @Nullable FeedException thrown, @Nullable RuntimeException crash) {

    List<Diagnostic> diagnostics() {
      List<Diagnostic> all = new ArrayList<>();
      if (channel != null) {
        all.addAll(channel.diagnostics());
      }
      items.forEach(i -> all.addAll(i.diagnostics()));
      return all;
    }
  }

  /** Per-folder tally. */
  private static final class Tally {
    int cases;
    int mapped;
    int passed;
    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> unmapped = new TreeMap<>();

    void check(boolean ok, String what) {
      mapped++;
      if (ok) {
        passed++;
      } else {
        failures.add(what);
      }
    }

    double rate() {
      return mapped == 0 ? 1.0 : (double) passed / mapped;
    }
  }

  /** Marks a path that has no counterpart in our records. */
  private static final Object UNMAPPED = new Object();

  @Test
  void feedparserCorpus() throws IOException {
    Path expectations = CORPUS.resolve("expectations.jsonl");
    Assumptions.assumeTrue(Files.exists(expectations),
        "../shared/conformance/feedparser is absent (a user's clone): conformance run skipped");
    boolean all = Boolean.getBoolean("conformance.all");
    ObjectMapper json = new ObjectMapper();
    FeedReader reader = FeedReader.builder().build();
    Map<String, Tally> tallies = new LinkedHashMap<>();
    SCOPE.forEach(f -> tallies.put(f, new Tally()));

    for (String lineText : Files.readAllLines(expectations, StandardCharsets.UTF_8)) {
      if (lineText.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(lineText);
      String file = c.get("file").asText();
      String folder = folderOf(file);
      if (!SCOPE.contains(folder) && !all) {
        continue;
      }
      Tally t = tallies.computeIfAbsent(folder, k -> new Tally());
      t.cases++;
      String skip = c.path("skip_unless").asText("");
      if (skip.contains("chardet")) {
        t.unmapped.merge("case needs statistical charset detection (feedparser skips it without chardet)", 1,
            Integer::sum);
        continue;
      }
      String codec = codecOf(skip);
      if (codec != null && !Charset.isSupported(codec)) {
        t.unmapped.merge("case needs charset " + codec + ", which this JDK lacks", 1, Integer::sum);
        continue;
      }
      Outcome o = read(reader, CORPUS.resolve(file), contentType(c));
      if (o.crash() != null) {
        t.check(false, file + ": crashed with " + o.crash());
        continue;
      }
      JsonNode bozo = c.get("bozo");
      if (bozo != null && !bozo.isNull()) {
        boolean flagged = o.thrown() instanceof NotAFeedException
            || o.diagnostics().stream().anyMatch(d -> d.severity() != Severity.INFO);
        boolean errors = o.thrown() != null
            || o.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (bozo.asBoolean()) {
          t.check(flagged, file + ": bozo expected, but no warning or error (" + o.diagnostics() + ")");
        } else {
          t.check(!errors, file + ": well-formed, but " + (o.thrown() != null ? "threw " + o.thrown()
              : "errors " + o.diagnostics()));
        }
      }
      for (JsonNode check : c.path("checks")) {
        List<Object> path = new ArrayList<>();
        check.get("path").forEach(p -> path.add(p.isInt() ? (Object) p.asInt() : p.asText()));
        String op = check.get("op").asText();
        String name = pathName(path);
        if (o.thrown() != null) {
          t.check(false, file + ": " + name + " " + op + " " + check.get("value") + ": threw " + o.thrown());
          continue;
        }
        Object actual = resolve(path, o);
        if (actual == UNMAPPED) {
          t.unmapped.merge(name, 1, Integer::sum);
          continue;
        }
        JsonNode expected = check.get("value");
        boolean ok = switch (op) {
          case "eq" -> equal(name, expected, actual);
          case "ne" -> !equal(name, expected, actual);
          case "eq-utc" -> actual instanceof OffsetDateTime d
              && d.toInstant().equals(Instant.parse(expected.asText()));
          default -> false;
        };
        t.check(ok, file + ": " + name + " " + op + " " + expected + ", got " + quote(actual));
      }
      JsonNode untranslated = c.get("untranslated");
      if (untranslated != null) {
        untranslated.forEach(u -> t.unmapped.merge("untranslated expression", 1, Integer::sum));
      }
    }

    String report = report(tallies, all);
    Path out = Path.of("target/conformance-report.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println("feedparser conformance report (pass rates and every failed check): " + out.toAbsolutePath());
    for (String folder : SCOPE) {
      Tally t = tallies.get(folder);
      assertThat(t.rate()).as("pass rate of mapped checks in %s; failures: %s", folder, t.failures)
          .isGreaterThanOrEqualTo(TARGET);
    }
  }

  private static Outcome read(FeedReader reader, Path file, @Nullable String contentType) throws IOException {
    try (InputStream in = Files.newInputStream(file); FeedStream s = reader.open(in, contentType)) {
      List<NewsItem> items = new ArrayList<>();
      s.forEach(items::add);
      return new Outcome(s.channel(), items, s.charset(), null, null);
    } catch (FeedException e) {
      return new Outcome(null, List.of(), null, e, null);
    } catch (RuntimeException e) {
      return new Outcome(null, List.of(), null, null, e);
    }
  }

  private static String folderOf(String file) {
    String[] parts = file.split("/");
    return parts[0].equals("wellformed") ? parts[0] + "/" + parts[1] : parts[0];
  }

  private static @Nullable String codecOf(String skipUnless) {
    int at = skipUnless.indexOf("lookup('");
    if (at < 0) {
      return null;
    }
    int end = skipUnless.indexOf('\'', at + 8);
    return end < 0 ? null : skipUnless.substring(at + 8, end);
  }

  private static @Nullable String contentType(JsonNode c) {
    for (JsonNode h : c.path("http_headers")) {
      String s = h.asText();
      int colon = s.indexOf(':');
      if (colon > 0 && s.substring(0, colon).strip().equalsIgnoreCase("content-type")) {
        return s.substring(colon + 1).strip();
      }
    }
    return null;
  }

  private static String pathName(List<Object> path) {
    StringBuilder sb = new StringBuilder();
    for (Object p : path) {
      if (p instanceof Integer) {
        sb.append("[i]");
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(p);
      }
    }
    return sb.toString();
  }

  /** Our value for a feedparser path, or {@link #UNMAPPED}. */
  private static @Nullable Object resolve(List<Object> path, Outcome o) {
    String name = pathName(path);
    Channel ch = o.channel();
    if (name.equals("encoding")) {
      return o.charset();
    }
    if (name.startsWith("feed.") && ch != null) {
      return switch (name) {
        case "feed.title" -> ch.title();
        case "feed.link" -> ch.link();
        case "feed.description", "feed.tagline", "feed.subtitle" -> ch.description();
        case "feed.language" -> ch.language();
        case "feed.generator" -> ch.generator();
        case "feed.docs" -> ch.docs();
        case "feed.updated_parsed", "feed.published_parsed" -> ch.lastBuildDate();
        case "feed.image.url" -> ch.image() == null ? null : ch.image().url();
        case "feed.image.title" -> ch.image() == null ? null : ch.image().title();
        case "feed.image.link" -> ch.image() == null ? null : ch.image().link();
        case "feed.image.width" -> ch.image() == null ? null : ch.image().width();
        case "feed.image.height" -> ch.image() == null ? null : ch.image().height();
        case "feed.image.description" -> ch.image() == null ? null : ch.image().description();
        default -> UNMAPPED;
      };
    }
    if (name.startsWith("entries[i].")) {
      int i = (Integer) path.get(1);
      Object sub = path.size() > 3 ? path.get(3) : null;
      NewsItem item = i < o.items().size() ? o.items().get(i) : null;
      Object v = switch (name) {
        case "entries[i].title", "entries[i].title_detail.value" -> item == null ? null : item.title();
        case "entries[i].link" -> item == null ? null : item.link();
        case "entries[i].id", "entries[i].guid" -> item == null ? null : item.id();
        case "entries[i].description", "entries[i].summary" -> item == null ? null : new Teaser(item);
        case "entries[i].content[i].value" -> item == null ? null : item.bodyHtml();
        case "entries[i].published_parsed", "entries[i].updated_parsed", "entries[i].created_parsed" ->
            item == null ? null : item.published();
        case "entries[i].author" -> item == null || item.authors().isEmpty() ? null : item.authors().get(0);
        case "entries[i].category" ->
            item == null || item.categories().isEmpty() ? null : item.categories().get(0);
        case "entries[i].tags[i].term" -> item == null || !(sub instanceof Integer j)
            || j >= item.categories().size() ? null : item.categories().get(j);
        case "entries[i].language" -> item == null ? null : item.language();
        default -> UNMAPPED;
      };
      return v;
    }
    return UNMAPPED;
  }

  /** The description maps to the teaser, our plain-text form of it. */
  private record Teaser(NewsItem item) {}

  private static boolean equal(String name, JsonNode expected, @Nullable Object actual) {
    if (actual == null) {
      return expected.isNull() || expected.asText().isEmpty();
    }
    if (name.equals("encoding")) {
      return sameCharset(expected.asText(), actual.toString());
    }
    if (actual instanceof Teaser t) {
      String e = expected.asText();
      String plain = HtmlText.convert(e, null).text();
      String teaser = t.item().teaser() == null ? "" : t.item().teaser();
      return e.equals(teaser) || plain.equals(teaser) || e.equals(t.item().bodyHtml());
    }
    if (actual instanceof Integer n) {
      return expected.asText().equals(n.toString());
    }
    return expected.asText().equals(actual.toString());
  }

  private static boolean sameCharset(String expected, String actual) {
    if (expected.equalsIgnoreCase(actual)) {
      return true;
    }
    try {
      return Charset.forName(expected).name().equalsIgnoreCase(actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String quote(@Nullable Object o) {
    if (o instanceof Teaser t) {
      return "teaser " + quote(t.item().teaser());
    }
    return o == null ? "null" : "'" + o + "'";
  }

  private static String report(Map<String, Tally> tallies, boolean all) {
    StringBuilder sb = new StringBuilder();
    sb.append("| folder | cases | checks mapped | checks passed | pass rate |\n");
    sb.append("| --- | ---: | ---: | ---: | ---: |\n");
    tallies.forEach((folder, t) -> sb.append(String.format(Locale.ROOT, "| %s%s | %d | %d | %d | %.1f%% |%n",
        folder, SCOPE.contains(folder) ? "" : " (information)", t.cases, t.mapped, t.passed, 100 * t.rate())));
    tallies.forEach((folder, t) -> {
      sb.append("\n### ").append(folder).append("\n\nFailures (").append(t.failures.size()).append("):\n\n");
      if (t.failures.isEmpty()) {
        sb.append("- none\n");
      }
      t.failures.forEach(f -> sb.append("- ").append(f.replace("\n", " ").replace("|", "\\|")).append('\n'));
      sb.append("\nNot applicable (unmapped), by name:\n\n");
      if (t.unmapped.isEmpty()) {
        sb.append("- none\n");
      }
      t.unmapped.forEach((k, v) -> sb.append("- `").append(k).append("`: ").append(v).append('\n'));
    });
    if (!all) {
      sb.append("\n(Folders outside the scope were not run; add -Dconformance.all=true.)\n");
    }
    return sb.toString();
  }
}
