package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A hyperlink in an item's body.
 *
 * @param text the anchor text, whitespace normalised
 * @param url the absolute URL
 * @since 0.1.0
 */
public record Link(@JsonProperty("text") String text, @JsonProperty("url") String url) {

  /** Checks that no component is null. */
  public Link {
    requireNonNull(text, "text");
    requireNonNull(url, "url");
  }
}
