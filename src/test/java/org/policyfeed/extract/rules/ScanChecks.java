package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks shared by the differential tests of {@link Scan}s. */
final class ScanChecks {
  private ScanChecks() {}

  /**
   * Asserts that {@code scan} over {@code t} finds exactly the matches of {@code p.matcher(t).find()}, in order, with
   * the same bounds; the number of matches.
   */
  static long findsWhatFindFinds(Pattern p, Scan scan, String t) {
    Matcher m = p.matcher(t);
    long found = 0;
    while (scan.find()) {
      assertThat(m.find()).as(t).isTrue();
      assertThat(scan.m.start()).as(t).isEqualTo(m.start());
      assertThat(scan.m.end()).as(t).isEqualTo(m.end());
      found++;
    }
    assertThat(m.find()).as(t).isFalse();
    return found;
  }
}
