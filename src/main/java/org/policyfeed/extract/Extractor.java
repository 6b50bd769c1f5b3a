package org.policyfeed.extract;

import java.util.List;
import org.policyfeed.model.Entity;

/**
 * Finds entities of one further kind in an item, such as funding amounts. Register an extractor with
 * {@code FeedReader.builder().addExtractor(...)}; what it finds appears in
 * {@link org.policyfeed.model.NewsItem#extras()}. The built-in kinds (persons, projects, deadlines, events)
 * do not go through this interface.
 *
 * <p>An implementation must be thread-safe (a reader serves every thread), must not keep state between
 * items, and should take time linear in the length of the text: compile patterns once, in static fields.
 * Report each entity once per item, with every place it is mentioned ({@link FieldText#mention(int, int)}).
 * An exception thrown here fails the item.
 *
 * <p>See {@code docs/adding-a-parser.md}, section "Adding an extractor", for a worked example.
 *
 * @since 0.1.0
 */
public interface Extractor {

  /**
   * The kind of entity this extractor finds; written to {@link org.policyfeed.model.Entity#kind()}.
   *
   * @return a short, lower-case, stable name such as {@code funding}
   * @since 0.1.0
   */
  String kind();

  /**
   * Finds the entities in one item.
   *
   * @param item the item's title, teaser and text, split into sentences
   * @return the entities found, in text order; never null
   * @since 0.1.0
   */
  List<Entity> extract(ItemFields item);
}
