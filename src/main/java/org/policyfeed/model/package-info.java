/**
 * The records that users keep: {@link org.policyfeed.model.Channel}, {@link org.policyfeed.model.NewsItem}
 * and the entities found in an item's text. All are immutable; lists are never null.
 *
 * <p>The JSON name of every component is fixed with {@code @JsonProperty}; see {@code docs/json.md}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyfeed.model;

import org.jspecify.annotations.NullMarked;
