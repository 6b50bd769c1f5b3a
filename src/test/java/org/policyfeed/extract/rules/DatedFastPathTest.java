package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The copy-free fast paths of {@link Dated} answer as the code they stand for, on the real, mutated and generated
 * texts of {@link DateCorpus} (their sentences, as {@link Sentences#split} cuts them) and on a few invented ones.
 */
class DatedFastPathTest {
  /** Invented: deadline and LEAD phrases, with the chars whose lower case brings ASCII letters, and SP. */
  private static final List<String> INVENTED = List.of("The deadline for SUBMİssions is 3 May 2020",
      "Appl\u212aations close on 4 June", "Registration, \u212aase studies: until 5 July", "İnformed by 6 June",
      "The deadline for\u00a0papers is 7 July", "deadline for 𝐀bc is 8 August", "Deadline for x: 9 May",
      "On the morning of 10 May", " • On\u00a0the\u00a0evening\u00a0of 11 May", "Date: 12 May", "Between 13 and 14 May",
      "-On, 15 May", "\u00a0On 16 May", "Onthe 17 May", "From\u00a0 18 May", " ,\t• 19 May", "On the evening 20 May");

  private static List<String> sentences() {
    List<String> out = new ArrayList<>(INVENTED);
    for (String t : DateCorpus.all()) {
      int[] b = Sentences.split(t);
      for (int i = 0; i < b.length; i += 2) {
        if (b[i + 1] - b[i] <= 400) {
          out.add(t.substring(b[i], b[i + 1]));
        }
      }
    }
    return out;
  }

  private static final List<String> SENTENCES = sentences();

  /**
   * Where Dated reads a prefix: where a date may start (a digit or an ASCII letter, not after one), and at the
   * end.
   */
  private static boolean cut(String s, int to) {
    if (to == s.length()) {
      return true;
    }
    return alnum(s.charAt(to)) && (to == 0 || !alnum(s.charAt(to - 1)));
  }

  private static boolean alnum(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  @Test
  void deadlineForOfTheRangeAsOfTheCopy() {
    int found = 0;
    for (String s : SENTENCES) {
      for (int to = 0; to <= s.length(); to++) {
        if (cut(s, to)) {
          String prefix = s.substring(0, to);
          String want = DateMatch.deadlineFor(prefix);
          if (!java.util.Objects.equals(DateMatch.deadlineFor(s, to), want)) {
            assertThat(DateMatch.deadlineFor(s, to)).as(prefix).isEqualTo(want);
          }
          found += want != null ? 1 : 0;
        }
      }
    }
    assertThat(found).isGreaterThan(100);
  }

  @Test
  void leadAsTheRegex() {
    int leads = 0;
    for (String s : SENTENCES) {
      for (int to = 0; to <= s.length(); to++) {
        if (cut(s, to)) {
          boolean want = Dated.LEAD.matcher(s.substring(0, to)).matches();
          if (Dated.lead(s, to) != want) {
            assertThat(Dated.lead(s, to)).as(s.substring(0, to)).isEqualTo(want);
          }
          leads += want ? 1 : 0;
        }
      }
    }
    assertThat(leads).isGreaterThan(1_000);
  }

  @Test
  void noEventNameWithoutAPossibleNoun() {
    int names = 0;
    int skipped = 0;
    for (String s : DateCorpus.all()) {
      for (int ms = DateMatch.eventNameFind(s, 0), me; ms >= 0; ms = DateMatch.eventNameFind(s, me)) {
        me = DateMatch.eventNameEnd(s, ms);
        String want = Dated.trimEventName(s.substring(ms, me));
        if (!Dated.mayNameEvent(s, ms, me)) {
          assertThat(want).as(s.substring(ms, me)).isNull();
          skipped++;
        }
        names += want != null ? 1 : 0;
      }
    }
    assertThat(names).isGreaterThan(100);
    assertThat(skipped).isGreaterThan(10_000);
  }

  @Test
  void lengthOfMonthAsYearMonth() {
    for (int y = 1; y <= 9999; y++) {
      for (int mo = 1; mo <= 12; mo++) {
        if (DateFinder.lengthOfMonth(mo, y) != java.time.YearMonth.of(y, mo).lengthOfMonth()) {
          assertThat(DateFinder.lengthOfMonth(mo, y)).as(y + "-" + mo)
              .isEqualTo(java.time.YearMonth.of(y, mo).lengthOfMonth());
        }
      }
    }
  }
}
