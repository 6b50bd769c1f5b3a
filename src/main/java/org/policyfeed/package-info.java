/**
 * The front door: {@link org.policyfeed.FeedReader} reads a feed from a stream, bytes or a string into
 * the records of {@link org.policyfeed.model}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyfeed;

import org.jspecify.annotations.NullMarked;
