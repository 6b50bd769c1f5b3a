/**
 * HTML to plain text, and the repair stage. Not exported: the reader calls it.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyfeed.text;

import org.jspecify.annotations.NullMarked;
