package org.policyfeed.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One news item: what the feed gave, cleaned, and what was found in it.
 *
 * @param id the item's guid; else its link; else a stable hash of its title, date and teaser
 *     prefixed {@code urn:policyfeed:}
 * @param title the title exactly as given
 * @param category the title's category prefix ({@code "Project News"} in {@code "Project News: …"}), or
 *     null when the title has none
 * @param headline the title without its category prefix, repaired
 * @param link the item's link, absolute, with runs of slashes in the path collapsed
 * @param published the publication date and time with the offset the feed gave
 * @param authors the authors, as given; never null
 * @param categories the feed's categories for the item, as given; never null
 * @param teaser the short description as plain text, repaired
 * @param teaserTruncated whether the teaser ends in an ellipsis ({@code ...} or {@code …})
 * @param text the body as plain text: paragraphs and headings separated by a blank line, list items one
 *     per line, entities decoded, whitespace normalised, repaired; empty when there is no body
 * @param bodyHtml the body exactly as given, or null when the item has none
 * @param links the body's hyperlinks, absolute, in document order; never null
 * @param persons people mentioned; never null
 * @param projects projects mentioned; never null
 * @param deadlines deadlines stated; never null
 * @param events dated events; never null
 * @param repairs every repair made to the headline, teaser or text; never null
 * @param diagnostics problems found in this item; never null
 * @param language the item's language ({@code xml:lang}), or null when not stated
 * @param extras entities of further kinds found by contributed extractors
 *     ({@code org.policyfeed.extract.Extractor}), in the order the extractors were registered; never null
 * @since 0.1.0
 */
public record NewsItem(
    @JsonProperty("id") String id,
    @JsonProperty("title") @Nullable String title,
    @JsonProperty("category") @Nullable String category,
    @JsonProperty("headline") @Nullable String headline,
    @JsonProperty("link") @Nullable String link,
    @JsonProperty("published") @Nullable OffsetDateTime published,
    @JsonProperty("authors") List<String> authors,
    @JsonProperty("categories") List<String> categories,
    @JsonProperty("teaser") @Nullable String teaser,
    @JsonProperty("teaserTruncated") boolean teaserTruncated,
    @JsonProperty("text") String text,
    @JsonProperty("bodyHtml") @Nullable String bodyHtml,
    @JsonProperty("links") List<Link> links,
    @JsonProperty("persons") List<Person> persons,
    @JsonProperty("projects") List<Project> projects,
    @JsonProperty("deadlines") List<Deadline> deadlines,
    @JsonProperty("events") List<Event> events,
    @JsonProperty("repairs") List<Repair> repairs,
    @JsonProperty("diagnostics") List<Diagnostic> diagnostics,
    @JsonProperty("language") @Nullable String language,
    @JsonProperty("extras") List<Entity> extras) {

  /** Copies every list; a null list becomes empty. */
  public NewsItem {
    requireNonNull(id, "id");
    text = text == null ? "" : text;
    authors = copy(authors);
    categories = copy(categories);
    links = copy(links);
    persons = copy(persons);
    projects = copy(projects);
    deadlines = copy(deadlines);
    events = copy(events);
    repairs = copy(repairs);
    diagnostics = copy(diagnostics);
    extras = copy(extras);
  }

  /**
   * An item without entities of contributed kinds: the canonical constructor with {@code extras} empty.
   * Kept so that code written before {@code extras} existed still compiles.
   *
   * @since 0.1.0
   */
  public NewsItem(String id, @Nullable String title, @Nullable String category, @Nullable String headline,
      @Nullable String link, @Nullable OffsetDateTime published, List<String> authors, List<String> categories,
      @Nullable String teaser, boolean teaserTruncated, String text, @Nullable String bodyHtml, List<Link> links,
      List<Person> persons, List<Project> projects, List<Deadline> deadlines, List<Event> events,
      List<Repair> repairs, List<Diagnostic> diagnostics, @Nullable String language) {
    this(id, title, category, headline, link, published, authors, categories, teaser, teaserTruncated, text,
        bodyHtml, links, persons, projects, deadlines, events, repairs, diagnostics, language, List.of());
  }

  private static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
