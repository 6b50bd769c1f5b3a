package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scan {@link Persons} runs for lists of names ({@link Persons#LIST} tried only where {@link Persons#listStarts}
 * holds) finds exactly what {@code LIST.matcher(t).find()} finds: on the real, mutated and generated texts of
 * {@link DateCorpus}, and on seeded random texts (invented for this test): lists, almost lists and names next to
 * commas, made of name fragments and separators.
 */
class PersonsListScanTest {
  /** Names and words for random texts (invented): particles, initials, hyphens, apostrophes, non-ASCII letters. */
  private static final String[] NAMES = {"Ana Novak", "Jan Healy", "Luc", "Haddad", "Mariam Sow Diagne", "J. P. Moreau",
      "Anna van der Berg", "Omar al-Hassan", "Omar al\u2011Hassan", "Sean O'Neil", "Kate O’Brien", "Dr Jan Healy",
      "Ελένη Παππά", "Łukasz Żak", "Director General", "ICMPD", "In March", "Ana Novak Healy Haddad Lopez", "the",
      "Ana\u00a0Novak", "Luc Haddad’s", "2019"};
  /** Separators between names, and what may follow the last one (invented). */
  private static final String[] SEPARATORS = {", ", ",", ",\u00a0", " and ", ", and ", "\u00a0and\u00a0", " and", ". ",
      "; ", " ", "\n", " - "};
  private static final String[] ENDS = {" said.", ".", ";", ". The", " met", "", "\n", " Said", " (ICMPD)", "; and"};

  private static List<String> texts() {
    List<String> texts = new ArrayList<>(DateCorpus.all());
    Random r = new Random(20261130L);
    for (int k = 0; k < 40_000; k++) {
      StringBuilder sb = new StringBuilder(r.nextBoolean() ? "" : "The team, ");
      int n = 1 + r.nextInt(6);
      for (int j = 0; j < n; j++) {
        if (j > 0) {
          sb.append(r.nextInt(3) > 0 ? (j == n - 1 ? " and " : ", ") : SEPARATORS[r.nextInt(SEPARATORS.length)]);
        }
        sb.append(NAMES[r.nextInt(NAMES.length)]);
      }
      texts.add(sb.append(ENDS[r.nextInt(ENDS.length)]).toString());
    }
    return texts;
  }

  @Test
  void theListScanFindsWhatTheListPatternFinds() {
    List<String> texts = texts();
    long lists = 0;
    for (String t : texts) {
      lists += ScanChecks.findsWhatFindFinds(Persons.LIST, new Scan(Persons.LIST, t, Persons.listStarts()), t);
    }
    assertThat(lists).as("lists found").isGreaterThan(5_000);
  }
}
