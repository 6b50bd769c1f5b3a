package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A dated cut-off stated in an item.
 *
 * @param date the day; a month or a year alone resolves to its last day
 * @param precision how precisely the date was stated
 * @param kind what the deadline is for
 * @param subject what must be done or what stays open, as a short phrase
 * @param sentence the sentence that states the deadline
 * @param source where the date was found
 * @since 0.1.0
 */
public record Deadline(
    @JsonProperty("date") LocalDate date,
    @JsonProperty("precision") Precision precision,
    @JsonProperty("kind") DeadlineKind kind,
    @JsonProperty("subject") String subject,
    @JsonProperty("sentence") String sentence,
    @JsonProperty("source") Mention source) {

  /** Checks that no component is null. */
  public Deadline {
    requireNonNull(date, "date");
    requireNonNull(precision, "precision");
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(sentence, "sentence");
    requireNonNull(source, "source");
  }
}
