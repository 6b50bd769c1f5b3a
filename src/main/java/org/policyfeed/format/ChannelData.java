package org.policyfeed.format;

import org.jspecify.annotations.Nullable;

/**
 * A channel's (feed's) metadata exactly as the format gave it, before any cleaning. The library
 * collapses whitespace, resolves {@code link} and {@code imageUrl} against {@code base}, and parses
 * {@code updated} into {@link org.policyfeed.model.Channel#lastBuildDate()}.
 *
 * @param title the feed's title
 * @param link the feed's home page
 * @param description the feed's description (Atom {@code subtitle}, JSON Feed {@code description})
 * @param language the feed's language, such as {@code en} or {@code de-AT}
 * @param generator the software that wrote the feed
 * @param updated when the feed last changed, as written (RFC 822 or ISO 8601)
 * @param base the base URI relative links resolve against (an {@code xml:base}), absolute
 * @param imageUrl the feed's image, icon or logo
 * @param imageTitle the image's title
 * @param imageLink where the image links to
 * @since 0.1.0
 */
public record ChannelData(
    @Nullable String title,
    @Nullable String link,
    @Nullable String description,
    @Nullable String language,
    @Nullable String generator,
    @Nullable String updated,
    @Nullable String base,
    @Nullable String imageUrl,
    @Nullable String imageTitle,
    @Nullable String imageLink) {

  /**
   * A builder with every field null.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ChannelData}. Every setter takes null; not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable String link;
    private @Nullable String description;
    private @Nullable String language;
    private @Nullable String generator;
    private @Nullable String updated;
    private @Nullable String base;
    private @Nullable String imageUrl;
    private @Nullable String imageTitle;
    private @Nullable String imageLink;

    private Builder() {}

    /**
     * Sets {@link ChannelData#title()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder title(@Nullable String v) {
      title = v;
      return this;
    }

    /**
     * Sets {@link ChannelData#link()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder link(@Nullable String v) {
      link = v;
      return this;
    }

    /**
     * Sets {@link ChannelData#description()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder description(@Nullable String v) {
      description = v;
      return this;
    }

    /**
     * Sets {@link ChannelData#language()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder language(@Nullable String v) {
      language = v;
      return this;
    }

    /**
     * Sets {@link ChannelData#generator()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder generator(@Nullable String v) {
      generator = v;
      return this;
    }

    /**
     * Sets {@link ChannelData#updated()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder updated(@Nullable String v) {
      updated = v;
      return this;
    }

    /**
     * Sets {@link ChannelData#base()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder base(@Nullable String v) {
      base = v;
      return this;
    }

    /**
     * Sets {@link ChannelData#imageUrl()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder imageUrl(@Nullable String v) {
      imageUrl = v;
      return this;
    }

    /**
     * Sets {@link ChannelData#imageTitle()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder imageTitle(@Nullable String v) {
      imageTitle = v;
      return this;
    }

    /**
     * Sets {@link ChannelData#imageLink()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder imageLink(@Nullable String v) {
      imageLink = v;
      return this;
    }

    /**
     * Builds the channel.
     *
     * @return an immutable {@link ChannelData}
     * @since 0.1.0
     */
    public ChannelData build() {
      return new ChannelData(title, link, description, language, generator, updated, base, imageUrl,
          imageTitle, imageLink);
    }
  }
}
