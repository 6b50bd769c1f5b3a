/**
 * Helpers shared by the reader's stages: XML factory setup, date and URL parsing, raw entries. Not
 * exported; nothing here is API.
 */
@NullMarked
package org.policyfeed.internal;

import org.jspecify.annotations.NullMarked;
