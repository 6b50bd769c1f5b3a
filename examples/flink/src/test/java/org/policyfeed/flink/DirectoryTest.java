package org.policyfeed.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policyfeed.model.Field;
import org.policyfeed.model.Mention;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Person;
import org.policyfeed.model.Project;
import org.policyfeed.model.ProjectKind;

/**
 * The keyed aggregation of {@link Directory}, fed items that name people and projects. The library's
 * extraction does not find any yet, so these items are built here (generated test data).
 */
class DirectoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setConfiguration(TestCluster.configuration())
          .setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2)
          .build());

  @Test
  void mentionsAndDiagnosticsUseFlinksOwnSerializers() {
    assertThat(TypeInformation.of(EntityMention.class)).isInstanceOf(PojoTypeInfo.class);
    assertThat(TypeInformation.of(FileDiagnostic.class)).isInstanceOf(PojoTypeInfo.class);
  }

  @Test
  void keysNormaliseNames() {
    assertThat(Directory.normalise("  Dr. Jean-Marc  Müller ")).isEqualTo("dr jean marc muller");
    assertThat(Directory.personKey(person("Ségolène ROYAL", null))).isEqualTo("person:segolene royal");
    assertThat(Directory.projectKey(project("Mobility Partnership Facility", "MPF", "II")))
        .isEqualTo("project:mpf");
    assertThat(Directory.projectKey(project("Budapest Process", null, null)))
        .isEqualTo("project:budapest process");
  }

  @Test
  void gathersEachEntityOnceWithSortedDistinctItemIdsAtAnyParallelism() throws Exception {
    List<NewsItem> items = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      List<Person> persons = new ArrayList<>();
      persons.add(person(i % 2 == 0 ? "Jane Doe" : "JANE  DOE", i % 2 == 0 ? "Director" : null));
      if (i % 10 == 0) {
        persons.add(person("Jean-Marc Müller", null));
        persons.add(person("Jean Marc Muller", "Minister")); // same key, same item: one id
      }
      List<Project> projects = List.of(project("Mobility Partnership Facility", "MPF", i % 3 == 0 ? "I" : "II"));
      items.add(item(String.format("id-%03d", 199 - i), persons, projects));
    }
    List<String> p1 = run(items, 1);
    List<String> p2 = run(items, 2);
    assertThat(p2).isEqualTo(p1);

    assertThat(p1).hasSize(3);
    JsonNode jane = find(p1, "person:jane doe");
    assertThat(jane.get("kind").asText()).isEqualTo("person");
    assertThat(jane.get("items")).hasSize(200);
    assertThat(jane.get("items").get(0).asText()).isEqualTo("id-000");
    assertThat(jane.get("items").get(199).asText()).isEqualTo("id-199");
    // the entity comes from the smallest item id: id-000 is i = 199, odd, so "JANE  DOE" without role
    assertThat(jane.get("entity").get("name").asText()).isEqualTo("JANE  DOE");
    assertThat(jane.get("entity").get("mentions")).isEmpty();

    JsonNode muller = find(p1, "person:jean marc muller");
    assertThat(muller.get("items")).hasSize(20);
    JsonNode mpf = find(p1, "project:mpf");
    assertThat(mpf.get("kind").asText()).isEqualTo("project");
    assertThat(mpf.get("items")).hasSize(200);
    assertThat(mpf.get("entity").get("acronym").asText()).isEqualTo("MPF");
    assertThat(mpf.get("entity").get("start").asText()).isEqualTo("2019-01-01");
  }

  private static List<String> run(List<NewsItem> items, int parallelism) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(parallelism);
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    env.configure(new Configuration().set(PipelineOptions.GENERIC_TYPES, false));
    List<String> lines = Directory.of(env.fromData(items, NewsItemTypeInfo.INSTANCE))
        .executeAndCollect("directory p" + parallelism, 1_000);
    lines = new ArrayList<>(lines);
    lines.sort(null);
    return lines;
  }

  private static JsonNode find(List<String> lines, String key) throws Exception {
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      if (n.get("key").asText().equals(key)) {
        return n;
      }
    }
    throw new AssertionError("no entry " + key + " in " + lines);
  }

  static Person person(String name, String role) {
    return new Person(name, null, role, role == null ? null : "ICMPD",
        List.of(new Mention(Field.TEXT, 0, name.length(), name, name + " spoke.")));
  }

  static Project project(String name, String acronym, String phase) {
    return new Project(name, acronym, phase, ProjectKind.PROJECT, LocalDate.of(2019, 1, 1),
        LocalDate.of(2021, 12, 31), List.of());
  }

  static NewsItem item(String id, List<Person> persons, List<Project> projects) {
    return new NewsItem(id, "Title " + id, null, "Title " + id, "https://example.org/" + id, null, List.of(),
        List.of(), null, false, "text of " + id, null, List.of(), persons, projects, List.of(), List.of(),
        List.of(), List.of(), "en");
  }
}
