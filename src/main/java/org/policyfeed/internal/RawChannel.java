package org.policyfeed.internal;

import org.jspecify.annotations.Nullable;

/** The channel's strings as given. Mutable while a format reader fills it. */
public final class RawChannel {
  public @Nullable String title;
  public @Nullable String link;
  public @Nullable String description;
  public @Nullable String language;
  public @Nullable String generator;
  public @Nullable String docs;
  public @Nullable String lastBuildDate;
  public @Nullable Integer lastBuildDateLine;
  public @Nullable String base;
  public @Nullable String imageUrl;
  public @Nullable String imageTitle;
  public @Nullable String imageLink;
  public @Nullable String imageWidth;
  public @Nullable String imageHeight;
  public @Nullable String imageDescription;
  public boolean hasImage;

  /** A copy holding what converting an item reads from the channel: its link and base. */
  public RawChannel copyForItems() {
    RawChannel c = new RawChannel();
    c.link = link;
    c.base = base;
    return c;
  }
}
