/**
 * JSON and JSON Lines for pipelines, through Jackson. The field names are a published contract; see
 * {@code docs/json.md}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyfeed.json;

import org.jspecify.annotations.NullMarked;
