package org.policyfeed.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feed's own metadata.
 *
 * @param title the feed's title
 * @param link the site the feed belongs to, absolute
 * @param description the feed's description
 * @param language the language code as given ({@code en}, {@code en-gb})
 * @param image the feed's image, or null
 * @param generator the software that wrote the feed
 * @param docs the URL of the format's documentation
 * @param lastBuildDate when the feed was last written
 * @param diagnostics problems found at feed level (not inside an item); never null
 * @since 0.1.0
 */
public record Channel(
    @JsonProperty("title") @Nullable String title,
    @JsonProperty("link") @Nullable String link,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("language") @Nullable String language,
    @JsonProperty("image") @Nullable Image image,
    @JsonProperty("generator") @Nullable String generator,
    @JsonProperty("docs") @Nullable String docs,
    @JsonProperty("lastBuildDate") @Nullable OffsetDateTime lastBuildDate,
    @JsonProperty("diagnostics") List<Diagnostic> diagnostics) {

  /** Copies the list; a null list becomes empty. */
  public Channel {
    diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
  }
}
