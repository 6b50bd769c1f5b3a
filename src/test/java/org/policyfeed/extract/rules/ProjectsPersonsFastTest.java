package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential tests for the shortcuts in {@link Projects}, {@link Persons} and {@link Doc}: each against the regular
 * expression or the code it stands for (kept here verbatim), on the real, mutated and generated texts of
 * {@link DateCorpus}.
 */
class ProjectsPersonsFastTest {
  private static final String SP = "[ \\u00a0]";
  private static final Pattern SPACES = Pattern.compile("[ \\u00a0]+");
  private static final Pattern CUE_LIST = Pattern.compile("(?<!\\b[Tt]he" + SP + ")\\b(programs|programmes|projects"
      + "|initiatives)" + SP + "(" + Doc.CAPPHRASE + ")(?=[,;.)]|" + SP + "and" + SP + "|" + SP + "\\(|$)");

  private static List<String> texts;

  @BeforeAll
  static void load() {
    texts = DateCorpus.all();
  }

  /** Doc.words as it was: strip, then split at runs of spaces. */
  private static String[] oldWords(String s) {
    String t = s.strip();
    return t.isEmpty() ? new String[0] : SPACES.split(t);
  }

  @Test
  void wordsOfARangeAsWordsOfTheSubstring() {
    Random r = new Random(5);
    String[] extra = {"", " ", "\u00a0", "  a", "a\u00a0", "\u00a0a b\u00a0\u00a0", " \t a  b \n", "\u2028x\u2029",
        "\ud835\udc00 \ud835", "\u00a0\u00a0"}; // invented edge cases
    for (String x : extra) {
      assertThat(Doc.words(x)).as(x).containsExactly(oldWords(x));
    }
    long n = 0;
    for (String t : texts) {
      assertThat(Doc.words(t)).containsExactly(oldWords(t));
      for (int k = 0; k < 4 && t.length() > 0; k++) {
        int a = r.nextInt(t.length() + 1);
        int b = Math.min(t.length(), a + r.nextInt(60));
        String[] got = Doc.words(t, a, b);
        String[] want = oldWords(t.substring(a, b));
        if (!Arrays.equals(got, want)) {
          assertThat(got).as("[%d, %d) of %s", a, b, t).containsExactly(want);
        }
        n++;
      }
    }
    assertThat(n).isGreaterThan(10_000);
  }

  @Test
  void cueListStartHoldsWhereverTheCueListMatches() {
    long found = 0;
    for (String t : texts) {
      Matcher m = CUE_LIST.matcher(t);
      while (m.find()) {
        assertThat(Projects.cueListStart(t, m.start())).as("%d in %s", m.start(), t).isTrue();
        found++;
      }
      Scan s = new Scan(CUE_LIST, t, Projects::cueListStart, 0, "program", "projects", "initiatives");
      m.reset();
      while (s.find()) {
        assertThat(m.find()).isTrue();
        assertThat(s.m.start()).isEqualTo(m.start());
        assertThat(s.m.end()).isEqualTo(m.end());
      }
      assertThat(m.find()).isFalse();
    }
    assertThat(found).isGreaterThan(10);
  }

  @Test
  void noKindSegmentWithoutAKindWord() {
    for (String t : texts) {
      if (Projects.mayHaveKindSegment(t, Doc.scan(t)[0])) {
        continue;
      }
      for (String w : oldWords(t)) {
        assertThat(Lex.KIND_WORDS.containsKey(w) && !w.equals("Dialogue")).as(w).isFalse();
      }
    }
  }
}
