package org.policyfeed.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyfeed.internal.Dates;
import org.policyfeed.internal.Diagnostics;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.Severity;

/**
 * Dates that are nearly right still parse; where something was guessed there is a diagnostic. The
 * date strings are written for this test in the forms real feeds use.
 */
class DatesTest {

  private static OffsetDateTime parse(String raw, List<Diagnostic> out) {
    Diagnostics d = new Diagnostics(false);
    OffsetDateTime t = Dates.parse(raw, d, 1, 1);
    out.addAll(d.list());
    return t;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Thu, 21 Mar 2019 12:57:30 +0100        | 2019-03-21T12:57:30+01:00 |
      Thu, 21 Mar 2019 12:57:30 GMT          | 2019-03-21T12:57:30Z      |
      21 Mar 2019 12:57:30 GMT               | 2019-03-21T12:57:30Z      |
      Fri, 21 Mar 2019 12:57:30 GMT          | 2019-03-21T12:57:30Z      | date-weekday-mismatch
      Thu, 21 Mar 19 12:57:30 GMT            | 2019-03-21T12:57:30Z      | date-two-digit-year
      Thu, 21 Mar 99 12:57:30 GMT            | 1999-03-21T12:57:30Z      | date-two-digit-year
      Thu, 21 Mar 2019 12:57 GMT             | 2019-03-21T12:57:00Z      | date-no-seconds
      Thu, 21 Mar 2019 12:57:30 UTC          | 2019-03-21T12:57:30Z      |
      Thu, 21 Mar 2019 12:57:30 UT           | 2019-03-21T12:57:30Z      |
      Thu, 21 Mar 2019 12:57:30 CET          | 2019-03-21T12:57:30+01:00 | date-zone-named
      Thu, 21 Mar 2019 12:57:30 EST          | 2019-03-21T12:57:30-05:00 |
      Thu, 21 Mar 2019 12:57:30 PDT          | 2019-03-21T12:57:30-07:00 |
      Thu, 21 Mar 2019 12:57:30 +01:00       | 2019-03-21T12:57:30+01:00 | date-zone-form
      Thu, 21 Mar 2019 12:57:30 GMT+2        | 2019-03-21T12:57:30+02:00 | date-zone-form
      Thu, 21 Mar 2019 12:57:30 Z            | 2019-03-21T12:57:30Z      |
      Thu, 21 Mar 2019 12:57:30              | 2019-03-21T12:57:30Z      | date-no-zone
      Thu,21 Mar 2019 12:57:30 GMT           | 2019-03-21T12:57:30Z      |
      thu, 21 mar 2019 12:57:30 gmt          | 2019-03-21T12:57:30Z      |
      Thursday, 21 March 2019 12:57:30 GMT   | 2019-03-21T12:57:30Z      |
      Thu, 21 MAR 2019 12:57:30 GMT          | 2019-03-21T12:57:30Z      |
      Thu, 21 Sept 2019 12:57:30 GMT         | 2019-09-21T12:57:30Z      | date-weekday-mismatch
      Thu, 1 Mar 2019 2:57:30 GMT            | 2019-03-01T02:57:30Z      | date-weekday-mismatch
      Thu, 21 Mar 2019 12:57:30 +0000 (UTC)  | 2019-03-21T12:57:30Z      |
      Thu, 21 Mar 2019 12:57:60 GMT          | 2019-03-21T12:57:59Z      |
      21 Mar 2019                            | 2019-03-21T00:00Z         | date-no-time
      March 21, 2019 12:57:30 GMT            | 2019-03-21T12:57:30Z      | date-not-rfc822
      2019-03-21T12:57:30+01:00              | 2019-03-21T12:57:30+01:00 |
      2019-03-21T12:57:30Z                   | 2019-03-21T12:57:30Z      |
      2019-03-21T12:57:30.123Z               | 2019-03-21T12:57:30.123Z  |
      2019-03-21 12:57:30+01:00              | 2019-03-21T12:57:30+01:00 |
      2019-03-21T12:57:30+0100               | 2019-03-21T12:57:30+01:00 |
      2019-03-21T12:57+01:00                 | 2019-03-21T12:57+01:00    |
      2019-03-21T12:57:30                    | 2019-03-21T12:57:30Z      | date-no-zone
      2019-03-21                             | 2019-03-21T00:00Z         | date-no-time
      2019-03                                | 2019-03-01T00:00Z         | date-no-time
      """)
  void nearlyRightDatesParse(String raw, String expected, String diagnostic) {
    List<Diagnostic> ds = new java.util.ArrayList<>();
    OffsetDateTime t = parse(raw, ds);
    assertThat(t).isEqualTo(OffsetDateTime.parse(expected));
    assertThat(t.getOffset()).isEqualTo(OffsetDateTime.parse(expected).getOffset());
    if (diagnostic == null) {
      assertThat(ds).allMatch(d -> d.severity() == Severity.INFO);
    } else {
      assertThat(ds).extracting(Diagnostic::code).contains(diagnostic);
      assertThat(ds).allMatch(d -> d.message().contains(raw.strip()) && d.line() == 1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      yesterday                        | date-unparseable
      Thu, 32 Mar 2019 12:00:00 GMT    | date-invalid
      Thu, 21 Foo 2019 12:00:00 GMT    | date-unparseable
      Thu, 21 Mar 2019 25:00:00 GMT    | date-invalid
      2019-13-45T00:00:00Z             | date-unparseable
      """)
  void hopelessDatesGiveNullAndAWarning(String raw, String code) {
    List<Diagnostic> ds = new java.util.ArrayList<>();
    assertThat(parse(raw, ds)).isNull();
    assertThat(ds).extracting(Diagnostic::code).contains(code);
    assertThat(ds).anyMatch(d -> d.severity() == Severity.WARNING);
  }
}
