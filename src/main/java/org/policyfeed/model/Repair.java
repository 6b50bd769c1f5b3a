package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One change that the repair stage made to an item's text.
 *
 * @param kind the name of the rule that made it, such as {@code run-together}
 * @param field the field that was repaired
 * @param before the text that was replaced
 * @param after the text that replaced it (empty for a removal)
 * @param offset where {@code after} starts in the repaired field's final text
 * @since 0.1.0
 */
public record Repair(
    @JsonProperty("kind") String kind,
    @JsonProperty("field") Field field,
    @JsonProperty("before") String before,
    @JsonProperty("after") String after,
    @JsonProperty("offset") int offset) {

  /** Checks that no component is null and the offset is not negative. */
  public Repair {
    requireNonNull(kind, "kind");
    requireNonNull(field, "field");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset " + offset);
    }
  }
}
