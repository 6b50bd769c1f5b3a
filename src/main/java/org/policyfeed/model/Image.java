package org.policyfeed.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A channel's image (logo).
 *
 * @param url the image's URL
 * @param title its title (alt text)
 * @param link the page the image links to
 * @param width width in pixels, or null
 * @param height height in pixels, or null
 * @param description its description, or null
 * @since 0.1.0
 */
public record Image(
    @JsonProperty("url") @Nullable String url,
    @JsonProperty("title") @Nullable String title,
    @JsonProperty("link") @Nullable String link,
    @JsonProperty("width") @Nullable Integer width,
    @JsonProperty("height") @Nullable Integer height,
    @JsonProperty("description") @Nullable String description) {}
