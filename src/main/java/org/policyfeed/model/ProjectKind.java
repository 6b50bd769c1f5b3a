package org.policyfeed.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of undertaking a {@link Project} is, as the text marks it.
 *
 * @since 0.1.0
 */
public enum ProjectKind {
  /** A project. */
  @JsonProperty("project")
  PROJECT,
  /** A programme. */
  @JsonProperty("programme")
  PROGRAMME,
  /** An initiative. */
  @JsonProperty("initiative")
  INITIATIVE,
  /** A facility (a funding or support instrument). */
  @JsonProperty("facility")
  FACILITY,
  /** A dialogue process, such as the Budapest Process. */
  @JsonProperty("process")
  PROCESS
}
