package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyfeed.extract.ItemFields;
import org.policyfeed.testing.RealFeeds;

/**
 * The built-in rules never throw, whatever the text: each text is read as title, teaser and body. The
 * texts are invented (seeded random mixtures of fragments, and the mutated corpus of {@link DateCorpus}).
 */
class RulesRobustnessTest {

  /** Invented pieces: names, roles, projects, acronyms, dates, odd punctuation and code points. */
  private static final String[] FRAGMENTS = {"Director", "Head of", "Minister", "Dr", "Dr.", "H.E.", "Mr", "Prof.",
      "of", "the", "The", "and", "&", "for", "at", "Programme", "Project", "Initiative", "Facility", "Phase II",
      "Partnership", "Dialogue", "(IOM)", "(ICMPD)", "(MPF)", "ICMPD", "Anna", "Berg", "Łódź", "Ελλάδα", "İstanbul",
      "𝐀.", "𝐀bc", "\ud835", "e\u0301", "–", "—", " – ", "(", ")", ",", ".", ". ", ";", ":", "“", "”", "\"", "’s",
      "\u00a0", " ", "  ", "\n", "\t", "1", "19", "2019", "2020–2022", "March", "1 March 2019", "December", "Tuesday",
      "deadline", "Deadline:", "no later than", "until", "from", "to", "conference", "Forum", "launch", "Kick-off",
      "Call for Papers", "takes place", "since its start in", "is a project", "II", "III", "first", "second"};

  /** Texts on which earlier versions of the rules threw (found by the differential tests' corpus). */
  private static final String[] ONCE_THREW = {" January – (IOM) Takes placethis past Tuesday",
      "December _metalZürich closingForum  the middle of late  and(IOM)launch ",
      "1 Kick-off ; ”rdDeadline:  Panel Ελλάδα (IOM)December",
      "the conferencesSchool— no later than Call for Papers for the  December project– 𝐀. Łódź ",
      "The İİİİİİİİİİ Mx (MX) opened."};

  @Test
  void textsThatOnceThrewAreRead() {
    for (String t : ONCE_THREW) {
      assertThatCode(() -> Rules.run(ItemFields.of(t, t, t, null))).as(t).doesNotThrowAnyException();
    }
  }

  @Test
  void noTextMakesTheRulesThrow() {
    List<String> texts = new ArrayList<>(DateCorpus.all());
    texts.addAll(RealFeeds.randomTexts(FRAGMENTS, 20261130L, 30_000, 20));
    List<String> failures = new ArrayList<>();
    for (String t : texts) {
      try {
        Rules.run(ItemFields.of(t, t, t, null));
      } catch (RuntimeException e) {
        failures.add(e + " on [" + t + "]");
      }
    }
    assertThat(failures).isEmpty();
  }
}
