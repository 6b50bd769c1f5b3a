package org.policyfeed.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item's strings exactly as the feed gave them, before any cleaning. Mutable while a format reader
 * fills it; handed on once complete.
 */
public final class RawEntry {
  public @Nullable String guid;
  public @Nullable String title;
  public @Nullable String link;
  public @Nullable String description;
  public @Nullable String content;
  public @Nullable String published;
  public @Nullable Integer publishedLine;
  public @Nullable Integer publishedColumn;
  public @Nullable String language;
  public @Nullable String base;
  public final List<String> authors = new ArrayList<>();
  public final List<String> categories = new ArrayList<>();
  public int line;
  public int column;
  public final Diagnostics diagnostics;

  public RawEntry(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }
}
