package org.policyfeed.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.model.NewsItem;

/**
 * The JSON Lines of the two extraction sets (as the CLI's {@code --format jsonl} writes them) equal their golden
 * files: every field of every item, so a change in any rule's output shows here, also where the scores of
 * {@code ExtractionEvaluationTest} do not move. After a deliberate change of output, rewrite them with
 * {@code mvn test -Dtest=GoldenOutputTest -Dpolicyfeed.updateGolden=true} and review the diff.
 */
class GoldenOutputTest {

  @ParameterizedTest
  @ValueSource(strings = {"own-items", "holdout-items"})
  void extractionSetMatchesItsGoldenFile(String name) throws IOException {
    Path golden = Path.of("src/test/resources/extract/" + name + ".jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(Path.of("src/test/resources/extract/" + name + ".rss"));
        FeedStream feed = FeedReader.builder().build().open(in);
        JsonLinesWriter w = NewsJson.lines(out)) {
      for (NewsItem item : feed) {
        w.write(item);
      }
    }
    String jsonl = out.toString(StandardCharsets.UTF_8);
    if (Boolean.getBoolean("policyfeed.updateGolden")) {
      Files.writeString(golden, jsonl);
    }
    assertThat(jsonl.lines()).hasSizeGreaterThan(10);
    assertThat(jsonl).isEqualTo(Files.readString(golden));
  }
}
