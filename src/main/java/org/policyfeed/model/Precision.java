package org.policyfeed.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How precisely a date was stated. A month or a year alone resolves to its last day.
 *
 * @since 0.1.0
 */
public enum Precision {
  /** A day was stated. */
  @JsonProperty("day")
  DAY,
  /** Only a month was stated; the date is the month's last day. */
  @JsonProperty("month")
  MONTH,
  /** Only a year was stated; the date is 31 December. */
  @JsonProperty("year")
  YEAR
}
