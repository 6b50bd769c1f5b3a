/**
 * The built-in extraction rules: sentences, dates, persons, projects, deadlines and events. Not exported;
 * use {@link org.policyfeed.extract.ExtractionStage} and {@link org.policyfeed.extract.Extractor}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyfeed.extract.rules;

import org.jspecify.annotations.NullMarked;
