package org.policyfeed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records: lists never null, copied, immutable; components validated. */
class RecordsTest {

  @Test
  void nullListsBecomeEmptyAndListsAreCopies() {
    List<String> authors = new ArrayList<>(List.of("A"));
    NewsItem item = new NewsItem("id", null, null, null, null, null, authors, null, null, false, null, null,
        null, null, null, null, null, null, null, null);
    authors.add("B");
    assertThat(item.authors()).containsExactly("A");
    assertThat(item.text()).isEmpty();
    assertThat(List.of(item.categories(), item.links(), item.persons(), item.projects(), item.deadlines(),
        item.events(), item.repairs(), item.diagnostics())).allSatisfy(l -> assertThat(l).isEmpty());
    assertThatThrownBy(() -> item.authors().add("C")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new Channel(null, null, null, null, null, null, null, null, null).diagnostics()).isEmpty();
    assertThat(new Person("A B", null, null, null, null).mentions()).isEmpty();
    assertThat(new Feed(new Channel(null, null, null, null, null, null, null, null, null), null).items()).isEmpty();
  }

  @Test
  void componentsAreValidated() {
    assertThatThrownBy(() -> new NewsItem(null, null, null, null, null, null, null, null, null, false, "", null,
        null, null, null, null, null, null, null, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> new Mention(Field.TEXT, 5, 2, "x", "x")).isInstanceOf(IllegalArgumentException.class);
    Mention m = new Mention(Field.TEXT, 0, 1, "x", "x.");
    assertThatThrownBy(() -> new Event(null, LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 1), null, "s", m))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Repair("k", Field.TEXT, "a", "b", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void diagnosticsPrintForPeople() {
    assertThat(new Diagnostic(Severity.WARNING, "date-two-digit-year", "two-digit year", 3, 7))
        .hasToString("line 3, column 7: warning date-two-digit-year: two-digit year");
    assertThat(new Diagnostic(Severity.ERROR, "xml-malformed", "bad", null, null))
        .hasToString("error xml-malformed: bad");
  }
}
