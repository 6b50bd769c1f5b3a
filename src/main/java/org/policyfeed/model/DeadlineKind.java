package org.policyfeed.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a {@link Deadline} is a cut-off for.
 *
 * @since 0.1.0
 */
public enum DeadlineKind {
  /** Applications must be in by then. */
  @JsonProperty("application")
  APPLICATION,
  /** Something must be submitted or sent by then (entries, nominations, questions). */
  @JsonProperty("submission")
  SUBMISSION,
  /** Registration closes then. */
  @JsonProperty("registration")
  REGISTRATION,
  /** A selection procedure runs until then. */
  @JsonProperty("selection")
  SELECTION,
  /** A project or programme runs until then. */
  @JsonProperty("project-end")
  PROJECT_END,
  /** Another cut-off: a consultation or a call that stays open until then. */
  @JsonProperty("other")
  OTHER
}
