package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A whole feed held in memory: its channel and all its items, in feed order.
 *
 * @param channel the channel, including diagnostics found after the last item
 * @param items the items; never null
 * @since 0.1.0
 */
public record Feed(@JsonProperty("channel") Channel channel, @JsonProperty("items") List<NewsItem> items) {

  /** Copies the list; a null list becomes empty. */
  public Feed {
    requireNonNull(channel, "channel");
    items = items == null ? List.of() : List.copyOf(items);
  }
}
