package org.policyfeed.format;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Diagnostic;

/**
 * One entry's strings exactly as the format gave them, before any cleaning. The library turns them
 * into a {@link org.policyfeed.model.NewsItem}: {@code title} and {@code summary} are read as HTML
 * (escape {@code <} and {@code &} in plain text), {@code contentHtml} becomes the item's
 * {@code bodyHtml} (else {@code summary} does), {@code link} and the body's links resolve against
 * {@code base}, then the channel's base, then the channel's link.
 *
 * @param id the entry's identifier (RSS {@code guid}, Atom {@code id}); becomes the item's id
 * @param title the title, as HTML
 * @param link the entry's web page, absolute or relative to {@code base}
 * @param summary the short description, as HTML
 * @param contentHtml the full body, as HTML
 * @param published when the entry was published, as written (RFC 822 or ISO 8601)
 * @param authors the authors' names; never null
 * @param categories the categories; never null
 * @param language the entry's language, such as {@code en}
 * @param base the base URI relative links resolve against (an {@code xml:base})
 * @param line where the entry starts (1-based) for diagnostics, or null
 * @param column the column where the entry starts, or null
 * @param diagnostics problems the format found in this entry; never null
 * @since 0.1.0
 */
public record EntryData(
    @Nullable String id,
    @Nullable String title,
    @Nullable String link,
    @Nullable String summary,
    @Nullable String contentHtml,
    @Nullable String published,
    List<String> authors,
    List<String> categories,
    @Nullable String language,
    @Nullable String base,
    @Nullable Integer line,
    @Nullable Integer column,
    List<Diagnostic> diagnostics) {

  /** Copies the lists; a null list becomes empty. */
  public EntryData {
    authors = authors == null ? List.of() : List.copyOf(authors);
    categories = categories == null ? List.of() : List.copyOf(categories);
    diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
  }

  /**
   * A builder with every field null or empty.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link EntryData}. Setters take null; not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable String link;
    private @Nullable String summary;
    private @Nullable String contentHtml;
    private @Nullable String published;
    private final List<String> authors = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private @Nullable String language;
    private @Nullable String base;
    private @Nullable Integer line;
    private @Nullable Integer column;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Builder() {}

    /**
     * Sets {@link EntryData#id()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder id(@Nullable String v) {
      id = v;
      return this;
    }

    /**
     * Sets {@link EntryData#title()}.
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
     * Sets {@link EntryData#link()}.
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
     * Sets {@link EntryData#summary()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder summary(@Nullable String v) {
      summary = v;
      return this;
    }

    /**
     * Sets {@link EntryData#contentHtml()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder contentHtml(@Nullable String v) {
      contentHtml = v;
      return this;
    }

    /**
     * Sets {@link EntryData#published()}.
     *
     * @param v the value
     * @return this builder
     * @since 0.1.0
     */
    public Builder published(@Nullable String v) {
      published = v;
      return this;
    }

    /**
     * Adds an author when the name is not blank.
     *
     * @param name the author's name
     * @return this builder
     * @since 0.1.0
     */
    public Builder addAuthor(@Nullable String name) {
      if (name != null && !name.isBlank()) {
        authors.add(name.strip());
      }
      return this;
    }

    /**
     * Adds a category when it is not blank.
     *
     * @param category the category
     * @return this builder
     * @since 0.1.0
     */
    public Builder addCategory(@Nullable String category) {
      if (category != null && !category.isBlank()) {
        categories.add(category.strip());
      }
      return this;
    }

    /**
     * Sets {@link EntryData#language()}.
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
     * Sets {@link EntryData#base()}.
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
     * Sets where the entry starts, for diagnostics.
     *
     * @param line the line (1-based), or null
     * @param column the column, or null
     * @return this builder
     * @since 0.1.0
     */
    public Builder position(@Nullable Integer line, @Nullable Integer column) {
      this.line = line;
      this.column = column;
      return this;
    }

    /**
     * Adds a problem found in this entry. In strict mode the library throws on a warning or an error.
     *
     * @param d the diagnostic
     * @return this builder
     * @since 0.1.0
     */
    public Builder addDiagnostic(Diagnostic d) {
      diagnostics.add(d);
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return an immutable {@link EntryData}
     * @since 0.1.0
     */
    public EntryData build() {
      return new EntryData(id, title, link, summary, contentHtml, published, authors, categories, language,
          base, line, column, diagnostics);
    }
  }
}
