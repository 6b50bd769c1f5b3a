package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test for {@link PhraseCursor}: the phrase it finds at a position is the {@link Doc#CAP_PHRASE} match
 * of {@code find()} over the whole text that holds the position, asked at every position, at the capital starts
 * and at random increasing positions. Texts: the real, mutated and generated texts of {@link DateCorpus}, and
 * seeded random texts made of fragments chosen to hit the edges (invented for this test).
 */
class PhraseCursorTest {
  /** Fragments for random texts (invented): capitals, connectors, breaks and the chars phrases may hold. */
  private static final String[] FRAGMENTS = {"Great", "Green", "Wall", "Initiative", "of", "the", "and", "for", "&",
      "de", "la", "The", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "x", "yz", "ICMPD",
      "EU's", "EU’s", "Anti-Trafficking", "-", "'", "’", "2019", "3", " ", " ", "  ", "\u00a0", ",", ".", "(", ")",
      ";", ":", "\n", "\t", "“", "”", "–", "É", "Łódź", "Ελλάδα", "e\u0301", "\u0301", "𝐀bc", "\ud835", "\udc00",
      "ǅ", "Ⅻ", "ª"};

  private static List<String> texts;

  @BeforeAll
  static void load() {
    texts = DateCorpus.withInvented(FRAGMENTS, 20241130L, 30_000, 40, r -> r.nextInt(3) > 0 ? " " : "");
  }

  /** Per position, the start of the phrase that holds it, or -1; and per phrase start, its end. */
  private static int[][] phrases(String t) {
    int[] holder = new int[t.length()];
    int[] end = new int[t.length() + 1];
    java.util.Arrays.fill(holder, -1);
    Matcher m = Doc.CAP_PHRASE.matcher(t);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        holder[i] = m.start();
      }
      end[m.start()] = m.end();
    }
    return new int[][] {holder, end};
  }

  private static void check(String t, int[][] want, PhraseCursor pc, int pos) {
    boolean at = pc.at(pos);
    int s = want[0][pos];
    if (at != (s >= 0) || at && (pc.start() != s || pc.end() != want[1][s])) {
      assertThat(at ? "[" + pc.start() + ", " + pc.end() + ")" : "none").as("at %d of %s", pos, t)
          .isEqualTo(s >= 0 ? "[" + s + ", " + want[1][s] + ")" : "none");
    }
  }

  @Test
  void thePhraseAtAPositionIsTheMatchHoldingIt() {
    Random r = new Random(11);
    long held = 0;
    for (String t : texts) {
      int[][] want = phrases(t);
      int[] starts = Doc.scan(t)[0];
      PhraseCursor every = new PhraseCursor(t, starts);
      for (int pos = 0; pos < t.length(); pos++) {
        check(t, want, every, pos);
        held += want[0][pos] >= 0 ? 1 : 0;
      }
      PhraseCursor atStarts = new PhraseCursor(t, starts);
      for (int c : starts) {
        check(t, want, atStarts, c);
      }
      for (int k = 0; k < 3 && t.length() > 0; k++) {
        PhraseCursor some = new PhraseCursor(t, starts);
        int pos = r.nextInt(Math.min(t.length(), 50));
        while (pos < t.length()) {
          check(t, want, some, pos);
          if (r.nextInt(4) == 0) {
            check(t, want, some, pos); // the same position again
          }
          pos += 1 + r.nextInt(r.nextBoolean() ? 8 : 200);
        }
      }
    }
    assertThat(held).isGreaterThan(1_000_000);
  }

  @Test
  void noPhraseHoldsABreak() {
    for (String t : texts) {
      int[][] want = phrases(t);
      for (int i = 0; i < t.length(); i++) {
        if (want[0][i] >= 0) {
          assertThat(PhraseCursor.breaks(t.charAt(i))).as("%d of %s", i, t).isFalse();
        }
      }
    }
  }
}
