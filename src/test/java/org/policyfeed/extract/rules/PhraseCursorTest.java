package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test for {@link PhraseCursor}: the phrase it finds at a capital start is the {@link Doc#CAP_PHRASE}
 * match of {@code find()} over the whole text that holds the position, asked at every capital start and at random
 * increasing ones; and {@link Doc#afterBreaks} is what going back char by char to the last break gives. Texts: the real, mutated and generated texts of {@link DateCorpus}, and
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

  private static void check(String t, int[][] want, PhraseCursor pc, int[] starts, int k) {
    int pos = starts[k];
    boolean at = pc.at(k);
    int s = want[0][pos];
    if (at != (s >= 0) || at && (pc.start() != s || pc.end() != want[1][s])) {
      assertThat(at ? "[" + pc.start() + ", " + pc.end() + ")" : "none").as("at %d of %s", pos, t)
          .isEqualTo(s >= 0 ? "[" + s + ", " + want[1][s] + ")" : "none");
    }
  }

  @Test
  void thePhraseAtACapitalStartIsTheMatchHoldingIt() {
    Random r = new Random(11);
    long held = 0;
    for (String t : texts) {
      int[][] want = phrases(t);
      int[][] scan = Doc.scan(t);
      int[] starts = scan[0];
      PhraseCursor every = new PhraseCursor(t, starts, scan[2]);
      for (int k = 0; k < starts.length; k++) {
        check(t, want, every, starts, k);
        held += want[0][starts[k]] >= 0 ? 1 : 0;
      }
      for (int j = 0; j < 3 && starts.length > 0; j++) {
        PhraseCursor some = new PhraseCursor(t, starts, scan[2]);
        int k = r.nextInt(Math.min(starts.length, 10));
        while (k < starts.length) {
          check(t, want, some, starts, k);
          if (r.nextInt(4) == 0) {
            check(t, want, some, starts, k); // the same start again
          }
          k += 1 + r.nextInt(r.nextBoolean() ? 3 : 40);
        }
      }
    }
    assertThat(held).isGreaterThan(100_000);
  }

  @Test
  void afterBreaksIsTheFirstCapitalStartAfterTheLastBreak() {
    long gone = 0;
    for (String t : texts) {
      int[][] scan = Doc.scan(t);
      int[] starts = scan[0];
      assertThat(scan[2]).hasSameSizeAs(starts);
      for (int k = 0; k < starts.length; k++) {
        int b = starts[k] - 1;
        while (b >= 0 && !PhraseCursor.breaks(t.charAt(b))) {
          b--;
        }
        int want = 0;
        while (want < k && starts[want] < b) {
          want++;
        }
        assertThat(scan[2][k]).as("%d of %s", k, t).isEqualTo(want);
        gone += k - want;
      }
    }
    assertThat(gone).isGreaterThan(10_000); // the look back skips starts, not only none
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
