package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The narrowed start tests and anchored scans of {@link Dated} find exactly what the plain {@code find()} of their
 * patterns finds, on the real, mutated and generated texts of {@link DateCorpus}.
 */
class DatedScanTest {
  private static final List<String> TEXTS = DateCorpus.all();

  private static List<int[]> regex(Pattern p, String t) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static List<int[]> scanned(Scan s) {
    List<int[]> out = new ArrayList<>();
    while (s.find()) {
      out.add(new int[] {s.m.start(), s.m.end()});
    }
    return out;
  }

  private static int check(Pattern p, Function<String, Scan> scan) {
    int n = 0;
    for (String t : TEXTS) {
      List<int[]> want = regex(p, t);
      assertThat(scanned(scan.apply(t))).as(t).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(want);
      n += want.size();
    }
    return n;
  }

  @Test
  void inPlaceAsTheRegex() {
    assertThat(check(Dated.IN_PLACE, Dated::inPlaceScan)).isGreaterThan(500);
    // invented: "in" before marks, surrogates and no-break spaces
    for (String t : List.of("held in\u00a0Vienna", "in 𝐀bc", "within Rome, in Éire", "in\u00a0\u00a0X in Y")) {
      assertThat(scanned(Dated.inPlaceScan(t))).as(t).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(regex(Dated.IN_PLACE, t));
    }
  }

  @Test
  void atVenueAsTheRegex() {
    assertThat(check(Dated.AT_VENUE, Dated::atVenueScan)).isGreaterThan(10);
    // invented
    for (String t : List.of("held at the Diplomatic Academy", "hosted\u00a0by the Austrian Parliament",
        "that the Hall", "at\u00a0the\u00a0Hofburg Palace, hosted by the  Council")) {
      assertThat(scanned(Dated.atVenueScan(t))).as(t).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(regex(Dated.AT_VENUE, t));
    }
  }

  @Test
  void eventNounAsTheLowerCaseLookUp() {
    java.util.Set<String> words = new java.util.LinkedHashSet<>();
    for (String t : TEXTS) {
      words.addAll(List.of(Doc.words(t)));
    }
    for (String n : Lex.EVENT_NOUNS) { // the nouns in several cases, and invented odd forms
      words.add(n);
      words.add(n.toUpperCase(java.util.Locale.ROOT));
      words.add(n.isEmpty() ? n : Character.toUpperCase(n.charAt(0)) + n.substring(1));
      words.add(n.isEmpty() ? n : "\u0130" + n.substring(1));
      words.add(n.isEmpty() ? n : Character.toUpperCase(n.charAt(0)) + n.substring(1) + "\u0301");
    }
    words.add("");
    int yes = 0;
    for (String w : words) {
      boolean want = Lex.EVENT_NOUNS.contains(w.toLowerCase(java.util.Locale.ROOT));
      assertThat(Dated.eventNoun(w)).as(w).isEqualTo(want);
      yes += want ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(20);
  }

  @Test
  void corefAsTheRegex() {
    int n = check(Dated.COREF, t -> new Scan(Dated.COREF, t, Dated::corefStart));
    assertThat(n).isGreaterThan(50);
  }

  @Test
  void eventNameAsTrimmedCopy() {
    int names = 0;
    List<String> all = new ArrayList<>(TEXTS);
    // invented: one-word names, names with no-break spaces, "Call" and "The" prefixes
    all.addAll(List.of("Conference", "The\u00a0Conference", "Call for Papers for the Summer School", "Summit-2019",
        "The Annual Conference 2019 (ABC)", "Calls Conference", "1st Regional Forum"));
    for (String t : all) {
      for (int ms = DateMatch.eventNameFind(t, 0), me; ms >= 0; ms = DateMatch.eventNameFind(t, me)) {
        me = DateMatch.eventNameEnd(t, ms);
        String want = Dated.trimEventName(t.substring(ms, me));
        assertThat(Dated.eventName(t, ms, me)).as(t.substring(ms, me)).isEqualTo(want);
        names += want != null ? 1 : 0;
      }
    }
    assertThat(names).isGreaterThan(100);
  }
}
