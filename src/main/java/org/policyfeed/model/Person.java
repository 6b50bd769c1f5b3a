package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named individual mentioned in an item.
 *
 * @param name the full name as written, without honorific
 * @param honorific honorific such as {@code Dr}, {@code Ms}, {@code H.E.}, or null
 * @param role role or title as the text gives it, or null
 * @param organisation organisation the role belongs to, or null
 * @param mentions every place the person is mentioned, in text order; never null
 * @since 0.1.0
 */
public record Person(
    @JsonProperty("name") String name,
    @JsonProperty("honorific") @Nullable String honorific,
    @JsonProperty("role") @Nullable String role,
    @JsonProperty("organisation") @Nullable String organisation,
    @JsonProperty("mentions") List<Mention> mentions) {

  /** Copies the list; a null list becomes empty. */
  public Person {
    requireNonNull(name, "name");
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
