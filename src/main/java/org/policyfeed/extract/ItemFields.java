package org.policyfeed.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyfeed.model.Field;

/**
 * What an {@link Extractor} reads: the item's title (headline), teaser and body text, each split into
 * sentences, and the publication date that dates without a year are resolved against. Immutable.
 *
 * @since 0.1.0
 */
public final class ItemFields {
  private final List<FieldText> fields;
  private final @Nullable OffsetDateTime published;

  private ItemFields(List<FieldText> fields, @Nullable OffsetDateTime published) {
    this.fields = List.copyOf(fields);
    this.published = published;
  }

  /**
   * Splits an item's texts into fields; null or empty texts are left out.
   *
   * @param title the headline, or null
   * @param teaser the teaser, or null
   * @param text the body text, or null
   * @param published the publication date, or null
   * @return the fields
   * @since 0.1.0
   */
  public static ItemFields of(@Nullable String title, @Nullable String teaser, @Nullable String text,
      @Nullable OffsetDateTime published) {
    FieldText[] a = new FieldText[3];
    int n = 0;
    if (title != null && !title.isEmpty()) {
      a[n++] = FieldText.of(Field.TITLE, title);
    }
    if (teaser != null && !teaser.isEmpty()) {
      a[n++] = FieldText.of(Field.TEASER, teaser);
    }
    if (text != null && !text.isEmpty()) {
      a[n++] = FieldText.of(Field.TEXT, text);
    }
    List<FieldText> list = switch (n) {
      case 0 -> List.of();
      case 1 -> List.of(a[0]);
      case 2 -> List.of(a[0], a[1]);
      default -> List.of(a[0], a[1], a[2]);
    };
    return new ItemFields(list, published);
  }

  /**
   * The fields present, in the order title, teaser, text.
   *
   * @return the fields; never null
   * @since 0.1.0
   */
  public List<FieldText> fields() {
    return fields;
  }

  /**
   * One field.
   *
   * @param field which field
   * @return the field, or null when the item has no such text
   * @since 0.1.0
   */
  public @Nullable FieldText field(Field field) {
    for (FieldText f : fields) {
      if (f.field() == field) {
        return f;
      }
    }
    return null;
  }

  /**
   * The publication date and time.
   *
   * @return when the item was published, or null when the feed does not say
   * @since 0.1.0
   */
  public @Nullable OffsetDateTime published() {
    return published;
  }

  /**
   * The publication day, in the offset the feed gave.
   *
   * @return the day, or null when the feed does not say
   * @since 0.1.0
   */
  public @Nullable LocalDate publishedDate() {
    return published == null ? null : published.toLocalDate();
  }
}
