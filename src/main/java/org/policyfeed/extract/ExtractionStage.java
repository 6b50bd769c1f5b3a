package org.policyfeed.extract;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Deadline;
import org.policyfeed.model.Event;
import org.policyfeed.model.Person;
import org.policyfeed.model.Project;

/**
 * Finds entities in an item's repaired texts. Immutable and thread-safe.
 *
 * <p>Placeholder until the extractors land: it finds nothing.
 */
public final class ExtractionStage {

  /** The texts of one item that extraction reads, already repaired. */
  public record ItemText(@Nullable String title, @Nullable String teaser, String text,
      @Nullable OffsetDateTime published) {}

  /** What was found in one item. */
  public record Entities(List<Person> persons, List<Project> projects, List<Deadline> deadlines,
      List<Event> events) {}

  /** Nothing found. */
  public static final Entities NONE = new Entities(List.of(), List.of(), List.of(), List.of());

  private ExtractionStage() {}

  public static ExtractionStage create() {
    return new ExtractionStage();
  }

  public Entities extract(ItemText item) {
    return NONE;
  }
}
