package org.policyfeed.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyfeed.extract.rules.Rules;
import org.policyfeed.model.Deadline;
import org.policyfeed.model.Entity;
import org.policyfeed.model.Event;
import org.policyfeed.model.Person;
import org.policyfeed.model.Project;

/**
 * Finds entities in an item's repaired texts: people, projects, deadlines and events by the built-in rules
 * (see {@code docs/extraction.md}), and further kinds by registered {@link Extractor}s. Immutable and
 * thread-safe; the time taken is linear in the length of the texts.
 *
 * @since 0.1.0
 */
public final class ExtractionStage {

  /**
   * The texts of one item that extraction reads, already repaired.
   *
   * @param title the headline, or null
   * @param teaser the teaser, or null
   * @param text the body as plain text
   * @param published the publication date, or null; dates without a year are resolved against it
   * @since 0.1.0
   */
  public record ItemText(@Nullable String title, @Nullable String teaser, String text,
      @Nullable OffsetDateTime published) {}

  /**
   * What was found in one item.
   *
   * @param persons people
   * @param projects projects
   * @param deadlines deadlines
   * @param events events
   * @param extras entities found by registered extractors
   * @since 0.1.0
   */
  public record Entities(List<Person> persons, List<Project> projects, List<Deadline> deadlines,
      List<Event> events, List<Entity> extras) {

    /** Copies every list; null becomes empty. */
    public Entities {
      persons = persons == null ? List.of() : List.copyOf(persons);
      projects = projects == null ? List.of() : List.copyOf(projects);
      deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
      events = events == null ? List.of() : List.copyOf(events);
      extras = extras == null ? List.of() : List.copyOf(extras);
    }
  }

  /** Nothing found. */
  public static final Entities NONE = new Entities(List.of(), List.of(), List.of(), List.of(), List.of());

  private final List<Extractor> extractors;
  private final boolean builtIn;

  private ExtractionStage(List<Extractor> extractors, boolean builtIn) {
    this.extractors = List.copyOf(extractors);
    this.builtIn = builtIn;
  }

  /**
   * The built-in rules and no further extractors.
   *
   * @return the stage
   * @since 0.1.0
   */
  public static ExtractionStage create() {
    return new ExtractionStage(List.of(), true);
  }

  /**
   * The built-in rules followed by further extractors, run in the order given.
   *
   * @param extractors the further extractors
   * @return the stage
   * @since 0.1.0
   */
  public static ExtractionStage create(List<Extractor> extractors) {
    return new ExtractionStage(extractors, true);
  }

  /**
   * Further extractors, run in the order given, after the built-in rules when {@code builtIn}.
   *
   * @param extractors the further extractors
   * @param builtIn whether the built-in rules run (people, projects, deadlines, events)
   * @return the stage
   * @since 0.1.0
   */
  public static ExtractionStage create(List<Extractor> extractors, boolean builtIn) {
    return new ExtractionStage(extractors, builtIn);
  }

  /**
   * Finds entities in one item.
   *
   * @param item the item's texts
   * @return what was found; lists never null
   * @since 0.1.0
   */
  public Entities extract(ItemText item) {
    if (!builtIn && extractors.isEmpty()) {
      return NONE;
    }
    ItemFields fields = ItemFields.of(item.title(), item.teaser(), item.text(), item.published());
    Rules.Found found = builtIn ? Rules.run(fields) : new Rules.Found(List.of(), List.of(), List.of(), List.of());
    if (extractors.isEmpty()) {
      return new Entities(found.persons(), found.projects(), found.deadlines(), found.events(), List.of());
    }
    List<Entity> extras = new ArrayList<>();
    for (Extractor x : extractors) {
      List<Entity> got = x.extract(fields);
      if (got != null) {
        extras.addAll(got);
      }
    }
    return new Entities(found.persons(), found.projects(), found.deadlines(), found.events(), extras);
  }
}
