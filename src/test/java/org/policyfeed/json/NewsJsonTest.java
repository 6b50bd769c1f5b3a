package org.policyfeed.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.model.Deadline;
import org.policyfeed.model.DeadlineKind;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.Event;
import org.policyfeed.model.Feed;
import org.policyfeed.model.Field;
import org.policyfeed.model.Link;
import org.policyfeed.model.Mention;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Person;
import org.policyfeed.model.Precision;
import org.policyfeed.model.Project;
import org.policyfeed.model.ProjectKind;
import org.policyfeed.model.Repair;
import org.policyfeed.model.Severity;

/** The JSON contract of docs/json.md: names, forms, round trips and the golden file of the seed. */
class NewsJsonTest {
  static final Path GOLDEN = Path.of("src/test/resources/feeds/icmpd-news-2019-03.json");
  static final ObjectMapper TREE = new ObjectMapper();
  static Feed seed;

  @BeforeAll
  static void read() throws IOException {
    seed = FeedReader.builder().build().readAll(Files.readAllBytes(Path.of("testdata/icmpd-news-2019-03.rss")));
  }

  /**
   * The whole seed feed as JSON equals the golden file. After a deliberate change of output, rewrite
   * it with {@code mvn test -Dtest=NewsJsonTest -Dpolicyfeed.updateGolden=true} and review the diff.
   */
  @Test
  void seedMatchesTheGoldenFile() throws IOException {
    String json = NewsJson.toJson(seed) + "\n";
    if (Boolean.getBoolean("policyfeed.updateGolden")) {
      Files.writeString(GOLDEN, json);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN));
  }

  @Test
  void itemsHaveExactlyTheContractKeys() throws IOException {
    for (NewsItem item : seed.items()) {
      JsonNode node = TREE.readTree(NewsJson.toJson(item));
      assertThat(keys(node)).containsAll(Set.of("id", "title", "category", "headline", "link", "published",
          "authors", "categories", "teaser", "teaserTruncated", "text", "bodyHtml", "links", "persons",
          "projects", "deadlines", "events", "repairs", "diagnostics"));
      for (String list : List.of("authors", "categories", "links", "persons", "projects", "deadlines",
          "events", "repairs", "diagnostics")) {
        assertThat(node.get(list).isArray()).as(list).isTrue();
      }
      assertThat(node.get("published").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+01:00");
      assertThat(node.get("teaserTruncated").isBoolean()).isTrue();
    }
    JsonNode channel = TREE.readTree(NewsJson.toJson(seed.channel()));
    assertThat(keys(channel)).containsAll(Set.of("title", "link", "description", "language", "image",
        "generator", "docs", "lastBuildDate", "diagnostics"));
    assertThat(keys(channel.get("image"))).containsAll(Set.of("url", "title", "link", "width", "height"));
  }

  @Test
  void entityRecordsUseTheContractNames() throws IOException {
    NewsItem item = invented();
    JsonNode node = TREE.readTree(NewsJson.toJson(item));
    assertThat(keys(node.get("persons").get(0))).containsAll(Set.of("name", "honorific", "role",
        "organisation", "mentions"));
    assertThat(keys(node.get("projects").get(0))).containsAll(Set.of("name", "acronym", "phase", "kind",
        "start", "end"));
    assertThat(keys(node.get("deadlines").get(0))).containsAll(Set.of("date", "precision", "kind", "subject",
        "sentence"));
    assertThat(keys(node.get("events").get(0))).containsAll(Set.of("name", "start", "end", "place",
        "sentence"));
    assertThat(keys(node.get("repairs").get(0))).containsAll(Set.of("kind", "before", "after", "offset"));
    assertThat(keys(node.get("diagnostics").get(0))).containsAll(Set.of("severity", "code", "message",
        "line", "column"));
    assertThat(keys(node.get("links").get(0))).containsExactlyInAnyOrder("text", "url");
    JsonNode deadline = node.get("deadlines").get(0);
    assertThat(deadline.get("date").asText()).isEqualTo("2019-03-31");
    assertThat(deadline.get("precision").asText()).isEqualTo("day");
    assertThat(deadline.get("kind").asText()).isEqualTo("application");
    assertThat(node.get("projects").get(0).get("kind").asText()).isEqualTo("project");
    assertThat(node.get("projects").get(0).get("end").asText()).isEqualTo("2020-12-31");
    assertThat(node.get("diagnostics").get(0).get("severity").asText()).isEqualTo("warning");
    assertThat(node.get("persons").get(0).get("mentions").get(0).get("field").asText()).isEqualTo("text");
  }

  @Test
  void absentSingleValuesAreWrittenAsNull() throws IOException {
    NewsItem bare = new NewsItem("urn:x", null, null, null, null, null, null, null, null, false, "", null,
        null, null, null, null, null, null, null, null);
    JsonNode node = TREE.readTree(NewsJson.toJson(bare));
    assertThat(node.get("title").isNull()).isTrue();
    assertThat(node.get("published").isNull()).isTrue();
    assertThat(node.get("persons").isArray()).isTrue();
    assertThat(NewsJson.readItem(NewsJson.toJson(bare))).isEqualTo(bare);
  }

  @Test
  void roundTripsAreEqual() {
    assertThat(NewsJson.readFeed(NewsJson.toJson(seed))).isEqualTo(seed);
    assertThat(NewsJson.readFeed(new StringReader(NewsJson.toJson(seed)))).isEqualTo(seed);
    assertThat(NewsJson.readChannel(NewsJson.toJson(seed.channel()))).isEqualTo(seed.channel());
    NewsItem item = invented();
    assertThat(NewsJson.readItem(NewsJson.toJson(item))).isEqualTo(item);
  }

  @Test
  void jsonLinesWriteOneItemPerLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = NewsJson.lines(out)) {
      seed.items().forEach(w::write);
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines).hasSize(seed.items().size() + 1);
    assertThat(lines[lines.length - 1]).isEmpty();
    List<NewsItem> back = new ArrayList<>();
    for (int i = 0; i < seed.items().size(); i++) {
      back.add(NewsJson.readItem(lines[i]));
    }
    assertThat(back).isEqualTo(seed.items());
  }

  @Test
  void badJsonIsAClearError() {
    assertThatThrownBy(() -> NewsJson.readItem("{\"title\": 3"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a NewsItem");
  }

  @Test
  void theMapperCopyIsIndependent() {
    ObjectMapper copy = NewsJson.mapper();
    copy.disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
    assertThat(copy).isNotSameAs(NewsJson.mapper());
  }

  /** An item with one of every entity, invented for the test. */
  static NewsItem invented() {
    Mention m = new Mention(Field.TEXT, 0, 12, "Dr Ana Lopez", "Dr Ana Lopez opened it.");
    return new NewsItem("urn:test:1", "Project News: Invented", "Project News", "Invented",
        "https://www.example.org/1", OffsetDateTime.parse("2019-03-01T10:00:00+01:00"), List.of("A. Author"),
        List.of("Migration"), "Teaser...", true, "Dr Ana Lopez opened it.", "<p>Dr Ana Lopez opened it.</p>",
        List.of(new Link("here", "https://www.example.org/x")),
        List.of(new Person("Ana Lopez", "Dr", "Director", "Example Institute", List.of(m))),
        List.of(new Project("Example Project", "EXP", "2", ProjectKind.PROJECT, LocalDate.of(2019, 1, 1),
            LocalDate.of(2020, 12, 31), List.of(m))),
        List.of(new Deadline(LocalDate.of(2019, 3, 31), Precision.DAY, DeadlineKind.APPLICATION,
            "applications", "Apply by 31 March 2019.", m)),
        List.of(new Event("Kick-off", LocalDate.of(2019, 3, 11), LocalDate.of(2019, 3, 11), "Beirut",
            "It was launched on 11 March 2019.", m)),
        List.of(new Repair("run-together", Field.TEXT, "it.The", "it. The", 3)),
        List.of(new Diagnostic(Severity.WARNING, "date-two-digit-year", "two-digit year", 4, 7)), "en");
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    return keys;
  }
}
