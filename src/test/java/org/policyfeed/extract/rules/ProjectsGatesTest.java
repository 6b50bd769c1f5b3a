package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential tests for the gates in {@link Projects}: every capitalised phrase in which the code before the gate
 * had a segment that {@code Projects.kindSegment} takes (copied here from that code) must pass the gate of
 * {@code kindPhrases} ({@link Projects#kindStarts}, {@link Projects#mayEndSegment}); every phrase in which
 * {@link NameKeys#find} finds a key must pass the gate of {@code knownMentions} ({@link Projects#mayStartKey}).
 * Texts: the real, mutated and generated texts of {@link DateCorpus}, and seeded random texts made of fragments
 * chosen to hit the edges (invented for this test).
 */
class ProjectsGatesTest {
  /** Fragments for random texts (invented). */
  private static final String[] FRAGMENTS = {"Programme", "Programmes", "Program", "Programs", "Project", "Projects",
      "Initiative", "Initiatives", "Facility", "Facilities", "Process", "Processes", "Dialogue", "and", "of", "the",
      "The", "for", "&", "IV", "II", "X", "VIII", "XIIII", "2", "Green", "Wall", "Great", "EU", "ICMPD", "Mobility",
      "Partnership", "Anti-Project", "Programme’s", "Project's", "Initiative,", "Facility.", " ", "  ", "\u00a0", "\n",
      ",", "(", ")", "Projectx", "Pro", "ProgrammeIV", "É", "Łódź", "𝐀bc"};

  private static List<String> texts;

  @BeforeAll
  static void load() {
    texts = DateCorpus.withInvented(FRAGMENTS, 20241130L, 40_000, 25, r -> r.nextInt(3) > 0 ? (r.nextInt(8) == 0 ? "\u00a0" : " ") : "");
  }

  /** Whether kindPhrases before the gate gave kindSegment a segment of the phrase that it does not return from at once. */
  private static boolean oldTakesASegment(String t, int ps, int pe) {
    String[] all = Doc.words(t, ps, pe);
    int segStart = 0;
    for (int i = 0; i <= all.length; i++) {
      boolean split = i == all.length || all[i].equals("and") && i > 0 && Lex.KIND_WORDS.containsKey(all[i - 1])
          && !all[i - 1].endsWith("es") && !all[i - 1].endsWith("ies");
      if (split) {
        String[] w = java.util.Arrays.copyOfRange(all, segStart, i);
        if (w.length > 0) {
          // the start of kindSegment
          int last = w.length - 1;
          if (last >= 1 && Projects.roman(w[last])) {
            last--;
          }
          if (!(last < 1 || !Lex.KIND_WORDS.containsKey(w[last]) || w[last].equals("Dialogue"))) {
            return true;
          }
        }
        segStart = i + 1;
      }
    }
    return false;
  }

  @Test
  void everyPhraseWithATakenSegmentPassesTheGate() {
    long taken = 0;
    long passed = 0;
    long phrases = 0;
    for (String t : texts) {
      int[] starts = Doc.scan(t)[0];
      int[] ks = java.util.Arrays.stream(Projects.kindStarts(t, starts)).map(x -> starts[x]).toArray();
      Matcher m = Doc.CAP_PHRASE.matcher(t);
      while (m.find()) {
        int ps = m.start();
        int pe = m.end();
        boolean gate = false;
        for (int s : ks) {
          if (s > ps && s < pe && Projects.mayEndSegment(t, s, pe)) {
            gate = true;
          }
        }
        boolean old = oldTakesASegment(t, ps, pe);
        if (old && !gate) {
          assertThat(gate).as("[%d, %d) of %s", ps, pe, t).isTrue();
        }
        taken += old ? 1 : 0;
        passed += gate ? 1 : 0;
        phrases++;
      }
    }
    assertThat(taken).isGreaterThan(5_000);
    assertThat(phrases).isGreaterThan(100_000);
    System.out.printf("kind gate: %d phrases, %d with a segment taken, %d passed the gate%n", phrases, taken, passed);
  }

  @Test
  void everyPhraseWithAKeyPassesTheKeyGate() {
    Random r = new Random(7);
    // keys of phrases of the texts themselves, and invented ones that start with a digit, an accent or a gap
    List<String> pool = new ArrayList<>(List.of("2019 programme", "ecole", "lodz", "ellada", "e", "the great wall",
        "a", "z", "icmpd", "eu", "anti trafficking", "eu s", "a b", "ab", "abcde", "gre", "great", "great green"));
    long found = 0;
    long phrases = 0;
    for (String t : texts) {
      List<int[]> ph = new ArrayList<>();
      Matcher m = Doc.CAP_PHRASE.matcher(t);
      while (m.find()) {
        ph.add(new int[] {m.start(), m.end()});
      }
      if (!ph.isEmpty() && r.nextInt(3) > 0) {
        int[] p = ph.get(r.nextInt(ph.size()));
        pool.add(Rules.normalise(t.substring(p[0], p[1])));
      }
      java.util.Set<String> keySet = new java.util.TreeSet<>();
      for (int k = 0; k < 1 + r.nextInt(6); k++) {
        keySet.add(pool.get(r.nextInt(pool.size())));
      }
      if (r.nextInt(4) == 0 && !ph.isEmpty()) {
        int[] p = ph.get(r.nextInt(ph.size()));
        keySet.add(Rules.normalise(t.substring(p[0], p[1]))); // one that is there
      }
      String[] keys = keySet.toArray(new String[0]);
      NameKeys key = new NameKeys();
      for (int[] p : ph) {
        int s = p[0];
        int e = p[1];
        while (s + 4 <= e && (t.startsWith("the ", s) || t.startsWith("The ", s))) {
          s += 4;
        }
        if (key.find(t, s, e, keys, keys.length) != NameKeys.NONE) {
          found++;
          if (!Projects.mayStartKey(t, p[0], keys, Projects.firstChars(keys))) {
            assertThat(false).as("[%d, %d) of %s with keys %s", p[0], p[1], t, keySet).isTrue();
          }
        }
        phrases++;
      }
    }
    assertThat(found).isGreaterThan(5_000);
    System.out.printf("key gate: %d phrases, %d with a key found%n", phrases, found);
  }
}
