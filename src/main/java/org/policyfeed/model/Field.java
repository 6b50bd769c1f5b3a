package org.policyfeed.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of an item that an entity or a repair was found in.
 *
 * @since 0.1.0
 */
public enum Field {
  /** The item's title, after its category prefix is split off (see {@link NewsItem#headline()}). */
  @JsonProperty("title")
  TITLE,
  /** The teaser ({@link NewsItem#teaser()}). */
  @JsonProperty("teaser")
  TEASER,
  /** The body as plain text ({@link NewsItem#text()}). */
  @JsonProperty("text")
  TEXT
}
