package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named project, programme, initiative, facility or dialogue process.
 *
 * @param name the long name, without acronym and phase where those are given separately
 * @param acronym the acronym, or null
 * @param phase the phase as written ({@code "2"}, {@code "II"}), or null
 * @param kind what the text calls it
 * @param start first day of the stated period, or null
 * @param end last day of the stated period, or null
 * @param mentions every place the project is mentioned, in text order; never null
 * @since 0.1.0
 */
public record Project(
    @JsonProperty("name") String name,
    @JsonProperty("acronym") @Nullable String acronym,
    @JsonProperty("phase") @Nullable String phase,
    @JsonProperty("kind") ProjectKind kind,
    @JsonProperty("start") @Nullable LocalDate start,
    @JsonProperty("end") @Nullable LocalDate end,
    @JsonProperty("mentions") List<Mention> mentions) {

  /** Copies the list; a null list becomes empty. */
  public Project {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
