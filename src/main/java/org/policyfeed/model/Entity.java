package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An entity of a kind that the built-in extractors do not know, found by a contributed
 * {@code org.policyfeed.extract.Extractor} (for example a funding amount).
 *
 * @param kind the extractor's kind, such as {@code funding}; lower case, stable
 * @param text the entity as written
 * @param value a normalised value, such as {@code EUR 1400000}, or null
 * @param attributes further named values as strings; never null
 * @param mentions every place the entity is mentioned, in text order; never null
 * @since 0.1.0
 */
public record Entity(
    @JsonProperty("kind") String kind,
    @JsonProperty("text") String text,
    @JsonProperty("value") @Nullable String value,
    @JsonProperty("attributes") Map<String, String> attributes,
    @JsonProperty("mentions") List<Mention> mentions) {

  /** Copies the map and list, keeping their order; null becomes empty. */
  public Entity {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    attributes = attributes == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
