package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyfeed.model.Field;
import org.policyfeed.model.Repair;

/** Every control passage comes back unchanged; every damaged passage comes back as its clean form. */
class RepairCorpusTest {
  private static final RepairStage STAGE = RepairStage.create(true, Set.of());

  static List<Corpus.Control> controls() {
    return Corpus.controls();
  }

  static List<Corpus.Damaged> damaged() {
    return Corpus.damaged();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controls")
  void controlPassageIsLeftAlone(Corpus.Control c) {
    for (Field field : Field.values()) {
      RepairStage.Result r = STAGE.apply(field, c.text());
      assertThat(r.repairs()).as(c.id() + " (" + c.note() + ")").isEmpty();
      assertThat(r.text()).as(c.id()).isEqualTo(c.text());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damaged")
  void damagedPassageIsRepaired(Corpus.Damaged d) {
    RepairStage.Result r = STAGE.apply(Field.TEXT, d.damaged());
    assertThat(r.text()).as(d.id() + " (" + d.note() + ")").isEqualTo(d.clean());
    Set<String> kinds = r.repairs().stream().map(Repair::kind).collect(Collectors.toSet());
    assertThat(kinds).as(d.id() + " repair kinds " + r.repairs()).containsAll(d.rules());
    assertThat(RepairStage.ruleNames()).containsAll(kinds);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damaged")
  void repairedPassageIsStable(Corpus.Damaged d) {
    RepairStage.Result r = STAGE.apply(Field.TEXT, d.clean());
    assertThat(r.repairs()).as(d.id() + ": the clean form needs no repair").isEmpty();
  }
}
