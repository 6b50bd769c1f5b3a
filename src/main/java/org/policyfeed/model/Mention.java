package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an entity was found: the field, the character offsets in that field's text (start inclusive,
 * end exclusive), the words as written and the sentence that holds them.
 *
 * @param field the field the mention is in
 * @param start offset of the first character in the field's text
 * @param end offset just past the last character
 * @param text the mention as written
 * @param sentence the sentence that holds the mention
 * @since 0.1.0
 */
public record Mention(
    @JsonProperty("field") Field field,
    @JsonProperty("start") int start,
    @JsonProperty("end") int end,
    @JsonProperty("text") String text,
    @JsonProperty("sentence") String sentence) {

  /** Checks that the offsets are a range and no component is null. */
  public Mention {
    requireNonNull(field, "field");
    requireNonNull(text, "text");
    requireNonNull(sentence, "sentence");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }
}
