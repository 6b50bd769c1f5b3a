package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A dated happening: a conference, launch, kick-off, training, summer school, study visit, roundtable.
 *
 * @param name the event's name where stated, or null
 * @param start first day
 * @param end last day; equal to {@code start} for a one-day event
 * @param place where it takes place, where stated, or null
 * @param sentence the sentence that dates the event
 * @param source where the date was found
 * @since 0.1.0
 */
public record Event(
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("start") LocalDate start,
    @JsonProperty("end") LocalDate end,
    @JsonProperty("place") @Nullable String place,
    @JsonProperty("sentence") String sentence,
    @JsonProperty("source") Mention source) {

  /** Checks that the dates are in order and no required component is null. */
  public Event {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(sentence, "sentence");
    requireNonNull(source, "source");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " before start " + start);
    }
  }
}
