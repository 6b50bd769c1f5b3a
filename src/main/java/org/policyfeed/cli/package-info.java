/**
 * The command-line tool: the only code of the project that opens files. Not exported.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyfeed.cli;

import org.jspecify.annotations.NullMarked;
