/**
 * Entity extraction: people, projects, deadlines and events found by deterministic rules.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyfeed.extract;

import org.jspecify.annotations.NullMarked;
