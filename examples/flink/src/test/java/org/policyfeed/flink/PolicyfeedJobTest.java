package org.policyfeed.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.util.Collector;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.NotAFeedException;
import org.policyfeed.json.NewsJson;
import org.policyfeed.model.NewsItem;

/**
 * Runs the whole job on a Flink MiniCluster, at parallelism 1 and 2, over a generated corpus of 1,000
 * feeds of 3 items each plus a truncated feed and an HTML error page (see {@link Corpus}).
 */
class PolicyfeedJobTest {
  private static final int FILES = 1_000;
  private static final int ITEMS_PER_FILE = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setConfiguration(TestCluster.configuration())
          .setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2)
          .build());

  @TempDir
  static Path tmp;

  static List<String> expectedIds;
  static Path input;
  static final Map<Integer, Path> OUTPUTS = new TreeMap<>();

  @BeforeAll
  static void generateCorpus() throws Exception {
    input = tmp.resolve("feeds");
    Files.createDirectories(input);
    expectedIds = new ArrayList<>(Corpus.write(input, FILES, ITEMS_PER_FILE));
    expectedIds.addAll(Corpus.writeDamaged(input));
    expectedIds.sort(null);
  }

  /**
   * The output of the job at a parallelism, run on first use. Runs from a test method, where the
   * extension has made the MiniCluster the context environment (it does not in {@code @BeforeAll}).
   */
  static Path output(int parallelism) throws Exception {
    Path out = OUTPUTS.get(parallelism);
    if (out == null) {
      out = tmp.resolve("out-p" + parallelism);
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      env.setParallelism(parallelism);
      PolicyfeedJob.build(env, new org.apache.flink.core.fs.Path(input.toUri()),
          new org.apache.flink.core.fs.Path(out.toUri()), ReaderSettings.defaults());
      env.execute("policyfeed test p" + parallelism); // the damaged files must not fail the job
      OUTPUTS.put(parallelism, out);
    }
    return out;
  }

  static List<Path> outputs() throws Exception {
    return List.of(output(1), output(2));
  }

  @Test
  void everyItemIsWrittenOnceAtEachParallelism() throws Exception {
    for (Path out : outputs()) {
      List<String> ids = new ArrayList<>();
      for (String line : Outputs.sortedLines(out.resolve("items"))) {
        NewsItem item = NewsJson.readItem(line);
        ids.add(item.id());
      }
      ids.sort(null);
      assertThat(ids).hasSize(FILES * ITEMS_PER_FILE + 3).isEqualTo(expectedIds);
    }
  }

  @Test
  void itemsAreTheLibrarysJsonAndAgreeAcrossParallelism() throws Exception {
    List<String> p1 = Outputs.sortedLines(output(1).resolve("items"));
    List<String> p2 = Outputs.sortedLines(output(2).resolve("items"));
    assertThat(p2).isEqualTo(p1);
    NewsItem first = p1.stream().map(NewsJson::readItem)
        .filter(i -> i.id().equals(Corpus.id(7, 1))).findFirst().orElseThrow();
    assertThat(first.category()).isEqualTo("Project News");
    assertThat(first.headline()).isEqualTo("Workshop 1 of feed 7 on border management");
    assertThat(first.links()).extracting(l -> l.url()).containsExactly("https://feeds.example.org/reports/7-1.pdf");
    assertThat(first.published()).hasToString("2019-03-08T01:07+01:00");
  }

  @Test
  void damagedFilesAndItemProblemsGoToTheSideOutput() throws Exception {
    for (Path out : outputs()) {
      List<JsonNode> diagnostics = new ArrayList<>();
      for (String line : Outputs.sortedLines(out.resolve("diagnostics"))) {
        diagnostics.add(JSON.readTree(line));
      }
      assertThat(diagnostics)
          .filteredOn(d -> d.get("file").asText().endsWith(Corpus.HTML))
          .singleElement()
          .satisfies(d -> {
            assertThat(d.get("scope").asText()).isEqualTo("file");
            assertThat(d.get("code").asText()).isEqualTo("not-a-feed");
            assertThat(d.get("message").asText()).contains("502 Bad Gateway");
          });
      // the library reports the cut on the item it was reading when the file ended
      assertThat(diagnostics)
          .filteredOn(d -> d.get("file").asText().endsWith(Corpus.TRUNCATED))
          .singleElement()
          .satisfies(d -> {
            assertThat(d.get("code").asText()).isEqualTo("document-truncated");
            assertThat(d.get("severity").asText()).isEqualTo("error");
            assertThat(d.get("line").asInt()).isPositive();
          });
      // every 100th file has one item whose date cannot be read
      assertThat(diagnostics)
          .filteredOn(d -> d.get("code").asText().equals("date-unparseable"))
          .hasSize(FILES / 100)
          .allSatisfy(d -> {
            assertThat(d.get("scope").asText()).isEqualTo("item");
            assertThat(d.get("itemId").asText()).endsWith("-i0");
          });
      assertThat(diagnostics).hasSize(FILES / 100 + 2);
    }
    assertThat(Outputs.sortedLines(output(2).resolve("diagnostics")))
        .isEqualTo(Outputs.sortedLines(output(1).resolve("diagnostics")));
  }

  @Test
  void directoryIsTheCorpusGroupedByKeyAtEachParallelism() throws Exception {
    // The same grouping in plain Java over the library's own reading of every file. Until extraction
    // lands in the library the generated items name nobody and both sides are empty; DirectoryTest
    // feeds the aggregation items that do name people and projects.
    Map<String, EntityMention> first = new TreeMap<>();
    Map<String, List<String>> ids = new TreeMap<>();
    FeedReader reader = FeedReader.builder().build();
    try (Stream<Path> files = Files.list(input)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        List<NewsItem> items = new ArrayList<>();
        try (InputStream in = Files.newInputStream(f); FeedStream feed = reader.open(in)) {
          feed.forEach(items::add);
        } catch (NotAFeedException e) {
          continue;
        }
        for (NewsItem item : items) {
          Directory.mentions(item, new Collector<>() {
            @Override
            public void collect(EntityMention m) {
              first.merge(m.key(), m, (a, b) -> b.precedes(a) ? b : a);
              ids.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m.itemId());
            }

            @Override
            public void close() {}
          });
        }
      }
    }
    List<String> expected = new ArrayList<>();
    first.forEach((key, m) -> expected.add(Directory.line(m, ids.get(key))));
    expected.sort(null);
    for (Path out : outputs()) {
      assertThat(Outputs.sortedLines(out.resolve("directory"))).isEqualTo(expected);
    }
  }
}
