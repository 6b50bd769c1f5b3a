package org.policyfeed.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** Runs one rule on its own, for the rules' unit tests. */
final class Rules {
  private Rules() {}

  /** One change a rule made: what it replaced and with what. */
  record Edit(String before, String after, int outStart) {}

  record Outcome(String text, List<Edit> edits) {}

  static Outcome run(RepairRule rule, String text) {
    TextEditor editor = new TextEditor(text);
    rule.apply(text, editor);
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < editor.size(); i++) {
      edits.add(new Edit(editor.before(i), editor.after(i), editor.outStart(i)));
    }
    String out = editor.result();
    for (Edit e : edits) {
      if (!out.startsWith(e.after(), e.outStart())) {
        throw new AssertionError("edit " + e + " is not at its offset in " + out);
      }
    }
    return new Outcome(out, edits);
  }

  static String fix(RepairRule rule, String text) {
    return run(rule, text).text();
  }

  /** Asserts that {@code got} makes the very changes {@code expected} makes in {@code text}. */
  static void assertSameChanges(RepairRule expected, RepairRule got, String text) {
    TextEditor want = new TextEditor(text);
    expected.apply(text, want);
    TextEditor have = new TextEditor(text);
    got.apply(text, have);
    assertEquals(want.size(), have.size(), () -> "changes in " + text);
    for (int i = 0; i < want.size(); i++) {
      assertEquals(want.inStart(i), have.inStart(i), text);
      assertEquals(want.inEnd(i), have.inEnd(i), text);
      assertEquals(want.after(i), have.after(i), text);
    }
    assertEquals(want.result(), have.result(), text);
  }
}
