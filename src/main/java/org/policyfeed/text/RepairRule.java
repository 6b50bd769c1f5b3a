package org.policyfeed.text;

/**
 * One named repair rule. A rule reads the whole text of one field and writes its changes, left to
 * right, into a {@link TextEditor}; it never edits the text in place. Implementations are stateless and
 * thread-safe, and run in time linear in the length of the text.
 */
interface RepairRule {

  /**
   * The rule's name, recorded as {@link org.policyfeed.model.Repair#kind()}.
   *
   * @return a lower-case, hyphenated name such as {@code run-together}
   */
  String name();

  /**
   * Finds the damage this rule repairs and records each change in {@code editor}, in increasing order
   * of position and without overlaps.
   *
   * @param text the field's text as left by the rules before this one
   * @param editor an editor over {@code text}
   */
  void apply(String text, TextEditor editor);
}
