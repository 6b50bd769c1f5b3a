package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link TextEditor}: editors of one thread share a spare output builder without mixing their outputs. */
class TextEditorTest {

  @Test
  void editorsOfOneThreadBuildTheirOwnOutputs() {
    // invented texts; "é" and "–" make the second one need two bytes a char
    TextEditor a = new TextEditor("one two three");
    TextEditor b = new TextEditor("caf\u00e9 \u2013 four five");
    a.replace(0, 3, "ONE"); // a takes the thread's spare builder
    b.replace(7, 11, "FOUR"); // b finds none and makes its own
    a.delete(7, 13);
    b.delete(12, 16);
    assertThat(a.result()).isEqualTo("ONE two");
    assertThat(b.result()).isEqualTo("caf\u00e9 \u2013 FOUR ");
    for (int i = 0; i < 3; i++) { // the builder given back serves the next editors, one after another
      TextEditor c = new TextEditor("x\u2013y " + i);
      c.replace(1, 2, "-");
      assertThat(c.result()).isEqualTo("x-y " + i);
      TextEditor d = new TextEditor("plain " + i);
      d.replace(0, 5, "PLAIN");
      assertThat(d.result()).isEqualTo("PLAIN " + i);
    }
  }

  @Test
  void aLargeOutputThenASmallOne() {
    String big = "a\u2013".repeat(50_000); // invented; 100,000 chars, more than a kept builder holds
    TextEditor e = new TextEditor(big);
    e.replace(0, 1, "b");
    assertThat(e.result()).startsWith("b\u2013a\u2013").hasSize(big.length());
    TextEditor f = new TextEditor("short");
    f.replace(0, 1, "S");
    assertThat(f.result()).isEqualTo("Short");
  }
}
